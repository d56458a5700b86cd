// A month name with no day or year, after a word that makes it a time: `in March`, `since May`,
// `last December`, `early June`. Resolved against the reference: `last`/`next` are the previous or
// following occurrence, `this` the reference year; otherwise the sentence's tense decides (`sales
// fell in August` looks back, `will open in August` forward), else the nearest (see year-context.ts).
import { MONTH_FULL, YEAR_NUM, formatMonth, monthNumber } from '../calendar.ts';
import type { DateParser } from '../types.ts';
import { resolveYear } from './year-context.ts';

// "May" is a month here only after one of these cue words, so "may" the modal never matches.
const CUE = '(?:in|In|since|Since|by|By|until|till|during|from|From|between|Between|to|of|before|after|through|throughout|early|late|mid|and|or|last|Last|next|Next|this|This)';
// `and`/`or` make a month only in a list of months (`in March and May`), not `Johnson and May`.
const MONTH_LIST_BEFORE = new RegExp(`${MONTH_FULL},?\\s*$`);
// `between January and March 2025`, `January to March 2025`: the year written at the end is this one's.
const RANGE_YEAR_AFTER = new RegExp(`^\\s*(?:-|–|—|to|through|until|till|and|or|,)\\s*(${MONTH_FULL})\\s+(${YEAR_NUM})`);

export const monthAloneParser: DateParser = {
  pattern: new RegExp(`\\b(?<cue>${CUE})[\\s-]+(?:(?:early|late|mid)[\\s-]+)?(?<month>${MONTH_FULL})\\b(?![\\s-]*\\d)(?!['’]s)`, 'g'),
  extract(m, context) {
    const { reference, text } = context;
    const cue = m.groups.cue!.toLowerCase();
    if ((cue === 'and' || cue === 'or') && !MONTH_LIST_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
    const relative = cue === 'last' || cue === 'next' || cue === 'this';
    // The span is the month name, plus the cue when the cue changes its meaning (`last March`).
    const end = m.index + m[0].length;
    const start = relative ? m.index : end - m.groups.month!.length;
    if (!reference) return { start, end, value: null };
    const month = monthNumber(m.groups.month!)!;
    let year: number;
    if (cue === 'this') year = reference.year;
    else if (cue === 'last') year = month >= reference.month ? reference.year - 1 : reference.year;
    else if (cue === 'next') year = month <= reference.month ? reference.year + 1 : reference.year;
    else {
      const tail = RANGE_YEAR_AFTER.exec(text.slice(end, end + 40));
      // `from November to February 2025`: a range that wraps past December starts the year before.
      if (tail) year = Number(tail[2]) - (monthNumber(tail[1])! < month ? 1 : 0);
      else year = resolveYear(undefined, undefined, reference, month, undefined, context.directionAt(m.index))!;
    }
    return { start, end, value: formatMonth(year, month) };
  },
};
