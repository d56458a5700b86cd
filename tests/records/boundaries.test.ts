// Records is the only way into the table, and it does not load the extractor: the handler and the
// local stack's table questions send no DynamoDB command of their own, and functions/records imports
// from functions/extract only types and the version module.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../local/config.ts';

const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
const recordsFiles = fs.readdirSync(path.join(PROJECT_ROOT, 'functions', 'records')).filter((f) => f.endsWith('.ts')).map((f) => `functions/records/${f}`);
const handlerFiles = fs.readdirSync(path.join(PROJECT_ROOT, 'functions', 'handler')).filter((f) => f.endsWith('.ts')).map((f) => `functions/handler/${f}`);

describe('functions/records', () => {
  it.each(recordsFiles)('%s imports only types and the version from the extractor', (file) => {
    const imports = [...read(file).matchAll(/^import (type )?[^;]*? from '(\.\.\/extract\/[^']+)';/gm)];
    for (const [, typeOnly, from] of imports) expect(typeOnly === 'type ' || from === '../extract/version.ts', `${file}: ${from}`).toBe(true);
  });
});

describe('the table is reached through functions/records only', () => {
  it.each([...handlerFiles, 'local/reconcile.ts', 'local/summarize-table.ts'])('%s sends no DynamoDB command itself', (file) => {
    const dynamoImports = [...read(file).matchAll(/^import [^;]*? from '@aws-sdk\/(?:lib-dynamodb|client-dynamodb)';/gm)].map((m) => m[0]);
    for (const line of dynamoImports) expect(line, file).not.toMatch(/Command\b/);
  });
});
