// The load test's objects: mostly generated news of mixed sizes, and a deterministic share of bad
// ones (empty, random bytes, a PDF: failed/rejected records) plus invalid UTF-8, which the decoder may
// read as Windows-1252 text (decode-text.ts), so for it only "exactly one record" is asserted.
import { createRandom } from '../scripts/create-random.ts';
import { generateArticle, pickArticleSize } from './generate-articles.ts';
import type { UploadObject } from './local-run.ts';

type BadKind = 'empty' | 'random-bytes' | 'pdf' | 'invalid-utf8';
const BAD_KINDS: BadKind[] = ['empty', 'random-bytes', 'pdf', 'invalid-utf8'];

function buildBadBody(kind: BadKind, random: () => number): Uint8Array {
  switch (kind) {
    case 'empty':
      return new Uint8Array(0);
    case 'random-bytes':
      return Uint8Array.from({ length: 2048 }, () => Math.floor(random() * 256));
    case 'pdf':
      return Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Uint8Array.from({ length: 1024 }, () => Math.floor(random() * 256)))]);
    case 'invalid-utf8': {
      // Lone continuation bytes and bytes Windows-1252 leaves undefined (0x81, 0x8D): neither UTF-8 nor text.
      const broken = [0x81, 0xc3, 0x28, 0x8d, 0xa0, 0xa1, 0x90];
      return Uint8Array.from({ length: 1024 }, (_, i) => (i % 3 === 0 ? broken[i % broken.length] : 0x61 + (i % 26)));
    }
  }
}

/** `count` objects, every `badEvery`-th one bad; same arguments → same bytes. */
export function buildLoadObjects(count: number, options: { badEvery?: number; seed?: number; maxChars?: number } = {}): UploadObject[] {
  const random = createRandom(options.seed ?? 42);
  const badEvery = options.badEvery ?? 20;
  return Array.from({ length: count }, (_, i) => {
    const name = `article-${String(i).padStart(5, '0')}`;
    if (badEvery > 0 && i % badEvery === badEvery - 1) {
      const kind = BAD_KINDS[Math.floor(i / badEvery) % BAD_KINDS.length];
      const expect: UploadObject['expect'] = kind === 'invalid-utf8' ? ['extracted', 'failed', 'rejected'] : ['failed', 'rejected'];
      return { name: `${name}-${kind}.txt`, body: buildBadBody(kind, random), expect };
    }
    const chars = Math.min(options.maxChars ?? Infinity, pickArticleSize(random));
    return { name: `${name}.txt`, body: Buffer.from(generateArticle(chars, 1000 + i)), expect: ['extracted'] };
  });
}
