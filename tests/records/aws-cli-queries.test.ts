// The README's plain AWS CLI queries, run verbatim (`bash -c`) against DynamoDB Local through
// AWS_ENDPOINT_URL, and checked against the query functions the `gleaner query` tool uses. Keep the
// commands here and in the README identical.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findArticlesByEntity, findDates, findFailed, findMoney, getArticle, topEntities } from '../../functions/records/queries.ts';
import { buildUnsuccessfulArticle } from '../../functions/records/build-items.ts';
import { writeRecord } from '../../functions/records/write-article.ts';
import { bucketCode } from '../../functions/records/keys.ts';
import { dynamoEndpoint } from '../../local/config.ts';
import { startLocalTestStack, type LocalTestStack } from '../support/local-test-stack.ts';
import { buildFixture, makeVersion } from './fixtures.ts';

const run = promisify(execFile);
const BUCKET = 'gleaner-local';

export const AWS_CLI_QUERIES = {
  article: `aws dynamodb query --table-name "$TABLE" \\
  --key-condition-expression "pk = :pk" \\
  --expression-attribute-values '{":pk":{"S":"ART#gleaner-local/incoming/visit.txt"}}'`,
  entity: `for s in 0 1 2 3; do aws dynamodb query --table-name "$TABLE" --no-scan-index-forward --query Items \\
  --key-condition-expression "pk = :k" \\
  --expression-attribute-values "{\\":k\\":{\\"S\\":\\"E#vietnam#$s\\"}}"; done`,
  namePart: `aws dynamodb query --table-name "$TABLE" --query Items \\
  --key-condition-expression "pk = :t" \\
  --expression-attribute-values '{":t":{"S":"V#tokayev"}}'`,
  dates: `for p in 2000s LONG; do for s in 0 1 2 3 4 5 6 7; do aws dynamodb query --table-name "$TABLE" --query Items \\
  --key-condition-expression "pk = :p AND sk < :hi" --filter-expression "e >= :from" \\
  --expression-attribute-values "{\\":p\\":{\\"S\\":\\"D#$p#$s\\"},\\":hi\\":{\\"S\\":\\"2023-08-31\$\\"},\\":from\\":{\\"S\\":\\"2023-08-01\\"}}"; done; done`,
  money: `for s in 0 1 2 3 4 5 6 7; do aws dynamodb query --table-name "$TABLE" --no-scan-index-forward --query Items \\
  --key-condition-expression "pk = :c AND sk >= :min" \\
  --expression-attribute-values "{\\":c\\":{\\"S\\":\\"M#USD#$s\\"},\\":min\\":{\\"S\\":\\"000000000000001000000.0000\\"}}"; done`,
  failed: `for s in 0 1 2 3 4 5 6 7; do aws dynamodb query --table-name "$TABLE" --no-scan-index-forward --query Items \\
  --key-condition-expression "pk = :s" \\
  --expression-attribute-values "{\\":s\\":{\\"S\\":\\"L#rejected#$s\\"}}"; done`,
  places: `for s in 0 1 2 3 4 5 6 7; do aws dynamodb query --table-name "$TABLE" --query Items --projection-expression "places" \\
  --key-condition-expression "pk = :s" \\
  --expression-attribute-values "{\\":s\\":{\\"S\\":\\"L#extracted#$s\\"}}"; done`,
} as const;

let stack: LocalTestStack;

async function awsCli(command: string): Promise<Record<string, unknown>[]> {
  const { stdout } = await run('bash', ['-c', command], {
    env: {
      ...process.env, TABLE: stack.tableName, AWS_ENDPOINT_URL: dynamoEndpoint(stack.config), AWS_DEFAULT_REGION: stack.config.region,
      AWS_ACCESS_KEY_ID: stack.config.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: stack.config.credentials.secretAccessKey, AWS_PAGER: '',
    },
  });
  // One JSON document per command: a whole response, or its Items array (--query Items) per shard.
  const documents = JSON.parse(`[${stdout.trim().replace(/\]\s*\n\[/g, '],[').replace(/\}\s*\n\{/g, '},{')}]`) as unknown[];
  return documents.flatMap((d) => (Array.isArray(d) ? d : (d as { Items: unknown[] }).Items) as never[]).map((i) => unmarshall(i));
}

// Index keys name the object as `<bucket code>/<key>` (functions/records/keys.ts).
const keyOf = (sk: unknown) => { const id = String(sk).split('#').find((p) => p.startsWith(`${bucketCode(BUCKET)}/`))!; return id.slice(id.indexOf('/') + 1); };

beforeAll(async () => {
  await run('aws', ['--version']).catch(() => {
    throw new Error('these tests run the README\'s AWS CLI commands: install the AWS CLI (Debian: apt-get install -y awscli; or pip install awscli)');
  });
  stack = await startLocalTestStack('aws-cli', { withS3: false });
  const fixtures: Array<[string, string, Parameters<typeof buildFixture>[2]]> = [
    ['incoming/visit.txt', 'Kassym-Jomart Tokayev visited Việt Nam in August 2023; trade was US$584 million.', {
      publishedAt: '2023-08-18', people: [['Kassym-Jomart Tokayev', 'Tokayev']], places: [['Việt Nam']], dates: [['August 2023', '2023-08']], money: [['US$584 million', 584e6, 'USD']],
    }],
    ['incoming/talks.txt', 'Tokayev and Vietnam agreed in 1992 on a $2 million fund, for the 2020-2030 decade.', {
      publishedAt: '2025-05-06', people: [['Tokayev']], places: [['Vietnam']], dates: [['1992', '1992'], ['2020-2030', '2020/2030']], money: [['$2 million', 2e6, 'USD']],
    }],
  ];
  for (const [key, text, spec] of fixtures) {
    const v = makeVersion(BUCKET, key);
    await writeRecord(stack.table, v, buildFixture(v, text, spec));
  }
  const bad = makeVersion(BUCKET, 'incoming/scan.pdf');
  await writeRecord(stack.table, bad, buildUnsuccessfulArticle(bad, 'rejected', 'the object is a PDF document, not plain text', { extractorVersion: 't', processedAt: '2026-01-01T00:00:00.000Z' }));
});
afterAll(async () => stack?.stop());

describe('README AWS CLI queries', () => {
  it('question 1: one article, its head and its facts', async () => {
    const items = await awsCli(AWS_CLI_QUERIES.article);
    expect(items.map((i) => i.sk).sort()).toEqual(['ARTICLE', 'FACTS']);
    expect(await getArticle(stack.table, BUCKET, 'incoming/visit.txt')).toMatchObject({ article: { status: 'extracted' } });
  });

  it('question 2: articles mentioning an entity, read shard by shard, and a name part through the vocabulary', async () => {
    const keys = (await awsCli(AWS_CLI_QUERIES.entity)).map((i) => keyOf(i.sk)).sort();
    expect(keys).toEqual((await findArticlesByEntity(stack.table, 'Việt Nam')).items.map((h) => h.key).sort());
    expect(keys).toEqual(['incoming/talks.txt', 'incoming/visit.txt']);
    const names = (await awsCli(AWS_CLI_QUERIES.namePart)).map((i) => i.indexKey);
    expect(names).toEqual(['kassymjomarttokayev']);
  });

  it('question 3: dates overlapping August 2023 (per century partition and shard, plus the long ranges)', async () => {
    const rows = (await awsCli(AWS_CLI_QUERIES.dates)).flatMap((i) => (i.v as Array<{ v: string; s: string; e: string }>)
      .filter((v) => v.s <= '2023-08-31' && v.e >= '2023-08-01').map((v) => `${keyOf(i.sk)} ${v.v}`));
    const expected = (await findDates(stack.table, { from: '2023-08-01', to: '2023-08-31' })).items.map((d) => `${d.key} ${d.value}`);
    expect(rows.sort()).toEqual(expected.sort());
    expect(rows).toHaveLength(2);
  });

  it('question 4: USD amounts of at least a million, largest first once shards are merged', async () => {
    const amounts = (await awsCli(AWS_CLI_QUERIES.money)).map((i) => i.a as number).sort((a, b) => b - a);
    expect(amounts).toEqual((await findMoney(stack.table, { currency: 'USD', min: 1e6 })).items.map((m) => m.amount));
    expect(amounts).toEqual([584e6, 2e6]);
  });

  it('question 5: rejected articles and why', async () => {
    const rows = (await awsCli(AWS_CLI_QUERIES.failed)).map((i) => [keyOf(i.sk), i.reason]);
    expect(rows).toEqual((await findFailed(stack.table, { status: 'rejected' })).items.map((a) => [a.key, a.reason]));
    expect(rows).toHaveLength(1);
  });

  it('question 6: top places, counted from the activity log', async () => {
    const counts = new Map<string, number>();
    for (const i of await awsCli(AWS_CLI_QUERIES.places)) for (const p of (i.places ?? []) as string[]) counts.set(p, (counts.get(p) ?? 0) + 1);
    expect(counts.size).toBeGreaterThan(0);
    expect((await topEntities(stack.table, 'place', 10)).map((t) => t.articles)).toEqual([[...counts.values()].reduce((a, b) => a + b, 0)]);
  });
});
