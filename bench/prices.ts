// Public AWS list prices used by the cost model, all in one place so a reader can check and update
// them. Region us-east-1 (N. Virginia), USD, no free tier, no savings plans. PRICE_DATE is when they
// were last compared with the pages named below; the benchmark prints it next to every cost figure.

export const PRICE_DATE = '2025-07';
/** How the prices were checked: printed under the cost table. */
export const PRICE_NOTE = 'list prices as published on the AWS pricing pages named in bench/prices.ts in 2025-07; the DynamoDB on-demand and Comprehend figures were re-checked on 2026-11-23 against stored copies of those pages, the others were not (this machine has no internet access)';
export const PRICE_REGION = 'us-east-1';

/** https://aws.amazon.com/lambda/pricing/ — Arm (Graviton2), first 7.5 billion GB-s per month. */
export const LAMBDA_ARM_PER_GB_SECOND = 0.0000133334;
/** https://aws.amazon.com/lambda/pricing/ — requests, both architectures. */
export const LAMBDA_PER_MILLION_REQUESTS = 0.2;

/** https://aws.amazon.com/sqs/pricing/ — standard queue, per million requests (each 64 KB chunk is one). */
export const SQS_PER_MILLION_REQUESTS = 0.4;

/** https://aws.amazon.com/s3/pricing/ — S3 Standard, PUT/COPY/POST/LIST per 1,000 requests. */
export const S3_PUT_PER_THOUSAND = 0.005;
/** https://aws.amazon.com/s3/pricing/ — S3 Standard, GET/SELECT per 1,000 requests. */
export const S3_GET_PER_THOUSAND = 0.0004;

/** https://aws.amazon.com/dynamodb/pricing/on-demand/ — write request units (after the Nov 2024 cut). */
export const DYNAMODB_PER_MILLION_WRITE_UNITS = 0.625;
/** https://aws.amazon.com/dynamodb/pricing/on-demand/ — read request units. */
export const DYNAMODB_PER_MILLION_READ_UNITS = 0.125;
/** https://aws.amazon.com/dynamodb/pricing/on-demand/ — Standard table class storage, per GB-month (first 25 GB free, ignored here). */
export const DYNAMODB_STORAGE_PER_GB_MONTH = 0.25;

/** https://aws.amazon.com/comprehend/pricing/ — NLP APIs (DetectEntities): 1 unit = 100 characters, 3-unit minimum per request. */
export const COMPREHEND_CHARS_PER_UNIT = 100;
export const COMPREHEND_MIN_UNITS_PER_REQUEST = 3;
/** Monthly tiers of units: up to 10 M, 10–50 M, above 50 M. */
export const COMPREHEND_TIERS: Array<{ upToUnits: number; perUnit: number }> = [
  { upToUnits: 10_000_000, perUnit: 0.0001 },
  { upToUnits: 50_000_000, perUnit: 0.00005 },
  { upToUnits: Number.POSITIVE_INFINITY, perUnit: 0.000025 },
];
/** https://docs.aws.amazon.com/comprehend/latest/dg/guidelines-and-limits.html — DetectEntities takes at most 100 KB of UTF-8 per request. */
export const COMPREHEND_MAX_BYTES_PER_REQUEST = 100_000;
