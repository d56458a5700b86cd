// The extractor's version, in a module of its own so the records code and the local stack can compare
// versions without loading the extraction pipeline (compromise and its plugins).

/** Bumped whenever output for the same text can change; stored on every article record. */
export const EXTRACTOR_VERSION = '0.3.0';
