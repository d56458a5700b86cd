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
  /** Overloaded global secondary indexes; every one projects all attributes. */
  globalSecondaryIndexes: IndexDefinition[];
  /** Epoch-seconds attribute DynamoDB TTL deletes items by (removal tombstones, functions/records/). */
  timeToLiveAttribute: string;
}

/**
 * Single-table design. Every item of one article shares `pk = ART#<bucket>/<key>`, so reading,
 * replacing or deleting an article is one Query. The two overloaded indexes answer the
 * cross-article questions; which item kinds feed which index is documented in
 * functions/records/ and the README.
 */
export const TABLE: TableDefinition = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  globalSecondaryIndexes: [
    // String-sorted lookups: entity key → articles newest first, status → articles, year → dates.
    { indexName: 'gsi1', partitionKey: { name: 'gsi1pk', type: 'S' }, sortKey: { name: 'gsi1sk', type: 'S' } },
    // Number-sorted lookups: currency → amounts largest first, entity type → articles per entity (TOP).
    { indexName: 'gsi2', partitionKey: { name: 'gsi2pk', type: 'S' }, sortKey: { name: 'gsi2sk', type: 'N' } },
  ],
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
    GlobalSecondaryIndexes: TABLE.globalSecondaryIndexes.map((i) => ({
      IndexName: i.indexName,
      KeySchema: [
        { AttributeName: i.partitionKey.name, KeyType: 'HASH' as const },
        { AttributeName: i.sortKey.name, KeyType: 'RANGE' as const },
      ],
      Projection: { ProjectionType: 'ALL' as const },
    })),
  };
}
