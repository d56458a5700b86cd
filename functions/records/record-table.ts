// How the records code reaches its table. Callers (the Lambda, the local stack, the CLI, tests) build
// the clients; this module only says which options the document client needs.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface RecordTable {
  client: DynamoDBDocumentClient;
  tableName: string;
}

/** The document client Gleaner's records expect: plain JS numbers, undefined fields dropped. */
export function createDocumentClient(dynamo: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } });
}
