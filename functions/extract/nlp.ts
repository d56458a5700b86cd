// The only module that wires compromise and its plugins. Everything else imports from here, so the
// plugin set (and the lexicon words we add) is the same for every caller and loaded once.
//
// The extractor reads compromise's lexicon (entities/lexicon.ts); its dates are regex parsers
// (dates/find-dates.ts), because compromise-dates grows faster than its input and is slower even per
// paragraph. So compromise-dates is registered only on demand, by the naive baseline the benchmarks
// compare against: left unregistered, the bundler drops it from the function (both packages declare
// no side effects), which takes its evaluation off every cold start. Registering it does not change
// what the extractor finds (the samples and tests/extract give identical output either way).
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

export { nlp };

let datesRegistered = false;

/** compromise with compromise-dates registered (`.dates()`), as its documentation uses it. */
export function nlpWithDates(): typeof nlp {
  if (!datesRegistered) {
    nlp.plugin(datesPlugin);
    datesRegistered = true;
  }
  return nlp;
}

/** One word as compromise's tagger reads it: offsets into the text it was given, and its tags. */
export interface TaggedTerm {
  start: number;
  end: number;
  tags: string[];
}

/**
 * Runs compromise's tagger (lexicon plus its contextual rules) over one stretch of text and returns
 * every term with its offsets. The name recognizer aligns these with its own tokens by offset, so
 * compromise's reading of each word (Person, Place, Organization, ProperNoun, Honorific …) is a feature.
 */
export function tagTerms(text: string): TaggedTerm[] {
  const doc = nlp(text);
  doc.compute('offset');
  const out: TaggedTerm[] = [];
  for (const sentence of (doc as unknown as { document: Array<Array<{ offset?: { start: number; length: number }; tags: Set<string> }>> }).document) {
    for (const term of sentence) {
      if (!term.offset) continue;
      out.push({ start: term.offset.start, end: term.offset.start + term.offset.length, tags: [...term.tags] });
    }
  }
  return out;
}

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** compromise's own lexicon tags for one lower-case word, without running the tagger: `said` →
 * ['PastTense'], `will` → ['Modal']. Cheap enough to ask for every word near a date. */
export function lexiconTags(word: string): string[] {
  const tags = lexicon[word];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}
