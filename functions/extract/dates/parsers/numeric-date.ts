// `29/06/1992`, `29.06.1992`, `6/29/1992`. Day/month rule: day first (the order of most of the world
// and of the international outlets this project reads) unless only the month-first reading is a
// valid date (`6/29/1992`). A four-digit year is required: `3/4` or `12.5` are fractions and scores.
import { formatDay, isValidDay } from '../calendar.ts';
import type { DateParser } from '../types.ts';

export const numericDateParser: DateParser = {
  pattern: /(?<![\d./-])(?<first>\d{1,2})(?<sep>[/.-])(?<second>\d{1,2})\k<sep>(?<year>\d{4})(?![\d]|[./-]\d)/g,
  extract({ groups: g }) {
    const [a, b, year] = [Number(g.first), Number(g.second), Number(g.year)];
    const dayFirst = { year, month: b, day: a };
    const monthFirst = { year, month: a, day: b };
    const d = isValidDay(dayFirst) ? dayFirst : isValidDay(monthFirst) ? monthFirst : null;
    return d ? { value: formatDay(d) } : null;
  },
};
