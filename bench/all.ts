// `npm run bench [-- --quick] [-- --e2e-count N] [-- --cost]`: the record model's cost and partition
// load first (a few seconds; `--cost` stops there), then every figure of issue 6 in one run — extraction
// throughput and growth (extraction-bench.ts), cold start of the bundled function (cold-start.ts),
// end to end on the local stack (end-to-end.ts) and dollars per million articles (cost-model.ts,
// prices.ts). Prints the report and writes docs/benchmarks.md and docs/benchmarks.svg. A part that
// cannot run says "skipped: <reason>" instead of a figure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../local/config.ts';
import { COLORS, renderBarChart, type Panel } from './chart.ts';
import { synthHandlerBundle, type BundleInfo } from './cdk-bundle.ts';
import { measureColdStart, type ColdStartResult } from './cold-start.ts';
import { estimateCostPerMillion, estimateLambdaMs, ASSUMED_DYNAMODB_CALL_MS, ASSUMED_S3_GET_MS, LAMBDA_MB_PER_VCPU, type CostEstimate } from './cost-model.ts';
import { runEndToEnd, type EndToEndResult } from './end-to-end.ts';
import { formatExtractionBench, runExtractionBench, type ExtractionBench } from './extraction-bench.ts';
import { formatMs } from './measure.ts';
import { PRICE_DATE, PRICE_NOTE, PRICE_REGION } from './prices.ts';
import { CONTAINERS, measureRecordCost, type RecordCost } from './record-cost.ts';
import { modelPartitionLoad } from './partition-load.ts';

// The SDK warns about Node 20's end of support on every run; the project targets Node 20 on purpose.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

async function attempt<T>(what: string, run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    const reason = `${(error as Error).name}: ${(error as Error).message.split('\n').slice(0, 6).join(' ').slice(0, 600)}`;
    process.stderr.write(`bench: ${what} skipped: ${reason}\n`);
    return { ok: false, reason };
  }
}

/** The function's configured memory, read from the stack so the cost follows what is deployed. */
function readFunctionMemoryMb(): number {
  const source = fs.readFileSync(path.join(PROJECT_ROOT, 'infra', 'gleaner-stack.ts'), 'utf8');
  const m = /memorySize:\s*(\d+)/.exec(source);
  if (!m) throw new Error('infra/gleaner-stack.ts sets no memorySize');
  return Number(m[1]);
}

function readBatchSize(): number {
  const source = fs.readFileSync(path.join(PROJECT_ROOT, 'infra', 'gleaner-stack.ts'), 'utf8');
  return Number(/batchSize:\s*(\d+)/.exec(source)?.[1] ?? 10);
}

const money = (d: number) => (d >= 100 ? `$${d.toFixed(0)}` : d >= 1 ? `$${d.toFixed(2)}` : `$${d.toFixed(3)}`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

/** Reads per article of the write path: the early check, the partition read, the vocabulary lookups (0.5 each). */
const readUnitsPerArticle = (c: RecordCost) => 1 + 1 + 0.5 * c.termLookupsPerArticle;
/** Calls per article: check, partition read, claim, facts, index batches, vocabulary get (+ put), finalize. */
const callsPerArticle = (c: RecordCost) => 6 + Math.ceil(Object.values(c.byKind).reduce((n, k) => n + k.items, 0) / 25) + (c.newTermsPerArticle > 0 ? 1 : 0);

/**
 * The record model's bill per article at 4 KB and 2.6 KB, the $ per million next to Comprehend, and
 * the partition load. Returns the three lines scripts read.
 */
function recordModelSection(md: string[], count: number): string[] {
  const memoryMb = readFunctionMemoryMb();
  const batchSize = readBatchSize();
  const rows: Array<{ label: string; cost: RecordCost; dollars: CostEstimate }> = [];
  for (const [label, chars] of [['4 KB', 4000], ['2.6 KB', 2600]] as const) {
    const cost = measureRecordCost(chars, count);
    const dollars = estimateCostPerMillion({
      msPerArticle: estimateLambdaMs(cost.extractMs, memoryMb, callsPerArticle(cost)), memoryMb, batchSize,
      writeUnitsPerArticle: cost.writeUnits, readUnitsPerArticle: readUnitsPerArticle(cost), storedBytesPerArticle: cost.storedBytes,
      charsPerArticle: chars, bytesPerArticle: cost.meanBytes,
    });
    rows.push({ label, cost, dollars });
  }
  const [four] = rows;
  md.push('## Record model: write units, bytes and dollars per article', '');
  md.push(`${count} articles per size generated from the sample paragraphs, extracted, and priced item by item with AWS's sizing rules (bench/write-model.ts; functions/records/README.md). The vocabulary (name parts, aliases) is written once per corpus: charged here when this sequence first sees a term; "all terms new" charges every one (a corpus of names never seen before). Object keys like \`gleaner-local/incoming/news-000001.txt\` (38 bytes).`, '');
  md.push('Comprehend DetectEntities for the same articles: "1 M/month" is a million articles in one month (its volume tiers apply), "list" the first tier\'s price (under 10 M units a month: up to 250 K 4 KB articles a month).', '');
  md.push('| per article | write units | all terms new | stored KB | all terms new | Gleaner $ per million | Comprehend $, 1 M/month | ratio | Comprehend $, list | ratio |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    md.push(`| ${r.label} (${r.cost.meanBytes.toFixed(0)} bytes) | ${r.cost.writeUnits.toFixed(1)} | ${r.cost.writeUnitsAllTermsNew.toFixed(1)} | ${(r.cost.storedBytes / 1000).toFixed(1)} | ${(r.cost.storedBytesAllTermsNew / 1000).toFixed(1)} | ${money(r.dollars.gleanerTotal)} | ${money(r.dollars.comprehendTotal)} | ${(r.dollars.comprehendTotal / r.dollars.gleanerTotal).toFixed(0)}× | ${money(r.dollars.comprehendFirstTierTotal)} | ${(r.dollars.comprehendFirstTierTotal / r.dollars.gleanerTotal).toFixed(0)}× |`);
  }
  const ratio = four.dollars.comprehendTotal / four.dollars.gleanerTotal;
  const listRatio = four.dollars.comprehendFirstTierTotal / four.dollars.gleanerTotal;
  md.push('', `Targets (4 KB): ≤ 40 write units (${four.cost.writeUnits <= 40 ? 'met' : 'MISSED'}), ≤ 12 KB stored (${four.cost.storedBytes <= 12_000 ? 'met' : 'MISSED'}), ≤ $30 per million (${four.dollars.gleanerTotal <= 30 ? 'met' : 'MISSED'}), Comprehend ≥ 100×: ${listRatio.toFixed(0)}× at list price (${listRatio >= 100 ? 'met' : 'MISSED'}), ${ratio.toFixed(0)}× at a million articles a month (${ratio >= 100 ? 'met' : 'MISSED'}).`, '');
  md.push('| item kind (4 KB article) | items | write units | stored bytes |', '|---|---:|---:|---:|');
  for (const [kind, k] of Object.entries(four.cost.byKind)) md.push(`| ${kind} | ${k.items.toFixed(2)} | ${k.units.toFixed(2)} | ${k.bytes.toFixed(0)} |`);
  md.push('', `Vocabulary: ${four.cost.termsPerArticle.toFixed(1)} terms per 4 KB article, ${four.cost.newTermsPerArticle.toFixed(2)} new per article over this sequence; ${four.cost.termLookupsPerArticle.toFixed(1)} looked up per article (not yet seen by the container that handles it, ${CONTAINERS} containers).`, '');
  md.push('| Gleaner, 4 KB article | basis | per million |', '|---|---|---:|');
  for (const l of four.dollars.gleaner) md.push(`| ${l.item} | ${l.basis} | ${money(l.dollars)} |`);
  md.push(`| **total** | | **${money(four.dollars.gleanerTotal)}** |`, '');

  const load = modelPartitionLoad(four.cost.samples);
  md.push('### Partition load', '', 'WCU/s of the busiest partition of each item kind (the table has no secondary index) at an ingest rate R, from the busiest key of each kind in the sample, split over its shards (bench/partition-load.ts). DynamoDB serves about 1,000 WCU/s per partition.', '');
  md.push('| kind | busiest key | shards | WCU per article on one shard | at 100/s | at 1,000/s |', '|---|---|---:|---:|---:|---:|');
  for (const r of load.rows) md.push(`| ${r.kind} | \`${r.key}\` | ${r.shards} | ${r.unitsPerArticle.toFixed(3)} | ${(100 * r.unitsPerArticle).toFixed(0)} | ${(1000 * r.unitsPerArticle).toFixed(0)} |`);
  md.push('', `Highest safe ingest: **${load.maxSafeRate.toLocaleString('en-US')} articles/s** (target ≥ 1,000: ${load.maxSafeRate >= 1000 ? 'met' : 'MISSED'}).`, '');
  return [
    `write units per 4 KB article: ${four.cost.writeUnits.toFixed(1)}`,
    `cost per million 4 KB articles: $${four.dollars.gleanerTotal.toFixed(2)}`,
    `ratio to Amazon Comprehend DetectEntities: ${listRatio.toFixed(0)}x at list price, ${ratio.toFixed(0)}x at a million articles a month`,
    `max safe ingest: ${load.maxSafeRate} articles/s`,
  ];
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { quick: { type: 'boolean' }, 'e2e-count': { type: 'string' }, cost: { type: 'boolean' } } });
  const started = Date.now();
  const takenAt = new Date().toISOString();
  const cpu = os.cpus();
  const machine = `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${(os.totalmem() / 1e9).toFixed(0)} GB RAM, ${os.platform()} ${os.release()}, Node ${process.version}, load average at start ${os.loadavg()[0].toFixed(2)}`;
  const md: string[] = [];
  md.push('# Gleaner benchmarks', '');
  md.push(`Taken ${takenAt} on ${machine}, with \`npm run bench${values.quick ? ' -- --quick' : ''}\`.`);
  md.push('Every figure below comes from that one run; rerun the command to get your own machine\'s.', '');

  // ── Record model: cost per article and partition load ─────────────────────────────────────
  const headline = recordModelSection(md, values.quick ? 40 : 100);
  if (values.cost) {
    console.log(md.join('\n'));
    console.log(headline.join('\n'));
    return 0;
  }

  // ── Extraction ─────────────────────────────────────────────────────────────────────────────
  const extraction: ExtractionBench = runExtractionBench({ quick: values.quick });
  md.push('## Extraction speed (one core)', '', 'Gleaner\'s extractor vs the naive pipeline (compromise + compromise-dates as documented, on the whole text; `bench/naive-extract.ts`), alternating per article in the same process. Articles are generated deterministically from the sample paragraphs (`bench/generate-articles.ts`). Also: `npm run bench:extract`.', '');
  md.push('```', formatExtractionBench(extraction), '```', '');

  // ── Cold start ─────────────────────────────────────────────────────────────────────────────
  const bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-bundle-'));
  const bundle = await attempt<BundleInfo>('bundle', async () => synthHandlerBundle(bundleDir));
  const cold = bundle.ok
    ? await attempt<ColdStartResult>('cold start', () => measureColdStart(bundle.value, { runs: values.quick ? 3 : 5 }))
    : ({ ok: false, reason: 'no bundle' } as const);
  md.push('## Cold start of the deployed function', '');
  md.push('The function\'s asset exactly as `cdk synth` builds it (infra/gleaner-stack.ts: esbuild, ESM, minified, the AWS SDK left to the runtime), synthesized into a temp folder. Each run starts a fresh `node` process (with `--enable-source-maps`, as the stack sets) in the bundle\'s folder, with nothing to import beside it but this project\'s AWS SDK standing in for the runtime\'s; it imports the bundle and invokes `handler` with an SQS event for a sample article in s3rver, writing to DynamoDB Local (in memory). The first extraction result is the handler\'s result less its write stage (building and writing the items), as its `article extracted` log line reports; the local engines stand in for S3 and DynamoDB, so the check, read and write stages are this machine\'s Java and s3rver latencies, not AWS\'s.', '');
  if (bundle.ok) md.push(`- bundle size: **${(bundle.value.bytes / 1000).toFixed(0)} KB** minified (${bundle.value.bytes} bytes; target, name model included: ≤ 5 MB${bundle.value.bytes <= 5_000_000 ? ': met' : ': MISSED'}); whole asset folder ${(bundle.value.assetBytes / 1000).toFixed(0)} KB (incl. source map ${(bundle.value.mapBytes / 1000).toFixed(0)} KB)`);
  else md.push(`- bundle size: skipped: ${bundle.reason}`);
  if (cold.ok) {
    const c = cold.value;
    const stages = Object.entries(c.medianStageMs).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ');
    md.push(`- fresh process to first extraction result: **${formatMs(c.medianExtractionWallMs)}** median of ${c.runs} (${c.extractionWallMs.map((m) => m.toFixed(0)).join(', ')} ms; target < 1 s${c.medianExtractionWallMs < 1000 ? ': met' : ': MISSED'}); importing the bundle: ${formatMs(c.medianImportMs)}`);
    md.push(`- fresh process to the handler's result, records written: ${formatMs(c.medianWallMs)} median (${c.wallMs.map((m) => m.toFixed(0)).join(', ')} ms); handler stages (median): ${stages}`);
    md.push(`- memory: peak RSS **${c.medianMaxRssMb.toFixed(0)} MB** (median), for a ${(c.articleBytes / 1000).toFixed(1)} KB article`);
  } else {
    md.push(`- fresh process to first result: skipped: ${cold.reason}`);
  }
  md.push('');

  // ── End to end ─────────────────────────────────────────────────────────────────────────────
  const count = Number(values['e2e-count'] ?? (values.quick ? 200 : 1000));
  const e2e = await attempt<EndToEndResult>('end to end', () => runEndToEnd({ count, timeoutMs: 420_000 }));
  md.push('## End to end on the local stack', '');
  md.push(`A fresh local stack (\`startLocalStack\`: s3rver, DynamoDB Local in memory, the local queue with the real handler, 4 batches of 10 at a time) in a temp GLEANER_HOME on free loopback ports; ${count} generated 1–4 K-character articles uploaded 16 at a time; timed from the first upload until every object has its article record and the queue is empty. Extraction, DynamoDB Local (Java) and s3rver share this machine\'s cores, so this is a floor for what AWS does with parallel functions.`, '');
  if (e2e.ok) {
    const e = e2e.value;
    md.push(`- **${e.run.articlesPerSecond.toFixed(1)} articles/s** (${e.run.objects} articles, ${(e.run.bytes / 1e6).toFixed(2)} MB, ${(e.run.totalMs / 1000).toFixed(1)} s; upload alone ${(e.run.uploadMs / 1000).toFixed(1)} s)`);
    md.push(`- records: ${e.run.byStatus.extracted} extracted, ${e.run.byStatus.failed} failed, ${e.run.byStatus.rejected} rejected; ${e.run.mismatches.length ? `MISMATCHES: ${e.run.mismatches.slice(0, 5).join('; ')}` : 'every object has exactly one article record'}`);
    md.push(`- write units per article: **${e.modelledWriteUnitsPerArticle.toFixed(1)}** by AWS's sizing rules on the items written (bench/write-model.ts, 1 in 20 articles, vocabulary charged on first sight in that sample); DynamoDB Local reported ${e.reportedWriteUnitsPerArticle.toFixed(1)}; ${e.reportedReadUnitsPerArticle.toFixed(1)} read units and ${e.dynamoCallsPerArticle.toFixed(1)} DynamoDB calls per article`);
  } else {
    md.push(`- skipped: ${e2e.reason}`);
  }
  md.push('');

  // ── Cost ───────────────────────────────────────────────────────────────────────────────────
  md.push(`## Cost per million articles on AWS (${PRICE_REGION}, prices of ${PRICE_DATE})`, '', `Prices: ${PRICE_NOTE}.`, '');
  let cost: CostEstimate | undefined;
  if (e2e.ok) {
    const e = e2e.value;
    const memoryMb = readFunctionMemoryMb();
    const batchSize = readBatchSize();
    // The samples are the measured articles closest in size to the end-to-end ones.
    const sampleRow = extraction.rows[0];
    const extractMsPerKb = sampleRow.gleaner.totalMs / (sampleRow.gleaner.bytes / 1000);
    const extractMs = extractMsPerKb * (e.meanBytes / 1000);
    const writeUnits = Math.max(e.modelledWriteUnitsPerArticle, e.reportedWriteUnitsPerArticle);
    const lambdaMs = estimateLambdaMs(extractMs, memoryMb, e.dynamoCallsPerArticle);
    cost = estimateCostPerMillion({
      msPerArticle: lambdaMs, memoryMb, batchSize, writeUnitsPerArticle: writeUnits, readUnitsPerArticle: e.reportedReadUnitsPerArticle,
      storedBytesPerArticle: e.storedBytesPerArticle, charsPerArticle: e.meanChars, bytesPerArticle: e.meanBytes,
    });
    md.push('Assumptions:');
    md.push(`- articles like the end-to-end ones: ${e.meanChars.toFixed(0)} characters (${(e.meanBytes / 1000).toFixed(1)} KB) on average; each is processed once (no retries) and stored for one month`);
    md.push(`- Lambda duration per article ${lambdaMs.toFixed(0)} ms = measured extraction ${extractMs.toFixed(0)} ms on one core of this machine ÷ the CPU share of ${memoryMb} MB (${memoryMb} / ${LAMBDA_MB_PER_VCPU} MB per vCPU) + ${e.dynamoCallsPerArticle.toFixed(1)} measured DynamoDB calls × ${ASSUMED_DYNAMODB_CALL_MS} ms (assumed in-region latency, sequential) + ${ASSUMED_S3_GET_MS} ms S3 GET (assumed); billed at the configured ${memoryMb} MB (infra/gleaner-stack.ts), batches of ${batchSize}`);
    md.push(`- DynamoDB: ${writeUnits.toFixed(1)} write units per article (the larger of modelled and reported), on-demand; storage counts every item and index copy + 100 bytes overhead each`);
    md.push('- no free tier, no CloudWatch Logs/metrics, no data transfer (all in one region); the upload PUT into S3 is left out of both columns (users pay it either way)');
    md.push('- Comprehend: one DetectEntities call per article (per 100 KB), billed per 100 characters with a 3-unit minimum, monthly tiers; it finds people, places, organizations, dates and quantities but does not resolve dates to ISO values, parse amounts or merge aliases, and storing its results would cost the DynamoDB lines again', '');
    md.push('| Gleaner | basis | per million |', '|---|---|---:|');
    for (const l of cost.gleaner) md.push(`| ${l.item} | ${l.basis} | ${money(l.dollars)} |`);
    md.push(`| **total** | | **${money(cost.gleanerTotal)}** |`, '');
    md.push('| Amazon Comprehend | basis | per million |', '|---|---|---:|');
    for (const l of cost.comprehend) md.push(`| ${l.item} | ${l.basis} | ${money(l.dollars)} |`);
    md.push(`| **total** | | **${money(cost.comprehendTotal)}** |`, '');
    md.push(`Gleaner costs **${money(cost.gleanerTotal)}** per million articles, Comprehend DetectEntities **${money(cost.comprehendTotal)}** (${(cost.comprehendTotal / cost.gleanerTotal).toFixed(1)}× Gleaner).`, '');
  } else {
    md.push(`skipped: needs the end-to-end write units (${e2e.reason})`, '');
  }

  // ── Chart ──────────────────────────────────────────────────────────────────────────────────
  const panels: Panel[] = [{
    title: 'Extraction throughput, KB/s on one core (higher is better)',
    bars: extraction.rows.flatMap((r) => [
      { label: `Gleaner · ${r.input.replace(/ \(.*\)$/, '')}`, value: r.gleaner.kbPerSecond, text: `${r.gleaner.kbPerSecond.toFixed(1)} KB/s`, color: COLORS.gleaner },
      { label: `naive · ${r.input.replace(/ \(.*\)$/, '')}`, value: r.naive.kbPerSecond, text: `${r.naive.kbPerSecond.toFixed(1)} KB/s`, color: COLORS.naive },
    ]),
  }, {
    title: 'Growth: Gleaner ms per KB by article size (flat = linear)',
    bars: extraction.growth.map((g) => ({ label: `${(g.bytes / 1000).toFixed(0)} KB article`, value: g.gleanerMs / (g.bytes / 1000), text: `${(g.gleanerMs / (g.bytes / 1000)).toFixed(1)} ms/KB (${formatMs(g.gleanerMs)})`, color: COLORS.gleaner })),
  }];
  if (cost) {
    panels.push({
      title: 'USD per million articles (lower is better)',
      bars: [
        { label: 'Gleaner on AWS', value: cost.gleanerTotal, text: money(cost.gleanerTotal), color: COLORS.gleaner },
        { label: 'Amazon Comprehend', value: cost.comprehendTotal, text: money(cost.comprehendTotal), color: COLORS.comprehend },
      ],
    });
  }
  const svg = renderBarChart(`Gleaner benchmarks · ratio vs naive ${extraction.ratio.toFixed(2)}`, panels, `${takenAt.slice(0, 10)} · ${cpu[0]?.model ?? ''} · Node ${process.version} · prices ${PRICE_REGION} ${PRICE_DATE}`);
  md.splice(4, 0, '![Gleaner benchmarks](benchmarks.svg)', '');
  md.push(`_Generated by \`npm run bench\` in ${((Date.now() - started) / 1000).toFixed(0)} s._`, '');

  fs.mkdirSync(path.join(PROJECT_ROOT, 'docs'), { recursive: true });
  fs.writeFileSync(path.join(PROJECT_ROOT, 'docs', 'benchmarks.md'), md.join('\n'));
  fs.writeFileSync(path.join(PROJECT_ROOT, 'docs', 'benchmarks.svg'), svg);
  fs.rmSync(bundleDir, { recursive: true, force: true });
  console.log(md.join('\n'));
  console.log(headline.join('\n'));
  console.log('wrote docs/benchmarks.md and docs/benchmarks.svg');
  return e2e.ok && e2e.value.run.mismatches.length ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (error: Error) => {
  console.error(`bench: ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
