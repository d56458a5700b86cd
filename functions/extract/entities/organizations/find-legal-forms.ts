// Companies named with their legal form: a trailing form after capitalised name words ("Vale SA",
// "Maybank Islamic Bhd", "Kazatomprom JSC", "Ernst & Young LLP", "Samsung Electronics Co., Ltd") or a
// leading one before them ("PT Pertamina", "PT Vale Indonesia Tbk", "JSC Kazatomprom"). The forms are
// closed-class grammar of company law (titles.ts LEGAL_FORMS).
import { claim, type SegmentState } from '../claims.ts';
import { isKnownOrganization } from '../lexicon.ts';
import { isMostlyLowerCase } from '../model/recognize-names.ts';
import { LEGAL_FORMS } from '../titles.ts';
import type { Token } from '../tokens.ts';
import { isNameStopWord } from '../words.ts';

// Forms written before the name, as Indonesian and post-Soviet company law does.
const LEADING_FORMS = new Set(['pt', 'cv', 'jsc', 'pjsc', 'ojsc']);

const isForm = (t: Token | undefined): boolean => Boolean(t && t.cap && LEGAL_FORMS.has(t.text.toLowerCase()));
/** A name word of a company: capitalised, not itself a legal form. "&" joins ("Ernst & Young"). */
const isNamePart = (t: Token | undefined): boolean => Boolean(t && t.cap && !isForm(t));
/** Words i and i+1 are in one name: one space, or "& " between, or ", " / "., " before a further form. */
function joined(tokens: Token[], i: number): boolean {
  const gap = tokens[i].gapAfter;
  if (tokens[i].possessive || i + 1 >= tokens.length) return false;
  if (gap === ' ' || gap === ' & ') return true;
  return /^\.?,? $/.test(gap) && isForm(tokens[i + 1]);
}

/** Word i opens its sentence. */
function isSentenceStart(tokens: Token[], i: number): boolean {
  return i === 0 || /[.!?]["”’)]?\s+$/u.test(tokens[i - 1].gapAfter);
}

export function findLegalForms(state: SegmentState): void {
  const { tokens } = state;
  for (let i = 0; i < tokens.length; i++) {
    if (!isForm(tokens[i]) || state.owner[i] !== -1) continue;
    let from = i;
    let to = i + 1;
    if (isNamePart(tokens[i - 1]) && joined(tokens, i - 1)) {
      // Trailing form: name words to the left, then any further forms ("Co., Ltd").
      while (from > 0 && isNamePart(tokens[from - 1]) && joined(tokens, from - 1) && state.owner[from - 1] === -1) from--;
    } else if (LEADING_FORMS.has(tokens[i].text.toLowerCase()) && isNamePart(tokens[i + 1]) && joined(tokens, i)) {
      while (to < tokens.length && isNamePart(tokens[to]) && joined(tokens, to - 1) && state.owner[to] === -1) to++;
    } else continue;
    while (to < tokens.length && isForm(tokens[to]) && joined(tokens, to - 1)) to++;
    // "Rival Samsung Electronics Co. said", "Rival BYD Co. and …": a common word capitalised at the
    // sentence start, before a company compromise knows by name or an acronym, is no part of it
    // ("General Motors Co" keeps its first word).
    if (from + 1 < i && isSentenceStart(tokens, from) && isMostlyLowerCase(tokens[from].text)
      && (isKnownOrganization(tokens[from + 1].text) || tokens[from + 1].upper)) from++;
    const names = tokens.slice(from, to).filter((t) => !isForm(t));
    if (names.length === 0 || names.every((t) => isNameStopWord(t))) continue;
    claim(state, { type: 'organization', from, to });
    i = to - 1;
  }
}
