// Dollars per million articles on AWS, from measured figures, next to Amazon Comprehend DetectEntities
// for the same articles. Every assumption is a named field so the report can print it.
import * as P from './prices.ts';

export interface CostInputs {
  /** Mean billed Lambda duration per article (ms): measured extraction + measured record writing. */
  msPerArticle: number;
  /** The function's configured memory (MB): Lambda bills GB-s of configured memory, not used memory. */
  memoryMb: number;
  /** Articles per invocation (the SQS event source's batch size). */
  batchSize: number;
  writeUnitsPerArticle: number;
  readUnitsPerArticle: number;
  /** Bytes stored in the table per article (items incl. indexes), for one month. */
  storedBytesPerArticle: number;
  /** Mean characters per article (Comprehend bills characters). */
  charsPerArticle: number;
  /** Mean UTF-8 bytes per article (Comprehend's 100 KB request limit). */
  bytesPerArticle: number;
}

export interface CostLine {
  item: string;
  basis: string;
  dollars: number;
}

export interface CostEstimate {
  gleaner: CostLine[];
  gleanerTotal: number;
  comprehend: CostLine[];
  /** A million articles in one month: the volume tiers apply. */
  comprehendTotal: number;
  /** The same articles at the first tier's list price (under 10 M units a month, e.g. 250 K 4 KB articles a month). */
  comprehendFirstTierTotal: number;
}

const MILLION = 1_000_000;

/** Tiered Comprehend price of `units` in one month. */
function priceComprehendUnits(units: number): number {
  let dollars = 0;
  let below = 0;
  for (const tier of P.COMPREHEND_TIERS) {
    const inTier = Math.max(0, Math.min(units, tier.upToUnits) - below);
    dollars += inTier * tier.perUnit;
    below = tier.upToUnits;
    if (units <= below) break;
  }
  return dollars;
}

export function estimateCostPerMillion(c: CostInputs): CostEstimate {
  const gbSeconds = MILLION * (c.msPerArticle / 1000) * (c.memoryMb / 1024);
  const invocations = MILLION / c.batchSize;
  // Per article: S3 → SQS SendMessage (1); per batch: one ReceiveMessage and one DeleteMessageBatch.
  const sqsRequests = MILLION * (1 + 2 / c.batchSize);
  const gleaner: CostLine[] = [
    { item: 'Lambda compute (arm64)', basis: `${(c.msPerArticle).toFixed(0)} ms × ${c.memoryMb} MB per article = ${gbSeconds.toFixed(0)} GB-s`, dollars: gbSeconds * P.LAMBDA_ARM_PER_GB_SECOND },
    { item: 'Lambda requests', basis: `${invocations.toFixed(0)} invocations (batches of ${c.batchSize})`, dollars: (invocations / MILLION) * P.LAMBDA_PER_MILLION_REQUESTS },
    { item: 'SQS requests', basis: `${(sqsRequests / MILLION).toFixed(2)} M (send per article, receive + delete per batch)`, dollars: (sqsRequests / MILLION) * P.SQS_PER_MILLION_REQUESTS },
    { item: 'S3 GET (the function reads each article)', basis: '1 M GET', dollars: (MILLION / 1000) * P.S3_GET_PER_THOUSAND },
    { item: 'DynamoDB writes (on-demand)', basis: `${c.writeUnitsPerArticle.toFixed(1)} WRU per article`, dollars: c.writeUnitsPerArticle * P.DYNAMODB_PER_MILLION_WRITE_UNITS },
    { item: 'DynamoDB reads (on-demand)', basis: `${c.readUnitsPerArticle.toFixed(1)} RRU per article (ordering check, partition read, vocabulary lookups)`, dollars: c.readUnitsPerArticle * P.DYNAMODB_PER_MILLION_READ_UNITS },
    { item: 'DynamoDB storage, first month', basis: `${(c.storedBytesPerArticle / 1000).toFixed(1)} KB per article = ${((MILLION * c.storedBytesPerArticle) / 1e9).toFixed(1)} GB`, dollars: ((MILLION * c.storedBytesPerArticle) / 1e9) * P.DYNAMODB_STORAGE_PER_GB_MONTH },
  ];
  // One DetectEntities call per 100 KB of an article; each call bills at least 3 units.
  const requestsPerArticle = Math.max(1, Math.ceil(c.bytesPerArticle / P.COMPREHEND_MAX_BYTES_PER_REQUEST));
  const unitsPerArticle = Math.max(P.COMPREHEND_MIN_UNITS_PER_REQUEST * requestsPerArticle, Math.ceil(c.charsPerArticle / P.COMPREHEND_CHARS_PER_UNIT));
  const comprehendUnits = MILLION * unitsPerArticle;
  const comprehend: CostLine[] = [
    { item: 'Comprehend DetectEntities', basis: `${unitsPerArticle} units per article (${c.charsPerArticle.toFixed(0)} chars / 100, min 3), ${(comprehendUnits / MILLION).toFixed(0)} M units, tiered`, dollars: priceComprehendUnits(comprehendUnits) },
    { item: 'S3 GET (reading each article to send it)', basis: '1 M GET', dollars: (MILLION / 1000) * P.S3_GET_PER_THOUSAND },
  ];
  const sum = (lines: CostLine[]) => lines.reduce((n, l) => n + l.dollars, 0);
  const firstTier = comprehendUnits * P.COMPREHEND_TIERS[0].perUnit + comprehend[1].dollars;
  return { gleaner, gleanerTotal: sum(gleaner), comprehend, comprehendTotal: sum(comprehend), comprehendFirstTierTotal: firstTier };
}

// ── Assumptions that turn local measurements into Lambda duration ─────────────────────────────────
/** Lambda gives a function CPU in proportion to memory; 1,769 MB is one full vCPU (AWS Lambda docs). */
export const LAMBDA_MB_PER_VCPU = 1769;
/** Assumed round trip of one DynamoDB call from Lambda in the same region (calls are made one after another). */
export const ASSUMED_DYNAMODB_CALL_MS = 8;
/** Assumed S3 GET of a news-sized object from Lambda in the same region. */
export const ASSUMED_S3_GET_MS = 20;

/** Billed ms per article: measured one-core extraction scaled to the function's CPU share, plus I/O. */
export function estimateLambdaMs(extractMsOneCore: number, memoryMb: number, dynamoCallsPerArticle: number): number {
  const cpuShare = Math.min(1, memoryMb / LAMBDA_MB_PER_VCPU);
  return extractMsOneCore / cpuShare + dynamoCallsPerArticle * ASSUMED_DYNAMODB_CALL_MS + ASSUMED_S3_GET_MS;
}
