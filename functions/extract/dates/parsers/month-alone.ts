// A month name with no day or year, after a word that makes it a time: `in March`, `since May`,
// `last December`, `early June`. Resolved against the reference: `last`/`next` are the previous or
// following occurrence, `this` the reference year; otherwise the nearest (see year-context.ts).
import { MONTH_FULL, formatMonth, monthNumber } from '../calendar.ts';
import type { DateParser } from '../types.ts';
import { resolveYear } from './year-context.ts';

// "May" is a month here only after one of these cue words, so "may" the modal never matches.
const CUE = '(?:in|In|since|Since|by|By|until|till|during|from|From|between|Between|to|of|before|after|through|throughout|early|late|mid|and|or|last|Last|next|Next|this|This)';
// `and`/`or` make a month only in a list of months (`in March and May`), not `Johnson and May`.
const MONTH_LIST_BEFORE = new RegExp(`${MONTH_FULL},?\\s*$`);
const MONTH_ALONE = new RegExp(`\\b(${CUE})[\\s-]+(?:(?:early|late|mid)[\\s-]+)?(${MONTH_FULL})\\b(?![\\s-]*\\d)(?!['’]s)`, 'g');

export const parseMonthAlone: DateParser = (text, { reference }) => {
  const out = [];
  for (const m of text.matchAll(MONTH_ALONE)) {
    const cue = m[1].toLowerCase();
    if ((cue === 'and' || cue === 'or') && !MONTH_LIST_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const relative = cue === 'last' || cue === 'next' || cue === 'this';
    // The span is the month name, plus the cue when the cue changes its meaning (`last March`).
    const start = relative ? m.index : m.index + m[0].length - m[2].length;
    const span = { start, end: m.index + m[0].length };
    if (!reference) {
      out.push({ ...span, value: null });
      continue;
    }
    const month = monthNumber(m[2])!;
    let year = resolveYear(undefined, undefined, reference, month)!;
    if (cue === 'this') year = reference.year;
    if (cue === 'last') year = month >= reference.month ? reference.year - 1 : reference.year;
    if (cue === 'next') year = month <= reference.month ? reference.year + 1 : reference.year;
    out.push({ ...span, value: formatMonth(year, month) });
  }
  return out;
};
