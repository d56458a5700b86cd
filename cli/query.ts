// `gleaner query article|entity|dates|money|failed|top`: the table's questions (functions/records/
// queries.ts, every one a DynamoDB Query) as aligned tables for people or JSON Lines for scripts.
import type { EntityType } from '../functions/extract/types.ts';
import {
  ENTITY_TYPE_NAMES, findArticlesByEntity, findDates, findFailed, findMoney, getArticle, topEntities,
  InvalidCursorError, InvalidQueryError, MAX_LIMIT, type ArticleRecord, type Page, type RecordTable,
} from '../functions/records/index.ts';
import { TARGET_HELP, TARGET_OPTIONS, parseCommandArgs, parseLimit, parseNumber } from './args.ts';
import { formatTable } from './format-table.ts';
import { openTarget, type Target } from './target.ts';
import { UsageError } from './usage.ts';

const HELP = `usage: gleaner query <question> [options]

  article KEY                         one article: metadata and every entity, date and amount
  entity NAME [--type T]              articles mentioning NAME, newest first (T: person, place, organization)
  dates --from DAY --to DAY           dates overlapping the range (DAY: YYYY, YYYY-MM or YYYY-MM-DD)
  money --currency CUR [--min N] [--max N]   amounts in CUR, largest first
  failed [--status failed|rejected]   articles that failed or were rejected, and why
  top [--type T]                      entities mentioned by the most articles (all three types by default)

Output and paging:
  --json            JSON Lines, one result per line (the next page's cursor goes to stderr)
  --limit N         at most N rows (default 25; top: 10)
  --cursor C        continue where a previous page ended
  --all             every page

${TARGET_HELP}`;

const QUERY_OPTIONS = {
  ...TARGET_OPTIONS,
  json: { type: 'boolean' }, limit: { type: 'string' }, cursor: { type: 'string' }, all: { type: 'boolean' },
  type: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
  currency: { type: 'string' }, min: { type: 'string' }, max: { type: 'string' }, status: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseCommandArgs<typeof QUERY_OPTIONS>>['values'];

interface Output {
  json: boolean;
  print(line: string): void;
  printError(line: string): void;
}

const defaultOutput = (json: boolean): Output => ({ json, print: (l) => console.log(l), printError: (l) => console.error(l) });

/** Table keys are storage detail; scripts get the record's own fields. */
const KEY_ATTRIBUTES = new Set(['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'claim']);
const withoutKeys = (item: unknown) => (typeof item === 'object' && item !== null
  ? Object.fromEntries(Object.entries(item).filter(([k]) => !KEY_ATTRIBUTES.has(k)))
  : item);

/**
 * The publication day and where it came from (metadata, header, dateline, uploaded …), when the
 * record says; rows of records written before the source was stored show the day alone.
 */
export function formatPublished(row: { publishedAt?: string | null; publishedAtSource?: string | null }): string {
  if (!row.publishedAt) return '';
  return row.publishedAtSource ? `${row.publishedAt} (${row.publishedAtSource})` : row.publishedAt;
}

const firstMention = (item: { mentions?: Array<{ text: string }> }) => item.mentions?.[0]?.text ?? '';

function checkType(raw: string | undefined): EntityType | undefined {
  if (raw === undefined) return undefined;
  const type = raw.toLowerCase().replace(/s$/, '').replace(/^people$/, 'person').replace(/^organisation$/, 'organization') as EntityType;
  if (!ENTITY_TYPE_NAMES.includes(type)) throw new UsageError(`--type must be one of ${ENTITY_TYPE_NAMES.join(', ')}, got "${raw}"`);
  return type;
}

/**
 * Reads pages until `limit` rows (or the last page with --all) and prints them; the next cursor is
 * printed so a person or a script can continue.
 */
async function printPages<T>(
  fetchPage: (limit: number, cursor: string | undefined) => Promise<Page<T>>,
  values: Values, out: Output, headers: string[], toRow: (item: T) => string[], empty: string,
): Promise<number> {
  const limit = parseLimit(values.limit, 25);
  const items: T[] = [];
  let cursor = values.cursor;
  do {
    const want = values.all ? MAX_LIMIT : Math.min(MAX_LIMIT, limit - items.length);
    const page = await fetchPage(want, cursor);
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor && (values.all || items.length < limit));
  if (out.json) {
    for (const item of items) out.print(JSON.stringify(withoutKeys(item)));
    if (cursor) out.printError(JSON.stringify({ cursor }));
    return 0;
  }
  out.print(items.length ? formatTable(headers, items.map(toRow)) : empty);
  if (cursor) out.printError(`more rows: add --cursor ${cursor} (or --all)`);
  return 0;
}

function resolveKey(target: Target, raw: string): { bucket: string; keys: string[] } {
  const s3Url = /^s3:\/\/([^/]+)\/(.+)$/.exec(raw);
  if (s3Url) return { bucket: s3Url[1], keys: [s3Url[2]] };
  // A key without the input prefix is most likely meant relative to it (`000_x.txt`).
  return { bucket: target.bucket, keys: raw.startsWith(target.inputPrefix) ? [raw] : [raw, `${target.inputPrefix}${raw}`] };
}

async function queryArticle(table: RecordTable, target: Target, positionals: string[], out: Output): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('usage: gleaner query article KEY (or s3://bucket/key)');
  const { bucket, keys } = resolveKey(target, positionals[0]);
  let record: ArticleRecord | null = null;
  for (const key of keys) if (!record) record = await getArticle(table, bucket, key);
  if (!record) {
    out.printError(`no article ${positionals[0]} in ${bucket}`);
    return 1;
  }
  if (out.json) {
    out.print(JSON.stringify({
      article: withoutKeys(record.article),
      people: record.people.map(withoutKeys), places: record.places.map(withoutKeys), organizations: record.organizations.map(withoutKeys),
      dates: record.dates.map(withoutKeys), money: record.money.map(withoutKeys),
    }));
    return 0;
  }
  const a = record.article;
  const c = a.counts;
  out.print([
    `${a.key}  (${a.status}${a.reason ? `: ${a.reason}` : ''})`,
    a.title ? `title:        ${a.title}` : '',
    a.publishedAt ? `published:    ${formatPublished(a)}` : '',
    `processed:    ${a.processedAt} by extractor ${a.extractorVersion}${a.size !== undefined ? `, ${a.size.toLocaleString('en-US')} bytes` : ''}${a.encoding ? `, ${a.encoding}` : ''}`,
    c ? `found:        ${c.people} people, ${c.places} places, ${c.organizations} organizations, ${c.dates} dates, ${c.money} money amounts` : '',
  ].filter(Boolean).join('\n'));
  const offsets = (spans: Array<{ start: number; end: number }>, count: number) =>
    `${spans.slice(0, 3).map((m) => `${m.start}-${m.end}`).join(' ')}${count > 3 ? ` +${count - 3}` : ''}`;
  const rows: string[][] = [
    ...[...record.people, ...record.places, ...record.organizations].map((e) => [e.type, e.name, String(e.mentionCount), offsets(e.mentions, e.mentionCount), e.context]),
    ...record.dates.map((d) => ['date', d.value, String(d.mentionCount), offsets(d.mentions, d.mentionCount), d.context]),
    ...record.money.map((m) => ['money', `${m.amount}${m.amountHigh !== undefined ? `-${m.amountHigh}` : ''} ${m.currency}`, String(m.mentionCount), offsets(m.mentions, m.mentionCount), m.context]),
  ];
  if (rows.length) out.print(`\n${formatTable(['KIND', 'VALUE', 'MENTIONS', 'OFFSETS', 'CONTEXT'], rows)}`);
  return 0;
}

export async function runQueryWith(argv: string[], out?: Output): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, QUERY_OPTIONS);
  const [question, ...rest] = positionals;
  if (values.help || !question) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  const output = out ?? defaultOutput(Boolean(values.json));
  const questions = ['article', 'entity', 'dates', 'money', 'failed', 'top'];
  if (!questions.includes(question)) throw new UsageError(`unknown question "${question}": one of ${questions.join(', ')}`);
  // Check the arguments before starting anything (a temporary DynamoDB Local takes seconds).
  const type = checkType(values.type);
  if (question === 'entity' && rest.length === 0) throw new UsageError('usage: gleaner query entity NAME [--type person|place|organization]');
  if (question === 'dates' && (!values.from || !values.to)) throw new UsageError('usage: gleaner query dates --from YYYY-MM-DD --to YYYY-MM-DD');
  if (question === 'money' && !values.currency) throw new UsageError('usage: gleaner query money --currency USD [--min N] [--max N]');
  const min = parseNumber('--min', values.min);
  const max = parseNumber('--max', values.max);
  if (min !== undefined && max !== undefined && min > max) throw new UsageError(`--min must not exceed --max (got --min ${values.min} and --max ${values.max})`);
  parseLimit(values.limit, 25);
  const status = values.status;
  if (status !== undefined && status !== 'failed' && status !== 'rejected') throw new UsageError(`--status must be failed or rejected, got "${status}"`);

  const target = await openTarget(values, { table: true });
  const table = target.table!;
  try {
    switch (question) {
      case 'article':
        return await queryArticle(table, target, rest, output);
      case 'entity':
        return await printPages(
          (limit, cursor) => findArticlesByEntity(table, rest.join(' '), { type, limit, cursor }), values, output,
          ['PUBLISHED', 'TYPE', 'NAME', 'MENTIONS', 'KEY', 'CONTEXT'],
          (h) => [formatPublished(h), h.type, h.alias ? `${h.name} (as ${h.alias})` : h.name, String(h.mentionCount), h.key, h.context],
          `no article mentions "${rest.join(' ')}"`,
        );
      case 'dates':
        return await printPages(
          (limit, cursor) => findDates(table, { from: values.from!, to: values.to!, limit, cursor }), values, output,
          ['DATE', 'WORDS', 'KEY', 'CONTEXT'],
          (d) => [d.value, firstMention(d), d.key, d.context],
          `no dates between ${values.from} and ${values.to}`,
        );
      case 'money':
        return await printPages(
          (limit, cursor) => findMoney(table, { currency: values.currency!, min, max, limit, cursor }), values, output,
          ['AMOUNT', 'CURRENCY', 'WORDS', 'KEY', 'CONTEXT'],
          (m) => [`${m.qualifier ? `${m.qualifier} ` : ''}${m.amount.toLocaleString('en-US')}${m.amountHigh !== undefined ? `–${m.amountHigh.toLocaleString('en-US')}` : ''}`, m.currency, firstMention(m), m.key, m.context],
          `no ${values.currency!.toUpperCase()} amounts${min !== undefined || max !== undefined ? ' in that range' : ''}`,
        );
      case 'failed':
        return await printPages(
          (limit, cursor) => findFailed(table, { status: status as 'failed' | 'rejected' | undefined, limit, cursor }), values, output,
          ['STATUS', 'PROCESSED', 'KEY', 'REASON'],
          (a) => [a.status, a.processedAt, a.key, a.reason ?? ''],
          'no failed or rejected articles',
        );
      default: {
        const limit = parseLimit(values.limit, 10);
        const types = type ? [type] : ENTITY_TYPE_NAMES;
        const sections: string[] = [];
        for (const t of types) {
          const top = await topEntities(table, t, Math.min(limit, MAX_LIMIT));
          if (output.json) { for (const e of top) output.print(JSON.stringify(e)); continue; }
          sections.push(top.length
            ? formatTable(['RANK', 'ARTICLES', t.toUpperCase()], top.map((e, i) => [String(i + 1), String(e.articles), e.name]))
            : `no ${t} entities yet`);
        }
        if (!output.json) output.print(sections.join('\n\n'));
        return 0;
      }
    }
  } catch (error) {
    if (error instanceof InvalidQueryError || error instanceof InvalidCursorError) throw new UsageError(error.message);
    throw error;
  } finally {
    await target.close();
  }
}

export const runQuery = (argv: string[]) => runQueryWith(argv);
