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

const HOLIDAY = new RegExp(
  `\\b(Christmas Eve|Christmas Day|Christmas|Boxing Day|New Year['’]?s Eve|New Year['’]?s Day|Valentine['’]?s Day|Halloween)(?![\\w'’])(?:,?\\s+(${YEAR_NUM}))?`,
  'g',
);

// `Christmas trees`, `Halloween costumes`: a bare name is a date only after a time word.
const BARE = /^(?:Christmas|Halloween)$/;
const TIME_CUE_BEFORE = /\b(?:on|at|before|after|until|till|by|since|over|during|for|this|last|next|of)\s+$/i;

export const parseHoliday: DateParser = (text, { reference }) => {
  const out = [];
  for (const m of text.matchAll(HOLIDAY)) {
    const rule = FIXED.find(([re]) => re.test(m[1]));
    if (!rule) continue;
    if (BARE.test(m[1]) && !m[2] && !TIME_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    const year = resolveYear(m[2], undefined, reference, rule[1], rule[2]);
    const span = { start: m.index, end: m.index + m[0].length };
    out.push({ ...span, value: year === null ? null : formatDay({ year, month: rule[1], day: rule[2] }) });
  }
  return out;
};
