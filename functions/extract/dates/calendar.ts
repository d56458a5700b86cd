// Calendar arithmetic and the month/weekday vocabulary every date parser shares. All dates are
// plain UTC calendar days so no time zone or clock of the machine can shift a result.

export interface Day {
  year: number;
  month: number; // 1-12
  day: number;
}

const MONTH_NAMES: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

const WEEKDAY_NAMES: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Full month names, or full names and abbreviations (`Aug.`, `Sept`). Capitalised only: "march" and
 * "may" in lower case are a verb and a modal far more often than a month. */
export const MONTH_FULL = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
export const MONTH_ANY = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.(?!\\w))?)';
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
export const WEEKDAY_ANY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)(?:\\.(?!\\w))?)';
/** A day of the month, with an optional ordinal suffix, not glued to more digits. */
export const DAY_NUM = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d\\w])';
/** A plausible year: 1000-2199, not part of a longer number. */
export const YEAR_NUM = '(?<![\\d.,])(?:1\\d{3}|20\\d{2}|21\\d{2})(?![\\d])';

export function monthNumber(name: string): number | null {
  return MONTH_NAMES[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

export function weekdayNumber(name: string): number | null {
  return WEEKDAY_NAMES[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

export function dayNumber(text: string): number {
  return Number.parseInt(text, 10);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(d: Day): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** `START/END`, or just START when both ends are the same. */
export function formatInterval(start: string, end: string): string {
  return start === end ? start : `${start}/${end}`;
}

export function parseReference(publishedAt: string | null): Day | null {
  const m = publishedAt ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(publishedAt) : null;
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(d) ? d : null;
}

export function addDays(d: Day, days: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(d: Day): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The Monday-Sunday week containing `d`, shifted by `weeks`, as an interval value. */
export function formatWeek(d: Day, weeks: number): string {
  const monday = addDays(d, 1 - isoWeekday(d) + 7 * weeks);
  return formatInterval(formatDay(monday), formatDay(addDays(monday, 6)));
}
