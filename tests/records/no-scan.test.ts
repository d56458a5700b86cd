// Issue 4: every question is a Query, never a Scan. The records code (writes and queries) must not
// even import the Scan commands.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../local/config.ts';

const dir = path.join(PROJECT_ROOT, 'functions', 'records');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('functions/records', () => {
  it.each(files)('%s uses no Scan', (file) => {
    expect(fs.readFileSync(path.join(dir, file), 'utf8')).not.toMatch(/ScanCommand|ScanInput|ScanPaginator|\.scan\(/);
  });
});
