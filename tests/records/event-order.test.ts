import { describe, expect, it } from 'vitest';
import { computeEventOrder, InvalidEventOrderError } from '../../functions/records/event-order.ts';
import { clipToPartition, listDatePartitions, parseDateValue } from '../../functions/records/date-range.ts';
import { findTitle } from '../../functions/handler/find-title.ts';

describe('computeEventOrder', () => {
  it.each([
    // S3 sequencers of different lengths compare after left-padding.
    ['FF', '100'],
    ['0055AED6DCD90281E5', '0055AED6DCD90281E6'],
    ['55AED6DCD90281E5', '0055AED6DCD90281E6'],
    ['9', 'A'],
    ['0a', '0B'],
  ])('%s is older than %s', (older, newer) => {
    expect(computeEventOrder(older, undefined) < computeEventOrder(newer, undefined)).toBe(true);
  });

  it('treats equal sequencers written differently as equal', () => {
    expect(computeEventOrder('00ab', undefined)).toBe(computeEventOrder('AB', undefined));
  });

  it('falls back to eventTime when there is no sequencer', () => {
    expect(computeEventOrder(undefined, '2026-01-01T00:00:00.000Z') < computeEventOrder(undefined, '2026-01-01T00:00:00.001Z')).toBe(true);
  });

  it.each([[undefined, undefined], [undefined, 'yesterday'], ['xyz', undefined]])('rejects sequencer %s with time %s', (seq, time) => {
    expect(() => computeEventOrder(seq, time)).toThrow(InvalidEventOrderError);
  });
});

describe('date ranges', () => {
  it.each([
    ['2023', '2023-01-01', '2023-12-31', ['2000s']],
    ['2024-02', '2024-02-01', '2024-02-29', ['2000s']],
    ['2023-08-18', '2023-08-18', '2023-08-18', ['2000s']],
    ['2023-08-20/2023-08-22', '2023-08-20', '2023-08-22', ['2000s']],
    ['1998/2005', '1998-01-01', '2005-12-31', ['1900s', '2000s']],
    ['1890/2025', '1890-01-01', '2025-12-31', ['LONG']],
  ])('%s covers %s … %s in partitions %j', (value, start, end, partitions) => {
    const range = parseDateValue(value)!;
    expect(range).toEqual({ start, end });
    expect(listDatePartitions(range)).toEqual(partitions);
  });

  it.each(['2023-13', '2023-02-30', 'August', '2025/2023', '2023/2024/2025', ''])('cannot place %j', (value) => {
    expect(parseDateValue(value)).toBeNull();
  });

  it('clips a range to one century', () => {
    expect(clipToPartition({ start: '1998-06-01', end: '2005-03-01' }, '1900s')).toEqual({ start: '1998-06-01', end: '1999-12-31' });
    expect(clipToPartition({ start: '1998-06-01', end: '2005-03-01' }, '2000s')).toEqual({ start: '2000-01-01', end: '2005-03-01' });
  });
});

describe('findTitle', () => {
  it.each([
    ['date 2023-01-01\nBig News Today\n\nBody text here.', 'Big News Today'],
    ['Short headline\nBody.', 'Short headline'],
    [`date 2023-01-01 ${'word '.repeat(20)}ends here. ${'more '.repeat(40)}`, `${'word '.repeat(20)}ends here.`.trim()],
    ['   \n\n', undefined],
  ])('%j → %j', (text, title) => {
    expect(findTitle(text)).toBe(title);
  });

  it('clips a long first sentence at a word boundary', () => {
    const title = findTitle(`${'longword '.repeat(40)}.`)!;
    expect(title.length).toBeLessThanOrEqual(151);
    expect(title.endsWith('longword…')).toBe(true);
  });
});
