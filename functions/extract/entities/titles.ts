// Closed-class grammar words for names: titles and roles that introduce a person, words that name an
// organization's or a place's kind (head nouns), and the small words allowed inside long names. These
// are English grammar, not data about particular entities, so they are written here.

/** Role words that may stand before a person's name ("President X", "Party chief X", "PM X"). */
export const ROLE_WORDS = new Set([
  'president', 'vice', 'deputy', 'prime', 'minister', 'pm', 'premier', 'chairman', 'chairwoman', 'chairperson',
  'chair', 'secretary', 'general', 'speaker', 'ambassador', 'envoy', 'consul', 'governor', 'mayor', 'king',
  'queen', 'prince', 'princess', 'emperor', 'sultan', 'emir', 'sheikh', 'chancellor', 'senator', 'congressman',
  'congresswoman', 'lawmaker', 'deputy', 'director', 'director-general', 'head', 'chief', 'leader', 'commander',
  'counterpart', 'spokesman', 'spokeswoman', 'spokesperson', 'judge', 'justice', 'pope', 'cardinal',
  'bishop', 'archbishop', 'ceo', 'cfo', 'founder', 'chairmen', 'mr', 'mrs', 'ms', 'dr', 'prof', 'professor',
  'sir', 'lord', 'lady', 'dame', 'madam', 'gen', 'col', 'lt', 'capt', 'sgt', 'rep', 'sen', 'gov', 'ambassador-designate',
  'state', 'party', 'former', 'acting', 'incumbent', 'permanent', 'first', 'lady', 'officer', 'official',
  'representative', 'delegate', 'attaché', 'coach', 'captain', 'colonel', 'major', 'lieutenant', 'sergeant',
  'admiral', 'marshal', 'executive', 'managing', 'senior', 'junior', 'assistant', 'under-secretary',
  'undersecretary', 'secretary-general', 'rapporteur', 'commissioner', 'attorney', 'auditor', 'treasurer',
]);

/**
 * Role words that really introduce a name; the rest of ROLE_WORDS (state, party, former, first ...)
 * only qualify a role ("State President", "Party chief") and never introduce a name alone.
 */
export const ROLE_HEADS = new Set([
  'president', 'minister', 'pm', 'premier', 'chairman', 'chairwoman', 'chairperson', 'chair', 'secretary',
  'speaker', 'ambassador', 'envoy', 'consul', 'governor', 'mayor', 'king', 'queen', 'prince', 'princess',
  'emperor', 'sultan', 'emir', 'sheikh', 'chancellor', 'senator', 'congressman', 'congresswoman', 'lawmaker',
  'director', 'director-general', 'head', 'chief', 'leader', 'commander', 'counterpart', 'spokesman',
  'spokeswoman', 'spokesperson', 'judge', 'pope', 'cardinal', 'bishop', 'archbishop', 'ceo', 'cfo', 'founder',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'sir', 'lord', 'dame', 'madam', 'gen', 'col', 'lt', 'capt', 'sgt',
  'rep', 'sen', 'gov', 'representative', 'delegate', 'coach', 'captain', 'colonel', 'lieutenant', 'sergeant',
  'admiral', 'marshal', 'secretary-general', 'rapporteur', 'commissioner', 'treasurer', 'deputy',
]);

/** Small words that may continue a title phrase: "Minister of Foreign Affairs of the Republic of X". */
export const TITLE_CONNECTORS = new Set(['of', 'the', 'and', 'for', 'to', 'at', 'on']);

/** Words that name an organization's kind; the name is built around them. */
export const ORG_HEADS = new Set([
  'ministry', 'agency', 'council', 'union', 'group', 'air', 'airlines', 'airways', 'bank', 'assembly',
  'committee', 'commission', 'party', 'office', 'organization', 'organisation', 'association', 'corporation',
  'corp', 'company', 'co', 'inc', 'ltd', 'llc', 'plc', 'jsc', 'fund', 'institute', 'university', 'college',
  'academy', 'court', 'parliament', 'senate', 'congress', 'embassy', 'consulate', 'federation', 'conference',
  'board', 'authority', 'bureau', 'department', 'army', 'navy', 'police', 'service', 'services', 'nations',
  'forum', 'foundation', 'society', 'alliance', 'coalition', 'league', 'network', 'holdings', 'industries',
  'enterprises', 'news', 'times', 'post', 'press', 'television', 'radio', 'secretariat', 'cabinet',
  'government', 'directorate', 'administration', 'guard', 'forces', 'force', 'exchange', 'programme', 'program',
  'mission', 'delegation', 'tribunal', 'parliament', 'duma', 'majlis', 'mazhilis', 'politburo', 'presidium',
  'club', 'school', 'hospital', 'centre', 'center', 'institution', 'commissariat',
  'media', 'broadcasting', 'consortium', 'cooperative', 'unit', 'troops',
]);

/**
 * Last words of a company's name after which its one first word is the company on its own ("Reliance"
 * of "Reliance Industries", "Globe" of "Globe Telecom", "Tata" of "Tata Group"), as a legal form is.
 */
export const COMPANY_TRADE_WORDS = new Set(['group', 'holdings', 'industries', 'enterprises', 'corporation', 'company',
  'airlines', 'airways', 'telecom', 'telecommunications', 'electronics', 'motor', 'motors']);

/**
 * Last words of a company's name ("Fitch Ratings", "Topline Securities", "Sony Pictures
 * Entertainment"): in the corpora's train and dev, 200 of 202 names of two or more words that end in
 * one of these are organizations.
 */
export const COMPANY_NAME_ENDINGS = new Set([...COMPANY_TRADE_WORDS, 'securities', 'ratings', 'investments', 'partners',
  'capital', 'ventures', 'brands', 'pharmaceuticals', 'logistics', 'energy', 'entertainment', 'records', 'studios',
  'communications', 'technologies', 'systems', 'solutions', 'insurance', 'resources', 'petroleum', 'mining', 'foods',
  'chemicals']);

/**
 * Heads that also serve as plain nouns inside other names, so they make an organization only with a
 * capitalised modifier in front ("Vietnam News Agency" yes, "Energy" alone no).
 */
export const WEAK_ORG_HEADS = new Set(['party', 'parliament', 'embassy', 'news', 'times', 'post', 'press', 'media', 'air',
  'exchange', 'service', 'services', 'unit', 'force', 'forces', 'guard', 'mission', 'delegation', 'government',
  'administration', 'program', 'programme', 'center', 'centre', 'school', 'club', 'hospital', 'network']);

/**
 * Legislatures: a demonym before one names that nation's or union's body ("European Parliament",
 * "Kazakh Parliament", "Scottish Parliament"), unlike a party or a government ("the Vietnamese Party
 * and State" is no name).
 */
export const LEGISLATURE_HEADS = new Set(['parliament', 'assembly', 'senate', 'congress', 'duma', 'majlis', 'mazhilis']);

/**
 * Heads that name a building as often as the body in it: without a complement, "Lincoln Center" and
 * "Bell Centre" are venues (places) as often as institutions in the corpora's train and dev splits (47
 * names each), so they make an organization by rule only with a complement ("National Center for
 * Atmospheric Research"); without one the recognizer decides.
 */
export const FACILITY_ORG_HEADS = new Set(['center', 'centre']);

/**
 * Kinds of events and honours a name can begin ("Royal Society Award", "United States Senate election",
 * "Academy of Country Music Awards"): the whole is an award or an event, not an organization, and flat
 * names keep only the outermost span.
 */
export const EVENT_WORDS = new Set([
  'award', 'awards', 'prize', 'prizes', 'medal', 'medals', 'election', 'elections', 'championship',
  'championships', 'cup', 'trophy', 'festival', 'games', 'fellowship', 'scholarship', 'tournament', 'lecture',
]);

/**
 * Kinds of documents, agreements, plans and grades that news capitalises ("Free Trade Agreement",
 * "Comprehensive Strategic Partnership", "Action Plan", "First Class"): a name of common words ending
 * in one is such a thing, not an organization, whatever the statistics say.
 */
export const DOCUMENT_WORDS = new Set([
  'agreement', 'agreements', 'treaty', 'accord', 'accords', 'pact', 'deal', 'memorandum', 'protocol', 'charter',
  'convention', 'declaration', 'statement', 'communique', 'resolution', 'act', 'law', 'policy', 'plan',
  'strategy', 'initiative', 'framework', 'roadmap', 'programme', 'program', 'project', 'vision',
  'partnership', 'understanding', 'cooperation', 'relations', 'class', 'order', 'zone', 'corridor',
]);

/** Words that name a place's kind ("Hai Duong Province", "Abay region", "South China Sea"). */
export const PLACE_HEADS = new Set([
  'province', 'district', 'region', 'city', 'county', 'prefecture', 'oblast', 'krai', 'canton', 'municipality',
  'commune', 'ward', 'township', 'village', 'territory', 'sea', 'ocean', 'gulf', 'bay', 'river', 'lake',
  'island', 'islands', 'peninsula', 'strait', 'straits', 'mountain', 'mountains', 'valley', 'desert', 'street',
  'avenue', 'road', 'square', 'boulevard', 'highway', 'bridge', 'palace', 'mausoleum', 'park', 'port', 'harbour',
  'harbor', 'cape', 'delta', 'plateau', 'archipelago', 'basin', 'pass', 'reef', 'lagoon', 'airport', 'monument', 'temple', 'pagoda', 'stadium',
]);

/**
 * Kinds of land and water that end a place's name and never a person's: in the corpora's train and dev
 * splits no person ends in one (while `Bay`, `Cape`, `Hill`, `Park` and `Street` end a few: Michael Bay).
 */
export const NATURAL_FEATURE_HEADS = new Set([
  'sea', 'ocean', 'gulf', 'river', 'lake', 'island', 'islands', 'peninsula', 'straits', 'mountains', 'valley', 'desert',
  'delta', 'plateau', 'archipelago', 'basin', 'reef', 'lagoon', 'shoal', 'shoals', 'atoll', 'glacier', 'falls', 'canal',
]);

/** Place heads that a lower-case word may fill ("Cam Ranh city", "Abay region"); others need a capital. */
export const LOWERCASE_PLACE_HEADS = new Set(['state', 'province', 'district', 'region', 'city', 'county', 'oblast', 'prefecture', 'commune', 'ward']);

/** Compass words that make a region of a place: "East Kazakhstan", "Central Asia", "Southeast Asia". */
export const COMPASS_WORDS = new Set([
  'north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'northeast',
  'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'upper',
  'lower', 'greater', 'inner', 'outer', 'far', 'middle',
]);

/** Small words allowed inside an organization name after its head: "Ministry of X", "Committee for X". */
export const ORG_CONNECTORS = new Set(['of', 'for', 'on']);

/**
 * Acronyms of common nouns and measures, which news writes like an organization's ("the GDP", "the
 * PM"), so that the "the + acronym" rule does not take them for organizations.
 */
export const COMMON_ACRONYMS = new Set(['GDP', 'GNP', 'GNI', 'CPI', 'FDI', 'ODA', 'VAT', 'CEO', 'CFO', 'PM', 'MP', 'MPS',
  'AI', 'IT', 'ICT', 'COVID', 'HIV', 'AIDS', 'SARS', 'LNG', 'LPG', 'GMT', 'UTC', 'TV', 'PR', 'HR', 'ID', 'PC', 'SUV',
  'IPO', 'ETF', 'FTA', 'MOU', 'MOUS', 'NGO', 'NGOS', 'SME', 'SMES', 'EV', 'EVS', 'OK', 'AM', 'USD', 'EUR', 'M&A', 'R&D', 'Q&A']);

/**
 * Legal forms that stand before or after a company's name ("PT Pertamina", "Vale SA", "Maybank Bhd",
 * "Kazatomprom JSC", "Ernst & Young LLP"): closed-class grammar of company law, one word each.
 */
export const LEGAL_FORMS = new Set(['pt', 'tbk', 'sa', 's.a.', 'bhd', 'berhad', 'sdn', 'co', 'ltd', 'limited', 'inc',
  'incorporated', 'corp', 'llc', 'llp', 'lp', 'plc', 'jsc', 'ojsc', 'pjsc', 'gmbh', 'ag', 'nv', 'n.v.', 'bv', 'spa',
  's.p.a.', 'srl', 'pty', 'kk', 'ab', 'asa', 'oyj', 'sarl', 'sas', 'ooo', 'pte', 'tbk', 'cv', 'se', 'kgaa', 'oao', 'zao']);
