// A bare year: `in 2022`, `the 2023 visit`, `by 2030`, `since 1992`, `mid-2023`, and each member of a
// list (`in 2005, 2007 and 2009`, `2005,2007,2009`). Decades: `the 1990s` → 1990/1999.
// A four-digit number is not always a year. Judgment rules, in order:
// - part of a bigger number (`12,2005`, `2022.5`), a percentage, an amount (`$2000`, `2000 million`),
//   or a label (`No. 2000`, `ISO 9001`): never a year;
// - after a time cue (in, since, by, the, of, from, mid-, early...) or after another year and a list
//   separator (`2005, 2007`, `2019 and 2021`): a year;
// - otherwise a year unless a counted noun follows (`2000 people`, `1500 troops`, `2400 km`): a
//   plural or unit right after the number makes it a quantity.
// Years before 1500 need the cue (`in 1066`); a bare `1200` is far more often a quantity.
import { formatInterval, formatYear } from '../calendar.ts';
import type { DateParser } from '../types.ts';


const CUE_BEFORE = /(?:\b(?:in|since|by|until|till|from|to|through|during|before|after|of|the|this|that|early|late|mid|between|circa|c\.|ca\.|around|fiscal|year|years|spring|summer|autumn|fall|winter|than|for|on|at|as)|[(–—-]|['’]s)\s*$/i;
// `2005, 2007 and 2009`: a comma or `and` is a cue only right after another year.
const LIST_BEFORE = /(?:^|[^\d.,])(?:1\d{3}|20\d{2}|21\d{2})s?\s*(?:,|;|&|and|or|,\s*and|,\s*or)\s*$/i;
const LABEL_BEFORE = /(?:\b(?:no|nos|number|page|pp?|room|flight|route|highway|iso|article|section|model|tel|phone|call|dial|code|bus|line|platform|gate|unit|version|v|building|block|suite|floor|apartment|lot|hall)\.?|#|№)\s*$/i;
// `X-2025`, `A4-2024`: a capitalised code glued by a hyphen is a model number.
// `+62 21 2019 2020`: right after another digit group, a phone or account number.
// `1007 - 1012` when the range was rejected (a catalogue range): the second number is no year either.
const NUMBER_BEFORE = /(?:\d\s$|\d\s*[-–—]\s*$|(?<![\p{L}\p{N}])\p{Lu}{1,3}\d*-|(?<!\d)\d{1,3}[.,]|[$€£¥₹₩₸₫₽₺₱₦₴₪]|\b[A-Z]{3}\s)$/u;
// `1800 123 456`: a digit group right after is a phone or code number.
const QUANTITY_AFTER = /^(?:\.\d|,\d{3}(?!\d)|\s\d|\s*(?:%|percent\b|per\s*cent\b|million\b|billion\b|thousand\b|trillion\b|mn\b|bn\b|[-\s]?(?:km|kms|m|mm|cm|kg|mw|kw|gw|ha|sq|mph|ft|lbs?|tons?|tonnes?)\b))/i;
// Plurals that do not end in s, and common units, when written as words.
const COUNTED_AFTER = /^\s+(?:\p{L}*(?:people|children|men|women)\b|persons|staff|personnel|police|troops|cattle|sheep|fish|feet|metres|meters|kilometres|kilometers|miles|acres|hectares|units|pieces|times)\b/iu;
const PLURAL_AFTER = /^\s+[a-z]+[^s\W]s\b/;

export const yearParser: DateParser = {
  pattern: /(?<![\p{L}\p{N}_])(?<year>1\d{3}|20\d{2}|21\d{2})(?<suffix>s|['’]s)?(?![\p{L}\p{N}_])/gu,
  extract(m, { text }) {
    const year = Number(m.groups.year);
    const suffix = m.groups.suffix;
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(end, end + 24);
    if (NUMBER_BEFORE.test(before) || LABEL_BEFORE.test(before) || QUANTITY_AFTER.test(after)) return null;
    // `1230 BC`: years before the common era have no value in the contract's ISO subset.
    if (/^\s*(?:BC|BCE|B\.C\.|B\.C\.E\.)(?![\p{L}])/u.test(after)) return null;
    const cued = CUE_BEFORE.test(before) || LIST_BEFORE.test(before);
    if (!cued && (year < 1500 || COUNTED_AFTER.test(after) || PLURAL_AFTER.test(after))) return null;
    if (cued && COUNTED_AFTER.test(after)) return null;
    if (suffix === undefined) return { value: formatYear(year) };
    // `1990s` is a decade (only a round year has one); `1800s`, `1900s` are centuries as news uses
    // them (`the early 1900s`), but `2000s` is the decade; `2022's` / `1990's` is the year, possessive.
    if (suffix === 's') {
      if (year % 10 !== 0) return null;
      const last = year % 100 === 0 && year < 2000 ? year + 99 : year + 9;
      return { value: formatInterval(formatYear(year), formatYear(last)) };
    }
    return { end: m.index + 4, value: formatYear(year) };
  },
};
