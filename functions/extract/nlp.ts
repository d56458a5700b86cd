// The only module that wires compromise and its plugins. Everything else imports `nlp` from here, so
// the plugin set (and the lexicon words we add) is the same for every caller and loaded once.
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);

export { nlp };
export type NlpDocument = ReturnType<typeof nlp>;
