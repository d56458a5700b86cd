// Things that must never come out as an entity on their own: titles and roles, demonyms, months and
// weekdays, and the common nouns news capitalises ("Strategic Partnership", "Free Trade Agreement").
// Each is tried in several sentence positions, capitalised as news writes it.
import { describe, expect, it } from 'vitest';
import nlp from 'compromise';
import countriesModule from 'world-countries';
import type { Country } from 'world-countries';
import { foldText } from '../../functions/extract/keys.ts';
import { entitiesOf, formsOf } from './fixtures/entities/find.ts';

const countries = ((countriesModule as any).default ?? countriesModule) as Country[];
const lexicon = (nlp as any).model().one.lexicon as Record<string, string | string[]>;

const TITLES = [
  'President', 'State President', 'Vice President', 'Vice State President', 'Prime Minister', 'Deputy Prime Minister',
  'PM', 'Minister', 'Foreign Minister', 'Deputy Minister', 'General Secretary', 'Party General Secretary',
  'Party chief', 'Secretary-General', 'Chairman', 'Chairwoman', 'Vice Chairman', 'Speaker', 'Lower House Speaker',
  'Ambassador', 'Consul General', 'Governor', 'Mayor', 'King', 'Queen', 'Prince', 'Chancellor', 'Senator',
  'Director', 'Director-General', 'Head', 'Chief', 'Leader', 'Commander', 'Spokesman', 'Spokeswoman', 'Judge',
  'Pope', 'CEO', 'Founder', 'Mr', 'Mrs', 'Dr', 'Professor', 'General', 'Colonel', 'Admiral', 'Premier',
  'Chief Executive', 'Managing Director', 'Acting President', 'Former President', 'First Lady', 'Crown Prince',
];
const CALENDAR = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const COMMON_NOUNS = [
  'Strategic Partnership', 'Comprehensive Strategic Partnership', 'Free Trade Agreement', 'Party', 'State',
  'Government', 'Ministry', 'Embassy', 'Parliament', 'Committee', 'Council', 'Agency', 'Union', 'Group', 'Office',
  'Province', 'District', 'City', 'Region', 'Street', 'Sea', 'Energy', 'Tourism', 'Education', 'Trade', 'Investment',
  'Defence', 'Security', 'Culture', 'Sports', 'Science', 'Technology', 'Agriculture', 'Finance', 'Justice',
  'Memorandum of Understanding', 'Joint Statement', 'Action Plan', 'Order', 'First Class', 'Friendship', 'GDP',
  'Internet', 'Covid', 'Statistics', 'Meanwhile', 'However', 'Currently', 'Recently', 'Regarding', 'Since then',
  'Before', 'After', 'During', 'Following', 'According', 'Speaking', 'Thanking', 'Acknowledging', 'Discussing',
  'Looking ahead', 'Bilateral', 'Local', 'National', 'International', 'Central', 'Northern', 'Southern', 'East',
  'West', 'North', 'South', 'Upper', 'Lower', 'Greater', 'Capital', 'Airport', 'Palace', 'Monument', 'Mission',
];

// Demonyms come from data, not typed by hand: compromise's lexicon and world-countries.
const DEMONYMS = [...new Set([
  ...Object.entries(lexicon).filter(([, tag]) => /Demonym/.test(String(tag)) && !/Plural/.test(String(tag))).map(([w]) => w),
  ...countries.flatMap((c) => Object.values(c.demonyms?.eng ?? {}).flatMap((d) => [d.f, d.m])),
].filter((w): w is string => typeof w === "string" && w.length > 0).map((w) => w.replace(/(^|[\s-])\p{Ll}/gu, (m) => m.toUpperCase())))].filter((w) => /^[\p{L} -]+$/u.test(w));

const CONTEXTS = [
  (w: string) => `${w} said on Monday that talks went well.`,
  (w: string) => `Officials met the ${w} delegation in the afternoon.`,
  (w: string) => `The ${w} officials and the ${w} side agreed.`,
  (w: string) => `According to the ${w}, the plan was approved.`,
];

function entityForms(text: string): { people: string[]; all: string[] } {
  const e = entitiesOf(text);
  const people = formsOf(e.people);
  return { people, all: [...people, ...formsOf(e.places), ...formsOf(e.organizations)] };
}

describe('false positives', () => {
  it('covers hundreds of words, each in several sentence positions', () => {
    expect(TITLES.length + CALENDAR.length + COMMON_NOUNS.length + DEMONYMS.length).toBeGreaterThan(250);
  });

  it.each(TITLES.flatMap((w) => CONTEXTS.map((c) => [w, c(w)])))('title %s is no entity: %s', (word, text) => {
    expect(entityForms(text).all).not.toContain(foldText(word));
  });

  it.each(DEMONYMS.map((w) => [w]))('demonym %s is no entity', (word) => {
    for (const c of CONTEXTS) expect(entityForms(c(word)).all).not.toContain(foldText(word));
  });

  it.each(CALENDAR.map((w) => [w]))('calendar word %s is no entity', (word) => {
    for (const c of CONTEXTS) expect(entityForms(c(word)).all).not.toContain(foldText(word));
  });

  it.each(COMMON_NOUNS.map((w) => [w]))('common noun %s is no entity', (word) => {
    for (const c of CONTEXTS) expect(entityForms(c(word)).all).not.toContain(foldText(word));
  });

  it.each([
    'Kazakhstan launched a visa waiver program for visitors.',
    'Visa exemption applies for stays up to 30 days.',
    'more open visa regulations and Visa-free entry',
  ])('the common noun visa is no organization: %s', (text) => {
    expect(formsOf(entitiesOf(text).organizations)).toEqual([]);
  });

  it.each([
    'Deutsche Mark traders said the decision was no surprise.',
    'The Swiss Franc rose against the euro.',
  ])('a currency named like a name is money, no entity: %s', (text) => {
    expect(entityForms(text).all).toEqual([]);
  });

  it.each([
    'Kazakh President Kassym-Jomart Tokayev arrived.',
    'Party General Secretary Tô Lâm spoke.',
    'Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Kazakhstan Mukhtar Tileuberdi came.',
  ])('no person name holds a title: %s', (text) => {
    for (const name of entityForms(text).people) {
      expect(name).not.toMatch(/\b(president|secretary|minister|general|party|kazakh|republic)\b/);
    }
  });
});
