// Turns an ISO 8601 value from the extractor (`2023`, `2023-08`, `2023-08-18`, `A/B`) into the days it
// covers, and into the century partitions (`2000s` for 2000–2099) of the dates index that a range
// query reads. A century, not a year: an article's dates span years and decades (a treaty of 1992, a
// plan for 2030), and each partition it touches is one more item to write; reads filter the rest.

export interface DayRange {
  start: string;
  end: string;
}

/** Ranges over more centuries than this go to one `LONG` partition. */
export const MAX_CENTURY_PARTITIONS = 2;
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

/** The century of a year, as a partition name: 2023 → `2000s`. */
export const centuryOf = (year: number) => `${Math.floor(year / 100) * 100}s`;

/** The partitions (`2020s`, … or `LONG`) a range is indexed under. */
export function listDatePartitions(range: DayRange): string[] {
  const first = Math.floor(Number(range.start.slice(0, 4)) / 100);
  const last = Math.floor(Number(range.end.slice(0, 4)) / 100);
  if (last - first + 1 > MAX_CENTURY_PARTITIONS) return [LONG_PARTITION];
  return Array.from({ length: last - first + 1 }, (_, i) => `${(first + i) * 100}s`);
}

/** The part of a range inside one partition. */
export function clipToPartition(range: DayRange, partition: string): DayRange {
  if (partition === LONG_PARTITION) return range;
  const century = Number(partition.slice(0, -1));
  const partStart = `${String(century).padStart(4, '0')}-01-01`;
  const partEnd = `${String(century + 99).padStart(4, '0')}-12-31`;
  return { start: range.start > partStart ? range.start : partStart, end: range.end < partEnd ? range.end : partEnd };
}
