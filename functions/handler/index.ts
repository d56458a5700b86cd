// The Lambda entry point (bundled by the CDK stack). Configuration and clients are built once per
// container; everything else lives in create-handler.ts.
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import { createDocumentClient } from '../records/record-table.ts';
import { loadHandlerConfig } from './config.ts';
import { createSqsHandler } from './create-handler.ts';

const config = loadHandlerConfig();
const logger = new Logger({ serviceName: config.serviceName });

export const handler = createSqsHandler({
  s3: new S3Client({}),
  documentClient: createDocumentClient(new DynamoDBClient({})),
  tableName: config.tableName,
  inputPrefix: config.inputPrefix,
  maxObjectBytes: config.maxObjectBytes,
  logger,
});
