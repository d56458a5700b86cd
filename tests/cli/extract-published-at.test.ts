// `gleaner extract` and the reference date: the flag, the JSONL field, the text's own header or
// dateline, `publishedAtSource` on every line, and the stderr note when relative dates were left out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { formatUnresolvedNote, runExtract } from '../../cli/extract.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-extract-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

async function run(argv: string[], stdin?: string): Promise<{ code: number; lines: Record<string, unknown>[]; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { out.push(String(chunk)); return true; });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { err.push(String(chunk)); return true; });
  const input = stdin === undefined ? undefined : vi.spyOn(process, 'stdin', 'get').mockReturnValue(Readable.from([stdin]) as unknown as typeof process.stdin);
  try {
    const code = await runExtract(argv);
    return { code, lines: out.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l)), err: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    input?.mockRestore();
  }
}

const BODY = 'The ministry said on Monday that exports rose last year.';

describe('gleaner extract: the reference date', () => {
  it('reads a dateline when nothing else is given', async () => {
    const file = write('dateline.txt', `Exports up\n\nJAKARTA, March 14, 2026 — ${BODY}\n`);
    const { code, lines, err } = await run([file]);
    expect(code).toBe(0);
    expect(lines[0]).toMatchObject({ id: file, publishedAt: '2026-03-14', publishedAtSource: 'dateline' });
    expect((lines[0].dates as { text: string; value: string }[]).map((d) => [d.text, d.value])).toContainEqual(['Monday', '2026-03-09']);
    expect(err).toBe('');
  });

  it('lets --published-at win, with source "given"', async () => {
    const file = write('flag.txt', `date 2026-03-01\n${BODY}\n`);
    const { lines } = await run(['--published-at', '2026-03-14', file]);
    expect(lines[0]).toMatchObject({ publishedAt: '2026-03-14', publishedAtSource: 'given' });
  });

  it('reads the header, with source "header"', async () => {
    const { lines } = await run([write('header.txt', `date 2026-03-01\n${BODY}\n`)]);
    expect(lines[0]).toMatchObject({ publishedAt: '2026-03-01', publishedAtSource: 'header' });
  });

  it('says on stderr how many relative dates were left out and how to pass a date', async () => {
    const file = write('none.txt', `${BODY}\n`);
    const { code, lines, err } = await run([file]);
    expect(code).toBe(0);
    expect(lines[0]).toMatchObject({ publishedAt: null, publishedAtSource: null, dates: [] });
    expect(err).toContain(`${file} has no publication date, so 2 relative date expressions were left out`);
    expect(err).toContain('--published-at YYYY-MM-DD');
  });

  it('takes the JSONL field, and tells JSONL users to add it', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: BODY, publishedAt: '2026-03-14' }),
      JSON.stringify({ id: 'b', text: BODY }),
      JSON.stringify({ id: 'c', text: `HANOI, March 14, 2026 — ${BODY}` }),
    ].join('\n');
    const { lines, err } = await run(['--jsonl'], `${input}\n`);
    expect(lines.map((l) => [l.id, l.publishedAt, l.publishedAtSource])).toEqual([
      ['a', '2026-03-14', 'given'],
      ['b', null, null],
      ['c', '2026-03-14', 'dateline'],
    ]);
    expect(err).toContain('b has no publication date, so 2 relative date expressions were left out');
    expect(err).toContain('"publishedAt": "YYYY-MM-DD"');
  });
});

describe('the note', () => {
  it('is silent when nothing was left out', () => expect(formatUnresolvedNote([], false)).toBeNull());

  it('sums several documents', () => {
    expect(formatUnresolvedNote([{ id: 'a', unresolved: 1 }, { id: 'b', unresolved: 3 }], false)).toMatch(/^note: 2 documents have no publication date, so 4 relative date expressions were left out/);
  });
});
