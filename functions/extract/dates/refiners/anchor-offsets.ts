// Refiner: `two days earlier`, `a year earlier`, `the same period last year`, `March of the year
// before` count from the date the paragraph gave just before them. The shift needs a precision it can
// apply to (days and weeks need a day, months a month or a day; years apply to anything, periods
// included): with a previous date it cannot apply to, the expression is dropped (its anchor is not
// the publication day); with no previous date at all, the parser's reading against the reference
// day stands.
import { addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear } from '../calendar.ts';
import type { DateCandidate, DateOffset } from '../types.ts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function shiftYears(value: string, years: number): string {
  return value.replace(/\d{4}/g, (y) => String(Number(y) + years).padStart(4, '0'));
}

function shifted(anchor: string, offset: DateOffset): string | null {
  if (offset.month !== undefined) return formatMonth(Number(anchor.slice(0, 4)) + offset.amount, offset.month);
  if (offset.unit === 'year') return offset.period ? formatYear(Number(anchor.slice(0, 4)) + offset.amount) : shiftYears(anchor, offset.amount);
  const day = DAY.exec(anchor);
  if (offset.unit === 'day' || offset.unit === 'week') {
    if (!day) return null;
    const d = { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) };
    if (offset.unit === 'week' && offset.period) return formatWeek(d, offset.amount);
    return formatDay(addDays(d, offset.amount * (offset.unit === 'week' ? 7 : 1)));
  }
  const month = day ?? MONTH.exec(anchor);
  if (!month) return null;
  const m = addMonths(Number(month[1]), Number(month[2]), offset.amount);
  return formatMonth(m.year, m.month);
}

export function anchorOffsets(_text: string, candidates: DateCandidate[]): DateCandidate[] {
  let anchor: string | null = null;
  const out: DateCandidate[] = [];
  for (const c of candidates) {
    if (!c.offset) {
      if (c.value !== null) anchor = c.value;
      out.push(c);
      continue;
    }
    if (anchor === null) {
      out.push(c);
      continue;
    }
    const value = shifted(anchor, c.offset);
    if (value !== null) out.push({ ...c, value });
  }
  return out;
}
