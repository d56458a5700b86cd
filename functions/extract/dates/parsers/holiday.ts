// Fixed-date holidays that news names instead of dating: `Christmas Day`, `New Year's Eve 2022`,
// `on Valentine's Day`. The year is the one written, else the nearest (see year-context.ts). Movable feasts
// (Easter, Lunar New Year, Eid) need tables per year and are left out rather than guessed.
import { YEAR_NUM, formatDay } from '../calendar.ts';
import type { DateParser } from '../types.ts';
import { resolveYear } from './year-context.ts';

const FIXED: [RegExp, number, number][] = [
  [/^christmas eve$/i, 12, 24],
  [/^christmas(?: day)?$/i, 12, 25],
  [/^boxing day$/i, 12, 26],
  [/^new year['’]?s eve$/i, 12, 31],
  [/^new year['’]?s day$/i, 1, 1],
  [/^valentine['’]?s day$/i, 2, 14],
  [/^halloween$/i, 10, 31],
];

// `Christmas trees`, `Halloween costumes`: a bare name is a date only after a time word.
const BARE = /^(?:Christmas|Halloween)$/;
const TIME_CUE_BEFORE = /\b(?:on|at|before|after|until|till|by|since|over|during|for|this|last|next|of)\s+$/i;

export const holidayParser: DateParser = {
  pattern: new RegExp(
    `\\b(?<name>Christmas Eve|Christmas Day|Christmas|Boxing Day|New Year['’]?s Eve|New Year['’]?s Day|Valentine['’]?s Day|Halloween)(?![\\w'’])(?:,?\\s+(?<year>${YEAR_NUM}))?`,
    'g',
  ),
  extract(m, { text, reference }) {
    const { name, year: written } = m.groups;
    const rule = FIXED.find(([re]) => re.test(name!));
    if (!rule) return null;
    if (BARE.test(name!) && !written && !TIME_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
    const year = resolveYear(written, undefined, reference, rule[1], rule[2]);
    return { value: year === null ? null : formatDay({ year, month: rule[1], day: rule[2] }) };
  },
};
