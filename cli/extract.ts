// `gleaner extract`: the contract in ../shared/CONTRACT.md. One JSON line per document, in input
// order; an unreadable document gets `{"id","error"}` and the run goes on; exit 1 if any failed.
import fs from 'node:fs';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { decodeText } from '../functions/decode/decode-text.ts';
import { extractArticleWithReport, type Extraction } from '../functions/extract/index.ts';
import { parseIsoDay } from '../functions/extract/published-at.ts';
import { UsageError } from './usage.ts';

const HELP = `usage: gleaner extract [--published-at YYYY-MM-DD] FILE...
       gleaner extract --jsonl < docs.jsonl     (one {"id","text","publishedAt"?} per line)

Prints one JSON line per document: people, places, organizations, dates and money with offsets.

The reference date (what "on Tuesday" or "last year" is resolved against): --published-at, else the
line's "publishedAt", else a leading "date YYYY-MM-DD" line, else a dateline or byline date near the
top ("JAKARTA, March 14, 2026 —", "Published: 14/03/2026"). Each line says which in "publishedAtSource".
Without one, relative dates are left out and a note on stderr says how many.`;

type Line = ({ id: string } & Extraction) | { id: string; error: string };

interface Outcome {
  line: Line;
  /** Relative dates left out for want of a reference date. */
  unresolved: number;
}

function extractOne(id: string, text: string, publishedAt: string | null | undefined): Outcome {
  try {
    const report = extractArticleWithReport(text, { publishedAt });
    return { line: { id, ...report.extraction }, unresolved: report.unresolvedDates };
  } catch (error) {
    return { line: { id, error: (error as Error).message }, unresolved: 0 };
  }
}

/** The stderr note for documents whose relative dates were left out: how many, and how to fix it. */
export function formatUnresolvedNote(left: { id: string; unresolved: number }[], jsonl: boolean): string | null {
  if (!left.length) return null;
  const total = left.reduce((n, d) => n + d.unresolved, 0);
  const docs = left.length === 1 ? `${left[0].id} has` : `${left.length} documents have`;
  const how = jsonl
    ? 'give each line a "publishedAt": "YYYY-MM-DD" field, or pass --published-at YYYY-MM-DD for all of them'
    : 'pass --published-at YYYY-MM-DD, or start the text with a line "date YYYY-MM-DD"';
  return `note: ${docs} no publication date, so ${total} relative date expression${total === 1 ? ' was' : 's were'} left out (dates such as "on Tuesday" or "last year" need one); to resolve them, ${how}.`;
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
  const leftOut: { id: string; unresolved: number }[] = [];
  const emit = (line: Line) => {
    if ('error' in line) failed++;
    process.stdout.write(`${JSON.stringify(line)}\n`);
  };
  const emitOutcome = ({ line, unresolved }: Outcome) => {
    emit(line);
    if (unresolved > 0) leftOut.push({ id: line.id, unresolved });
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
      emitOutcome(extractOne(id, doc.text.replace(/^\uFEFF/, ''), publishedAt ?? (doc.publishedAt as string | null | undefined)));
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
      emitOutcome(extractOne(file, text, publishedAt));
    }
  }
  const note = formatUnresolvedNote(leftOut, values.jsonl === true);
  if (note) process.stderr.write(`${note}\n`);
  return failed ? 1 : 0;
}
