// The README's plain AWS CLI queries, run verbatim (`bash -c`) against DynamoDB Local through
// AWS_ENDPOINT_URL, and checked against the query functions the `gleaner query` tool uses. Keep the
// commands here and in the README identical.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findArticlesByEntity, findDates, findFailed, findMoney, getArticle, topEntities } from '../../functions/records/queries.ts';
import { buildUnsuccessfulArticle } from '../../functions/records/build-items.ts';
import { writeArticle } from '../../functions/records/write-article.ts';
import { dynamoEndpoint } from '../../local/config.ts';
import { startLocalTestStack, type LocalTestStack } from '../support/local-test-stack.ts';
import { buildFixture, makeVersion } from './fixtures.ts';

const run = promisify(execFile);
const BUCKET = 'gleaner-local';

export const AWS_CLI_QUERIES = {
  article: `aws dynamodb query --table-name "$TABLE" \\
  --key-condition-expression "pk = :pk" \\
  --expression-attribute-values '{":pk":{"S":"ART#gleaner-local/incoming/visit.txt"}}'`,
  entity: `aws dynamodb query --table-name "$TABLE" --index-name gsi1 --no-scan-index-forward \\
  --key-condition-expression "gsi1pk = :k" \\
  --expression-attribute-values '{":k":{"S":"ENT#vietnam"}}'`,
  entityOfType: `aws dynamodb query --table-name "$TABLE" --index-name gsi1 --no-scan-index-forward \\
  --key-condition-expression "gsi1pk = :k" --filter-expression "#t = :t" \\
  --expression-attribute-names '{"#t":"type"}' \\
  --expression-attribute-values '{":k":{"S":"ENT#tokayev"},":t":{"S":"person"}}'`,
  dates2023: `aws dynamodb query --table-name "$TABLE" --index-name gsi1 \\
  --key-condition-expression "gsi1pk = :y AND gsi1sk < :hi" --filter-expression "rangeEnd >= :from" \\
  --expression-attribute-values '{":y":{"S":"DATE#2023"},":hi":{"S":"2023-08-31$"},":from":{"S":"2023-08-01"}}'`,
  datesLong: `aws dynamodb query --table-name "$TABLE" --index-name gsi1 \\
  --key-condition-expression "gsi1pk = :y AND gsi1sk < :hi" --filter-expression "rangeEnd >= :from" \\
  --expression-attribute-values '{":y":{"S":"DATE#LONG"},":hi":{"S":"2023-08-31$"},":from":{"S":"2023-08-01"}}'`,
  money: `aws dynamodb query --table-name "$TABLE" --index-name gsi2 --no-scan-index-forward \\
  --key-condition-expression "gsi2pk = :c AND gsi2sk >= :min" \\
  --expression-attribute-values '{":c":{"S":"MONEY#USD"},":min":{"N":"1000000"}}'`,
  failed: `aws dynamodb query --table-name "$TABLE" --index-name gsi1 --no-scan-index-forward \\
  --key-condition-expression "gsi1pk = :s" \\
  --expression-attribute-values '{":s":{"S":"STATUS#rejected"}}'`,
  top: `aws dynamodb query --table-name "$TABLE" --index-name gsi2 --no-scan-index-forward --max-items 10 \\
  --key-condition-expression "gsi2pk = :t AND gsi2sk > :zero" \\
  --expression-attribute-values '{":t":{"S":"TOP#place"},":zero":{"N":"0"}}'`,
} as const;

let stack: LocalTestStack;

async function awsCli(command: string): Promise<Record<string, unknown>[]> {
  const { stdout } = await run('bash', ['-c', command], {
    env: {
      ...process.env, TABLE: stack.tableName, AWS_ENDPOINT_URL: dynamoEndpoint(stack.config), AWS_DEFAULT_REGION: stack.config.region,
      AWS_ACCESS_KEY_ID: stack.config.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: stack.config.credentials.secretAccessKey, AWS_PAGER: '',
    },
  });
  return (JSON.parse(stdout).Items as never[]).map((i) => unmarshall(i));
}

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
    await writeArticle(stack.table, v, buildFixture(v, text, spec));
  }
  const bad = makeVersion(BUCKET, 'incoming/scan.pdf');
  await writeArticle(stack.table, bad, { article: buildUnsuccessfulArticle(bad, 'rejected', 'the object is a PDF document, not plain text', { extractorVersion: 't', processedAt: '2026-01-01T00:00:00.000Z' }), children: [] });
});
afterAll(async () => stack?.stop());

describe('README AWS CLI queries', () => {
  it('question 1: one article', async () => {
    const items = await awsCli(AWS_CLI_QUERIES.article);
    const record = await getArticle(stack.table, BUCKET, 'incoming/visit.txt');
    expect(items.map((i) => i.sk).sort()).toEqual(['ARTICLE', ...[...record!.people, ...record!.places, ...record!.dates, ...record!.money].map((i) => i.sk),
      ...items.filter((i) => i.kind === 'alias').map((i) => i.sk)].sort());
  });

  it('question 2: articles mentioning an entity, any type and one type', async () => {
    const keys = (await awsCli(AWS_CLI_QUERIES.entity)).map((i) => i.key);
    expect(keys).toEqual((await findArticlesByEntity(stack.table, 'Việt Nam')).items.map((h) => h.key));
    expect(keys).toEqual(['incoming/talks.txt', 'incoming/visit.txt']);
    const people = (await awsCli(AWS_CLI_QUERIES.entityOfType)).map((i) => i.key);
    expect(people).toEqual((await findArticlesByEntity(stack.table, 'Tokayev', { type: 'person' })).items.map((h) => h.key));
  });

  it('question 3: dates overlapping August 2023 (one Query per year, plus the long ranges)', async () => {
    const rows = [...await awsCli(AWS_CLI_QUERIES.dates2023), ...await awsCli(AWS_CLI_QUERIES.datesLong)].map((i) => `${i.key} ${i.value}`);
    const expected = (await findDates(stack.table, { from: '2023-08-01', to: '2023-08-31' })).items.map((d) => `${d.key} ${d.value}`);
    expect(rows.sort()).toEqual(expected.sort());
    expect(rows).toHaveLength(2);
  });

  it('question 4: USD amounts of at least a million, largest first', async () => {
    const amounts = (await awsCli(AWS_CLI_QUERIES.money)).map((i) => i.amount);
    expect(amounts).toEqual((await findMoney(stack.table, { currency: 'USD', min: 1e6 })).items.map((m) => m.amount));
    expect(amounts).toEqual([584e6, 2e6]);
  });

  it('question 5: rejected articles and why', async () => {
    const rows = (await awsCli(AWS_CLI_QUERIES.failed)).map((i) => [i.key, i.reason]);
    expect(rows).toEqual((await findFailed(stack.table, { status: 'rejected' })).items.map((a) => [a.key, a.reason]));
    expect(rows).toHaveLength(1);
  });

  it('question 6: top places', async () => {
    const rows = (await awsCli(AWS_CLI_QUERIES.top)).map((i) => [i.entityKey, i.gsi2sk]);
    expect(rows).toEqual((await topEntities(stack.table, 'place', 10)).map((t) => [t.entityKey, t.articles]));
    expect(rows).toEqual([['vietnam', 2]]);
  });
});
