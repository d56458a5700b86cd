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
