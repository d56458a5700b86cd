// `gleaner extract`: the contract in ../shared/CONTRACT.md. One JSON line per document, in input
// order; an unreadable document gets `{"id","error"}` and the run goes on; exit 1 if any failed.
import fs from 'node:fs';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { decodeText } from '../functions/decode/decode-text.ts';
import { extractArticle, type Extraction } from '../functions/extract/index.ts';
import { parseIsoDay } from '../functions/extract/published-at.ts';
import { UsageError } from './usage.ts';

const HELP = `usage: gleaner extract [--published-at YYYY-MM-DD] FILE...
       gleaner extract --jsonl < docs.jsonl     (one {"id","text","publishedAt"?} per line)

Prints one JSON line per document: people, places, organizations, dates and money with offsets.`;

type Line = ({ id: string } & Extraction) | { id: string; error: string };

function extractOne(id: string, text: string, publishedAt: string | null | undefined): Line {
  try {
    return { id, ...extractArticle(text, { publishedAt }) };
  } catch (error) {
    return { id, error: (error as Error).message };
  }
}

export async function runExtract(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { 'published-at': { type: 'string' }, jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const publishedAt = values['published-at'];
  if (publishedAt !== undefined && !parseIsoDay(publishedAt)) throw new UsageError(`--published-at must be a date YYYY-MM-DD, got "${publishedAt}"`);
  if (values.jsonl && positionals.length) throw new UsageError('give either FILE... or --jsonl, not both');
  if (!values.jsonl && !positionals.length) throw new UsageError(`no input\n\n${HELP}`);

  let failed = 0;
  const emit = (line: Line) => {
    if ('error' in line) failed++;
    process.stdout.write(`${JSON.stringify(line)}\n`);
  };

  if (values.jsonl) {
    const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
    let n = 0;
    for await (const raw of lines) {
      n++;
      if (!raw.trim()) continue;
      let doc: { id?: unknown; text?: unknown; publishedAt?: unknown };
      try {
        doc = JSON.parse(raw);
      } catch {
        emit({ id: `line ${n}`, error: `line ${n} is not valid JSON` });
        continue;
      }
      const id = typeof doc.id === 'string' || typeof doc.id === 'number' ? String(doc.id) : `line ${n}`;
      if (typeof doc.text !== 'string') {
        emit({ id, error: 'the line has no "text" string' });
        continue;
      }
      if (doc.publishedAt != null && typeof doc.publishedAt !== 'string') {
        emit({ id, error: '"publishedAt" must be a string YYYY-MM-DD or null' });
        continue;
      }
      emit(extractOne(id, doc.text.replace(/^\uFEFF/, ''), publishedAt ?? (doc.publishedAt as string | null | undefined)));
    }
  } else {
    for (const file of positionals) {
      let text: string;
      try {
        text = decodeText(fs.readFileSync(file)).text;
      } catch (error) {
        const e = error as NodeJS.ErrnoException;
        const reason = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.message;
        emit({ id: file, error: `cannot read ${file}: ${reason}` });
        continue;
      }
      emit(extractOne(file, text, publishedAt));
    }
  }
  return failed ? 1 : 0;
}
