// What the recognizer sees of each token: string features grouped in families, hashed into a fixed
// table. Training (scripts/train-ner.ts) and recognition call this one function, and the committed
// model records a fingerprint of it (featureFingerprint), so code and weights cannot drift apart
// unnoticed (tests/extract/ner-model.test.ts).
import type { Segment } from '../../segments.ts';
import { tagTerms, type TaggedTerm } from '../../nlp.ts';
import { isFirstName, LONGEST_LEXICON_PHRASE, lookupPhraseTags, lookupTags } from '../lexicon.ts';
import { DEMONYMS, lookupPlace, lookupPlaceAbbreviation } from '../places/gazetteer.ts';
import { COMMON_ACRONYMS, LEGAL_FORMS, ORG_HEADS, PLACE_HEADS, ROLE_HEADS, ROLE_WORDS } from '../titles.ts';
import { hashString } from './hash-string.ts';
import { tokenizeText, type NerToken } from './text-tokens.ts';
import { clusterOf, loadWordClusters } from './word-clusters.ts';
import { WORD_CLUSTERS } from './word-clusters.generated.ts';

export { hashString };

/** Bumped whenever a feature's definition changes; part of the fingerprint. */
export const FEATURE_VERSION = 6;

/** Feature families, each switchable for the ablation in docs/ner-eval.md. */
export const FEATURE_FAMILIES = [
  'word', // the word and its lower case
  'shape', // capitalisation and character classes
  'affix', // prefixes and suffixes
  'context', // neighbouring words and shapes (±2)
  'position', // sentence-initial, all-caps or title-case line (headline, dateline)
  'lexicon', // compromise's lexicon entry for the word and its neighbours, known first names
  'grammar', // closed-class name grammar: role words, organization and place head nouns, demonyms
  'tagger', // compromise's tagger in context (Person, Place, Organization, ProperNoun …)
  'gazetteer', // longest-match hits in the place gazetteer (countries, cities, subdivisions)
  'document', // how the same word is cased, tagged and found by the rules elsewhere in the article
  'rules', // what the hand-written entity rules (../find-entities.ts, rules only) found here
  'run', // the run of capitalised words a token is in: its first and last word, length, place in it
  'cluster', // the word's cluster path in word-clusters.ts (GloVe vectors), and its neighbours'
] as const;
export type FeatureFamily = (typeof FEATURE_FAMILIES)[number];

/** A typed span found by the rules, in document offsets (input of the 'rules' family). */
export interface RuleSpan {
  type: 'person' | 'place' | 'organization';
  start: number;
  end: number;
}

export interface FeaturizeOptions {
  /** compromise's tagger (injectable so training can cache it). */
  tag?: Tagger;
  /** The rules' findings for the document, when the 'rules' family is on. */
  ruleSpans?: RuleSpan[];
}

/** One segment of a document, tokenized, with each token's hashed features. */
export interface FeaturedSegment {
  tokens: NerToken[];
  /** Features of token i are features[offsets[i] .. offsets[i + 1]). */
  features: Uint32Array;
  offsets: Uint32Array;
}

// compromise tags worth reading: names and their kinds, and the parts of speech around them.
const TAGGER_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'Place', 'Country', 'City',
  'Region', 'Organization', 'SportsTeam', 'Company', 'School', 'ProperNoun', 'Demonym', 'Acronym', 'Possessive', 'Noun',
  'Verb', 'Adjective', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Date', 'Month', 'WeekDay', 'Value',
  'Unit', 'Plural', 'Abbreviation']);
const NAME_TAGS = ['Person', 'Place', 'Organization', 'ProperNoun', 'Honorific', 'FirstName', 'LastName', 'Country', 'City'];
const DOC_TAGS = ['Person', 'Place', 'Organization'];
const RUN_JOINERS = new Set(['of', 'the', 'and', '&', 'for', 'de']);
const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;

/** "Kassym" → "Xx", "IAEA" → "X", "2023" → "d", "U.S." → "X.X.": runs of one class collapsed. */
export function shapeOf(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'x' : ch;
    if (out[out.length - 1] !== c) out += c;
  }
  return out;
}

/** compromise's tagger over one segment's text (injectable so training can cache it). */
export type Tagger = (text: string) => TaggedTerm[];

interface TokenInfo {
  lower: string;
  shape: string;
  isWord: boolean;
  cap: boolean;
  upper: boolean;
  lex: string;
  tags: string[];
  gaz: string;
  /** B-/I- and the tags of a name phrase in compromise's lexicon covering this token. */
  phrase: string;
  /** B-/I- and the type of the rule finding covering this token. */
  rule: string;
  /** Path of the lower-case word in the word clusters, -1 when unknown or not a word. */
  cluster: number;
}

function isUpperWord(w: string): boolean {
  return w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
}

function tokenInfos(seg: Segment, tokens: NerToken[], families: ReadonlySet<FeatureFamily>, tag: Tagger): TokenInfo[] {
  const infos: TokenInfo[] = tokens.map((t) => {
    const isWord = LETTER.test(t.text);
    return {
      lower: t.text.toLowerCase(),
      shape: shapeOf(t.text),
      isWord,
      cap: isWord && (UPPER_START.test(t.text) || /^[dl]['’]\p{Lu}/u.test(t.text)),
      upper: isWord && isUpperWord(t.text),
      lex: isWord && (families.has('lexicon')) ? lookupTags(t.text) : '',
      tags: [],
      gaz: '',
      phrase: '',
      rule: '',
      cluster: isWord && families.has('cluster') ? clusterOf(loadWordClusters(), t.text.toLowerCase()) : -1,
    };
  });
  if (families.has('tagger')) {
    // Align compromise's terms to tokens by offset: a token takes the tags of the term it starts in.
    const terms = tag(seg.text);
    let j = 0;
    for (let i = 0; i < tokens.length; i++) {
      const at = tokens[i].start - seg.start;
      while (j < terms.length && terms[j].end <= at) j++;
      if (j < terms.length && terms[j].start <= at && infos[i].isWord) infos[i].tags = terms[j].tags.filter((tag) => TAGGER_TAGS.has(tag));
    }
  }
  if (families.has('lexicon')) markLexiconPhrases(tokens, infos);
  if (families.has('gazetteer')) markGazetteer(seg, tokens, infos);
  return infos;
}

const PHRASE_NAME_TAGS = /Organization|SportsTeam|Person|LastName|City|Country|Region|Place/;

/** Longest multi-word name in compromise's lexicon starting at each capitalised word. */
function markLexiconPhrases(tokens: NerToken[], infos: TokenInfo[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!infos[i].cap) continue;
    let best = -1;
    let tags = '';
    let phrase = infos[i].lower;
    for (let j = i + 1; j < Math.min(tokens.length, i + LONGEST_LEXICON_PHRASE); j++) {
      if (!infos[j].isWord) break;
      phrase += ` ${infos[j].lower}`;
      const t = lookupPhraseTags(phrase);
      if (t && PHRASE_NAME_TAGS.test(t)) { best = j; tags = t; }
    }
    if (best < 0) continue;
    infos[i].phrase = `B-${tags}`;
    for (let k = i + 1; k <= best; k++) infos[k].phrase = `I-${tags}`;
    i = best;
  }
}

const MAX_PLACE_TOKENS = 6;

/** Longest gazetteer match starting at each capitalised word: B-kind on its first token, I-kind after. */
function markGazetteer(seg: Segment, tokens: NerToken[], infos: TokenInfo[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!infos[i].cap) continue;
    if (infos[i].upper) {
      const abbreviation = lookupPlaceAbbreviation(tokens[i].text);
      if (abbreviation) { infos[i].gaz = `B-${abbreviation.kind}`; continue; }
    }
    let best = -1;
    let kind = '';
    for (let j = i; j < Math.min(tokens.length, i + MAX_PLACE_TOKENS); j++) {
      // "Côte d'Ivoire" continues: an elided article before a capital counts as capitalised (tokenInfos).
      if (!infos[j].cap && !(j > i && (infos[j].lower === 'of' || infos[j].lower === 'the' || tokens[j].text === '-'))) break;
      if (!infos[j].cap) continue;
      const entry = lookupPlace(seg.text.slice(tokens[i].start - seg.start, tokens[j].end - seg.start));
      if (entry) { best = j; kind = entry.kind; }
    }
    if (best < 0) continue;
    infos[i].gaz = `B-${kind}`;
    for (let k = i + 1; k <= best; k++) infos[k].gaz = `I-${kind}`;
    i = best;
  }
}

/** Marks tokens inside a rule finding: B-type on the first, I-type after. */
function markRuleSpans(segments: Array<{ tokens: NerToken[]; infos: TokenInfo[] }>, spans: RuleSpan[]): void {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let k = 0;
  for (const { tokens, infos } of segments) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      while (k < sorted.length && sorted[k].end <= t.start) k++;
      const span = sorted[k];
      if (!span || span.start >= t.end) continue;
      infos[i].rule = `${i > 0 && tokens[i - 1].end > span.start ? 'I' : 'B'}-${span.type}`;
    }
  }
}

interface WordStats {
  lower: number;
  capMiddle: number;
  afterRole: number;
  /** Written next to a company's legal form ("PT Pertamina", "Vale SA"). */
  nearLegal: number;
  onlyUpper: boolean;
  tags: Set<string>;
  /** The types of rule findings that cover an occurrence of the word ("Tokayev" of "President Tokayev"). */
  ruleTypes: Set<string>;
}

/** Per lower-cased word, how it is written and tagged across the whole document. */
function documentStats(segments: Array<{ tokens: NerToken[]; infos: TokenInfo[] }>): Map<string, WordStats> {
  const stats = new Map<string, WordStats>();
  for (const { infos } of segments) {
    for (let i = 0; i < infos.length; i++) {
      const info = infos[i];
      if (!info.isWord) continue;
      let s = stats.get(info.lower);
      if (!s) { s = { lower: 0, capMiddle: 0, afterRole: 0, nearLegal: 0, onlyUpper: true, tags: new Set(), ruleTypes: new Set() }; stats.set(info.lower, s); }
      if (info.rule) s.ruleTypes.add(info.rule.slice(2));
      if (!info.cap) s.lower++;
      if (!info.upper) s.onlyUpper = false;
      if (info.cap && !info.upper && i > 0 && !isSentenceStart(infos, i)) s.capMiddle++;
      if (i > 0 && infos[i - 1].cap && ROLE_HEADS.has(infos[i - 1].lower.replace(/\.$/, ''))) s.afterRole++;
      if (info.cap && !LEGAL_FORMS.has(info.lower) && (isLegal(infos[i - 1]) || isLegal(infos[i + 1]))) s.nearLegal++;
      for (const tag of info.tags) if (DOC_TAGS.includes(tag)) s.tags.add(tag);
    }
  }
  return stats;
}

function isLegal(info: TokenInfo | undefined): boolean {
  return Boolean(info?.cap && LEGAL_FORMS.has(info.lower.replace(/\.$/, '')));
}

function isSentenceStart(infos: TokenInfo[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const w = infos[k].lower;
    if (w === '"' || w === '“' || w === '‘' || w === "'" || w === '(') continue;
    return w === '.' || w === '!' || w === '?' || w === ':' || w === '—' || w === '-';
  }
  return true;
}

/** A line in capitals (a shouting headline or a dateline "MOROWALI, Indonesia —"), or in Title Case. */
function lineStyle(infos: TokenInfo[]): { caps: boolean; title: boolean } {
  const words = infos.filter((t) => t.isWord && t.lower.length > 1);
  const upper = words.filter((t) => t.upper).length;
  const caps = words.length > 0 && infos.some((t, i) => t.upper && i < 3);
  const capsLine = caps && upper >= 1 && (upper / words.length >= 0.6 || (infos[0]?.upper && infos[1]?.lower === ','));
  const content = words.filter((t) => t.lower.length > 3);
  const title = content.length >= 3 && content.every((t) => t.cap) && !/[.!?]/.test(infos[infos.length - 1]?.lower ?? '');
  return { caps: Boolean(capsLine), title };
}

/** The feature strings of token i (exported for the fingerprint and for debugging). */
function featureStrings(infos: TokenInfo[], tokens: NerToken[], i: number, style: { caps: boolean; title: boolean },
  stats: Map<string, WordStats> | null, f: ReadonlySet<FeatureFamily>, out: string[]): void {
  const t = infos[i];
  const at = (k: number): TokenInfo | undefined => infos[i + k];
  const lw = (k: number) => at(k)?.lower ?? (k < 0 ? '<s>' : '</s>');
  const sh = (k: number) => at(k)?.shape ?? (k < 0 ? '<s>' : '</s>');
  out.push('b');
  if (f.has('word')) {
    out.push(`w=${tokens[i].text}`, `lw=${t.lower}`);
  }
  if (f.has('shape')) {
    out.push(`sh=${t.shape}`);
    if (t.cap) out.push('cap');
    if (t.upper) out.push('upper');
    if (t.lower.length <= 2) out.push(`len=${t.lower.length}`);
  }
  if (f.has('affix') && t.isWord) {
    const w = t.lower;
    for (const n of [2, 3, 4]) if (w.length > n) out.push(`s${n}=${w.slice(-n)}`);
    for (const n of [2, 3]) if (w.length > n) out.push(`p${n}=${w.slice(0, n)}`);
  }
  if (f.has('context')) {
    out.push(`lw-1=${lw(-1)}`, `lw+1=${lw(1)}`, `lw-2=${lw(-2)}`, `lw+2=${lw(2)}`);
    out.push(`sh-1=${sh(-1)}`, `sh+1=${sh(1)}`, `sh-2=${sh(-2)}`, `sh+2=${sh(2)}`);
    out.push(`lw-1|lw=${lw(-1)}|${t.lower}`, `lw|lw+1=${t.lower}|${lw(1)}`, `sh-1|sh|sh+1=${sh(-1)}|${t.shape}|${sh(1)}`);
  }
  if (f.has('position')) {
    const first = isSentenceStart(infos, i);
    if (first) out.push('first', `first|sh=${t.shape}`);
    if (style.caps) out.push('capsline', `capsline|sh=${t.shape}`, `capsline|sh+1=${sh(1)}|${lw(1)}`);
    if (style.title) out.push('titleline', `titleline|sh=${t.shape}`);
  }
  if (f.has('lexicon')) {
    if (t.lex) out.push(`lx=${t.lex}`);
    if (at(-1)?.lex) out.push(`lx-1=${at(-1)!.lex}`);
    if (at(1)?.lex) out.push(`lx+1=${at(1)!.lex}`);
    if (t.phrase) out.push(`lxp=${t.phrase}`);
    if (t.cap && isFirstName(t.lower)) out.push('firstname');
    if (at(-1)?.cap && isFirstName(at(-1)!.lower)) out.push('firstname-1');
  }
  if (f.has('grammar')) {
    const g = (k: number): string => {
      const x = at(k);
      if (!x || !x.isWord) return '';
      const w = x.lower.replace(/\.$/, '');
      if (LEGAL_FORMS.has(x.lower) || LEGAL_FORMS.has(w)) return 'legal';
      if (ROLE_HEADS.has(w)) return 'role';
      if (ROLE_WORDS.has(w)) return 'roleword';
      if (ORG_HEADS.has(w)) return 'orghead';
      if (PLACE_HEADS.has(w)) return 'placehead';
      if (DEMONYMS.has(w)) return 'demonym';
      if (x.upper && COMMON_ACRONYMS.has(w.toUpperCase())) return 'commonacronym';
      return '';
    };
    for (const k of [-2, -1, 0, 1, 2]) { const v = g(k); if (v) out.push(`g${k}=${v}`); }
  }
  if (f.has('tagger')) {
    for (const tag of t.tags) out.push(`ct=${tag}`);
    for (const k of [-1, 1]) for (const tag of at(k)?.tags ?? []) if (NAME_TAGS.includes(tag)) out.push(`ct${k}=${tag}`);
  }
  if (f.has('gazetteer')) {
    if (t.gaz) out.push(`gz=${t.gaz}`);
    if (at(-1)?.gaz) out.push(`gz-1=${at(-1)!.gaz}`);
    if (at(1)?.gaz) out.push(`gz+1=${at(1)!.gaz}`);
  }
  if (f.has('rules')) {
    if (t.rule) out.push(`r=${t.rule}`, `r|sh=${t.rule}|${t.shape}`);
    else out.push('r=O');
    if (at(-1)?.rule) out.push(`r-1=${at(-1)!.rule}`);
    if (at(1)?.rule) out.push(`r+1=${at(1)!.rule}`);
  }
  if (f.has('run') && t.cap) {
    // A name's run goes on over a lower-case "of", "the", "and" or "&" between capitals ("Bank of Japan").
    const joins = (k: number): boolean => k > 0 && k + 1 < infos.length && infos[k - 1].cap && infos[k + 1].cap && RUN_JOINERS.has(infos[k].lower) && !infos[k].cap;
    let from = i;
    while (from > 0 && (infos[from - 1].cap || joins(from - 1))) from--;
    let to = i;
    while (to + 1 < infos.length && (infos[to + 1].cap || joins(to + 1))) to++;
    const length = Math.min(to - from + 1, 5);
    out.push(`run=${length}|${i === from ? 'first' : i === to ? 'last' : 'mid'}`, `runfirst=${infos[from].lower}`, `runlast=${infos[to].lower}`);
    out.push(`run-1=${lw(from - i - 1)}`, `run+1=${lw(to - i + 1)}`);
  }
  if (f.has('cluster') && t.isWord) {
    // Prefixes of the path: short ones group broad classes (place names, surnames), long ones near-synonyms.
    const depth = loadWordClusters().depth;
    if (t.cluster < 0) out.push('c=none', `c=none|sh=${t.shape}`);
    else for (const bits of [4, 6, 8, 10, 12]) if (bits <= depth) out.push(`c${bits}=${t.cluster >> (depth - bits)}`);
    if (t.cluster >= 0 && t.cap) out.push(`c8|cap=${t.cluster >> (depth - 8)}`);
    for (const k of [-1, 1]) {
      const x = at(k);
      if (x && x.cluster >= 0) out.push(`c8${k}=${x.cluster >> (depth - 8)}`);
    }
  }
  if (f.has('document') && stats && t.cap) {
    const s = stats.get(t.lower);
    if (s) {
      if (s.lower > 0) out.push('d:lower');
      if (s.capMiddle > 0) out.push('d:capmid');
      if (s.afterRole > 0) out.push('d:role');
      if (s.nearLegal > 0) out.push('d:legal');
      if (s.onlyUpper) out.push('d:onlyupper');
      for (const tag of s.tags) out.push(`d:ct=${tag}`);
      for (const type of s.ruleTypes) out.push(`d:r=${type}`);
    }
  }
}

/** Tokenizes and featurizes every segment of one document (document features need them all). */
export function featurizeDocument(segments: Segment[], families: readonly FeatureFamily[], hashBits: number, options: FeaturizeOptions = {}): FeaturedSegment[] {
  const f = new Set(families);
  const tag = options.tag ?? tagTerms;
  const mask = (1 << hashBits) - 1;
  const prepared = segments.map((seg) => {
    const tokens = tokenizeText(seg.text, seg.start);
    return { tokens, infos: tokenInfos(seg, tokens, f, tag) };
  });
  if (f.has('rules')) markRuleSpans(prepared, options.ruleSpans ?? []);
  const stats = f.has('document') ? documentStats(prepared) : null;
  const strings: string[] = [];
  return prepared.map(({ tokens, infos }) => {
    const style = lineStyle(infos);
    const offsets = new Uint32Array(tokens.length + 1);
    const all: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      strings.length = 0;
      featureStrings(infos, tokens, i, style, stats, f, strings);
      for (const s of strings) all.push(hashString(s) & mask);
      offsets[i + 1] = all.length;
    }
    return { tokens, features: Uint32Array.from(all), offsets };
  });
}

// A fixed text run through the feature code: any change to what the code computes changes its hash.
const PROBE = [
  'MOROWALI, Indonesia — PT Vale Indonesia Tbk said on Monday that President Joko Widodo will visit.',
  'Kassym-Jomart Tokayev met Wang Yi of the Ministry of Foreign Affairs (MFA) in Hanoi, Vietnam.',
  'VIETNAM SIGNS DEAL WITH EMBRAER',
  'The U.S. and the UK met in The Hague.',
  'Tokayev, a former diplomat, spoke at the University of Tokyo\'s campus in Shinjuku.',
].join('\n');

/** A hash of the feature version, the families and the features they give on a fixed probe text. */
export function featureFingerprint(families: readonly FeatureFamily[], hashBits: number): string {
  const segments: Segment[] = [];
  let start = 0;
  for (const line of PROBE.split('\n')) { segments.push({ text: line, start }); start += line.length + 1; }
  const ruleSpans: RuleSpan[] = [{ type: 'place', start: 10, end: 19 }, { type: 'organization', start: 22, end: 46 }];
  let h = hashString(`v${FEATURE_VERSION}|${families.join(',')}|${hashBits}`);
  // The clusters are data the features read: a rebuilt table must mean a retrained model.
  if (families.includes('cluster')) h = hashString(WORD_CLUSTERS.data, hashString(WORD_CLUSTERS.source, h));
  for (const seg of featurizeDocument(segments, families, hashBits, { ruleSpans })) {
    for (const x of seg.features) h = hashString(String(x), h);
    for (const x of seg.offsets) h = hashString(String(x), h);
  }
  return h.toString(16).padStart(8, '0');
}
