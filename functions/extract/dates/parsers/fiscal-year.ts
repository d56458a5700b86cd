// Fiscal years: `FY2024`, `FY24`, `FY2024/25`, `fiscal 2025`, `fiscal year 2024-25`. Convention: the
// value is the calendar year the label names (`FY2024` → 2024; a split label `FY2024/25` → 2024/2025).
// Where a fiscal year starts differs by company and country, and the text rarely says; the named
// year is what a reader can check.
import { formatYear } from '../calendar.ts';
import type { DateParser } from '../types.ts';

function fullYear(text: string, first?: number): number {
  if (text.length === 4) return Number(text);
  const century = first === undefined ? 2000 : Math.floor(first / 100) * 100;
  return century + Number(text);
}

function fiscalValue(year: string, end: string | undefined): { value: string } | null {
  const first = fullYear(year);
  if (first < 1900 || first > 2199) return null;
  if (end === undefined) return { value: formatYear(first) };
  const last = fullYear(end, first);
  return last === first + 1 ? { value: `${formatYear(first)}/${formatYear(last)}` } : null;
}

export const fiscalLabelParser: DateParser = {
  pattern: /(?<![\p{L}\p{N}])F\.?Y\.?\s?(?<year>\d{4}|\d{2})(?:\s?[-/–]\s?(?<end>\d{4}|\d{2}))?(?![\p{L}\p{N}]|[.,]\d)/gu,
  extract: ({ groups: g }) => fiscalValue(g.year!, g.end),
};

export const fiscalWordParser: DateParser = {
  pattern: /\b[Ff]iscal\s+(?:year\s+)?(?<year>(?:19|20|21)\d{2})(?:\s?[-/–]\s?(?<end>\d{4}|\d{2}))?(?![\p{L}\p{N}]|[.,]\d)/gu,
  extract: ({ groups: g }) => fiscalValue(g.year!, g.end),
};
