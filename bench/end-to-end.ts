// End to end on the local stack: 1,000 generated news-sized articles uploaded at once, timed until
// every article record exists; write units as DynamoDB Local reports them and as AWS's sizing rules
// give them for the same items (DynamoDB Local under-reports transactional writes).
import { extractArticle, EXTRACTOR_VERSION } from '../functions/extract/index.ts';
import { buildArticleItems } from '../functions/records/build-items.ts';
import { billFirstWrite } from './write-model.ts';
import { createRandom } from '../scripts/create-random.ts';
import { generateArticle } from './generate-articles.ts';
import { runOnFreshStack, type RunResult, type UploadObject } from './local-run.ts';

export interface EndToEndResult {
  run: RunResult;
  meanChars: number;
  meanBytes: number;
  /** DynamoDB Local's ConsumedCapacity per article (writes, reads). */
  reportedWriteUnitsPerArticle: number;
  reportedReadUnitsPerArticle: number;
  /** AWS sizing rules applied to the items the pipeline writes, mean over a sample of the articles. */
  modelledWriteUnitsPerArticle: number;
  /** Item bytes (+100 bytes per item and index entry, as DynamoDB bills storage) per article. */
  storedBytesPerArticle: number;
  dynamoCallsPerArticle: number;
}

/** News-sized generated articles (1–4 K characters), deterministic. */
export function buildNewsObjects(count: number): Array<UploadObject & { text: string }> {
  const random = createRandom(7);
  return Array.from({ length: count }, (_, i) => {
    const text = generateArticle(1_000 + Math.floor(random() * 3_000), 5000 + i);
    return { name: `news-${String(i).padStart(5, '0')}.txt`, text, body: Buffer.from(text), expect: ['extracted'] };
  });
}

function modelArticles(texts: string[]): { writeUnits: number; storedBytes: number } {
  let writeUnits = 0;
  let storedBytes = 0;
  // The vocabulary is charged the first time this sample sees a term (written once per corpus).
  const seen = new Set<string>();
  texts.forEach((text, i) => {
    const version = { bucket: 'bench', key: `incoming/news-${i}.txt`, order: String(i).padStart(48, '0') };
    const record = buildArticleItems(version, {
      text, extraction: extractArticle(text), encoding: 'utf-8', extractorVersion: EXTRACTOR_VERSION, processedAt: new Date().toISOString(),
    });
    const fresh = record.terms.filter((t) => !seen.has(`${t.pk}\n${t.sk}`));
    for (const t of fresh) seen.add(`${t.pk}\n${t.sk}`);
    const bill = billFirstWrite(version, { ...record, terms: fresh });
    writeUnits += bill.total;
    storedBytes += bill.stored;
  });
  return { writeUnits: writeUnits / texts.length, storedBytes: storedBytes / texts.length };
}

export async function runEndToEnd(options: { count?: number; timeoutMs?: number; log?: (line: string) => void } = {}): Promise<EndToEndResult> {
  const objects = buildNewsObjects(options.count ?? 1000);
  const run = await runOnFreshStack(objects, { name: 'e2e', timeoutMs: options.timeoutMs ?? 420_000, concurrency: 4, log: options.log });
  const model = modelArticles(objects.filter((_, i) => i % 20 === 0).map((o) => o.text));
  const n = objects.length;
  return {
    run,
    meanChars: objects.reduce((s, o) => s + o.text.length, 0) / n,
    meanBytes: run.bytes / n,
    reportedWriteUnitsPerArticle: run.capacity.writeUnits / n,
    reportedReadUnitsPerArticle: run.capacity.readUnits / n,
    modelledWriteUnitsPerArticle: model.writeUnits,
    storedBytesPerArticle: model.storedBytes,
    dynamoCallsPerArticle: run.capacity.calls / n,
  };
}
