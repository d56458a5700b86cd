// `July 2008`, `Sept. 2009`, `early March 2023`, `January-April 2023` (→ 2023-01/2023-04),
// `November-February 2025` (→ 2024-11/2025-02).
import { MONTH_ANY, YEAR_NUM, formatInterval, formatMonth, monthNumber } from '../calendar.ts';
import type { DateParser } from '../types.ts';

export const monthYearParser: DateParser = {
  pattern: new RegExp(
    `\\b(?<first>${MONTH_ANY})(?:\\s*(?:-|–|—|to|through|until)\\s*(?<last>${MONTH_ANY}))?,?\\s+(?:of\\s+)?(?<year>${YEAR_NUM})`,
    'g',
  ),
  extract({ groups: g }) {
    const year = Number(g.year);
    const first = monthNumber(g.first!)!;
    const last = g.last ? monthNumber(g.last)! : first;
    if (last === first && g.last) return null;
    // `November-February 2025`: the range wraps past December, so it starts the year before.
    return { value: formatInterval(formatMonth(last < first ? year - 1 : year, first), formatMonth(year, last)) };
  },
};
