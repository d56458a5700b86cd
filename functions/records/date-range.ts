// Turns an ISO 8601 value from the extractor (`2023`, `2023-08`, `2023-08-18`, `A/B`) into the days it
// covers, and into the year partitions of gsi1 that a range query reads.

export interface DayRange {
  start: string;
  end: string;
}

/** Ranges longer than this go to one `LONG` partition instead of one item per year. */
export const MAX_YEAR_PARTITIONS = 5;
export const LONG_PARTITION = 'LONG';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parsePoint(value: string): DayRange | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3] !== undefined) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return null;
    return { start: value, end: value };
  }
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(lastDayOfMonth(year, month))}` };
  }
  return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
}

/** The days a value covers, or null for a value this model cannot place on the calendar. */
export function parseDateValue(value: string): DayRange | null {
  const parts = value.split('/');
  if (parts.length === 1) return parsePoint(value);
  if (parts.length !== 2) return null;
  const from = parsePoint(parts[0]);
  const to = parsePoint(parts[1]);
  if (!from || !to || from.start > to.end) return null;
  return { start: from.start, end: to.end };
}

/** The gsi1 date partitions (`2023`, … or `LONG`) a range is indexed under. */
export function listDatePartitions(range: DayRange): string[] {
  const first = Number(range.start.slice(0, 4));
  const last = Number(range.end.slice(0, 4));
  if (last - first + 1 > MAX_YEAR_PARTITIONS) return [LONG_PARTITION];
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

/** The part of a range inside one year partition. */
export function clipToYear(range: DayRange, partition: string): DayRange {
  if (partition === LONG_PARTITION) return range;
  const yearStart = `${partition}-01-01`;
  const yearEnd = `${partition}-12-31`;
  return { start: range.start > yearStart ? range.start : yearStart, end: range.end < yearEnd ? range.end : yearEnd };
}
