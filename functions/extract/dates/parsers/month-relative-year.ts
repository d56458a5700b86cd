// A month with a year named relative to another: `March last year`, `in May this year`, `January next
// year` count from the reference (publication) year; `March of the year before`, `June of the previous
// year`, `February of the following year` count from the year of the paragraph's previous date, like
// `a year earlier` (refiners/anchor-offsets.ts), and from the reference year when there is none.
import { MONTH_ANY, formatMonth, monthNumber } from '../calendar.ts';
import type { DateParser } from '../types.ts';

export const monthRelativeYearParser: DateParser = {
  pattern: new RegExp(
    `\\b(?<month>${MONTH_ANY})(?:\\s+of)?\\s+(?:(?<relative>this|last|next)\\s+year|the\\s+(?:(?<previous>previous|prior|preceding)\\s+year|year\\s+(?<before>before|earlier)|(?<following>following|next)\\s+year|year\\s+(?<after>after)))\\b`,
    'g',
  ),
  extract({ groups: g }, { reference }) {
    const month = monthNumber(g.month!)!;
    const back = g.relative === 'last' || g.previous !== undefined || g.before !== undefined;
    const shift = back ? -1 : g.relative === 'this' ? 0 : 1;
    const value = reference ? formatMonth(reference.year + shift, month) : null;
    return g.relative ? { value } : { value, offset: { unit: 'year', amount: shift, month } };
  },
};
