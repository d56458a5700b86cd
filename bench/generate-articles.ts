// Deterministic synthetic news: paragraphs of the sample articles in a seeded order under a `date`
// header, cut to a target size at a paragraph or word boundary. Same seed and size → same text, so
// runs on different machines measure the same input.
import { loadSamples } from './samples.ts';
import { createRandom } from '../scripts/create-random.ts';

const HEADER = /^\s*date\s+\d{4}-\d{2}-\d{2}\s*/;

let cachedParagraphs: string[] | undefined;

/** Every non-empty paragraph of the samples, headers removed. */
export function listSampleParagraphs(): string[] {
  cachedParagraphs ??= loadSamples().flatMap((s) => s.text.replace(HEADER, '').split(/\r?\n+/)).map((p) => p.trim()).filter((p) => p.length > 0);
  return cachedParagraphs;
}

/** A publication date that varies with the seed, so relative dates resolve differently per article. */
function publishedDate(random: () => number): string {
  const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * 6 * 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** An article of about `chars` UTF-16 characters (never more), built from sample paragraphs in seeded order. */
export function generateArticle(chars: number, seed: number): string {
  const random = createRandom(seed);
  const paragraphs = listSampleParagraphs();
  const parts = [`date ${publishedDate(random)}`];
  let length = parts[0].length;
  while (length < chars) {
    const next = paragraphs[Math.floor(random() * paragraphs.length)];
    parts.push(next);
    length += next.length + 2;
  }
  const text = parts.join('\n\n');
  if (text.length <= chars) return text;
  const cut = text.lastIndexOf(' ', chars);
  return text.slice(0, cut > 0 ? cut : chars);
}

/** Characters for a mixed upload (seeded): 60% 1–4 K, 35% 4–10 K, 5% 10–30 K; about 5 K on average. */
export function pickArticleSize(random: () => number): number {
  const r = random();
  if (r < 0.6) return 1_000 + Math.floor(random() * 3_000);
  if (r < 0.95) return 4_000 + Math.floor(random() * 6_000);
  return 10_000 + Math.floor(random() * 20_000);
}
