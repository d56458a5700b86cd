// The one source of truth for the storage Gleaner needs. The CDK stack (infra/gleaner-stack.ts) and
// the local stack (local/) both build their bucket and table from these constants, so a key, index
// or prefix cannot differ between a laptop and AWS.

/** Only objects under this prefix are processed; the function may read nothing else. */
export const INPUT_PREFIX = 'incoming/';

/**
 * Objects larger than this are recorded as rejected without being read (see README). News articles
 * are tens of kilobytes; 2 MiB leaves room for long reports while a worst-case extraction (about
 * 2-3 s per MB on one core) stays far inside the function's 60 s timeout on a fraction of a vCPU.
 */
export const MAX_OBJECT_BYTES = 2 * 1024 * 1024;

export type KeyType = 'S' | 'N';

export interface KeyDefinition {
  name: string;
  type: KeyType;
}

export interface IndexDefinition {
  indexName: string;
  partitionKey: KeyDefinition;
  sortKey: KeyDefinition;
}

export interface TableDefinition {
  partitionKey: KeyDefinition;
  sortKey: KeyDefinition;
  /** Global secondary indexes (KEYS_ONLY projections if any are added); currently none. */
  globalSecondaryIndexes: IndexDefinition[];
  /** Epoch-seconds attribute DynamoDB TTL deletes items by (removal tombstones, functions/records/). */
  timeToLiveAttribute: string;
}

/**
 * Single-table design: an article's head and facts share `pk = ART#<bucket>/<key>`; the cross-article
 * questions read small base items keyed for them (functions/records/README.md).
 */
export const TABLE: TableDefinition = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  // None: every question reads base items keyed for it (functions/records/README.md), so no write pays
  // for an index copy. (Upgrading a stack that had gsi1/gsi2: CloudFormation drops one index per
  // deployment, so deploy twice; the records never read them.)
  globalSecondaryIndexes: [],
  // Only removal tombstones carry it: they must outlive any SQS retry of an older event, not forever.
  timeToLiveAttribute: 'expiresAt',
};

/** Names the local stack uses; the CDK stack lets CloudFormation name its resources. */
export const LOCAL_NAMES = {
  bucket: 'gleaner-local',
  table: 'gleaner-local',
} as const;

/** The same table as a DynamoDB CreateTable request (local stack, tests). */
export function describeCreateTable(tableName: string) {
  const keys = [TABLE.partitionKey, TABLE.sortKey, ...TABLE.globalSecondaryIndexes.flatMap((i) => [i.partitionKey, i.sortKey])];
  const unique = [...new Map(keys.map((k) => [k.name, k])).values()];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: unique.map((k) => ({ AttributeName: k.name, AttributeType: k.type })),
    KeySchema: [
      { AttributeName: TABLE.partitionKey.name, KeyType: 'HASH' as const },
      { AttributeName: TABLE.sortKey.name, KeyType: 'RANGE' as const },
    ],
    // DynamoDB refuses an empty list: no indexes, no field.
    ...(TABLE.globalSecondaryIndexes.length ? {
      GlobalSecondaryIndexes: TABLE.globalSecondaryIndexes.map((i) => ({
        IndexName: i.indexName,
        KeySchema: [
          { AttributeName: i.partitionKey.name, KeyType: 'HASH' as const },
          { AttributeName: i.sortKey.name, KeyType: 'RANGE' as const },
        ],
        Projection: { ProjectionType: 'KEYS_ONLY' as const },
      })),
    } : {}),
  };
}
