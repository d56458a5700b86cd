// Template assertions on the synthesized Gleaner stack: what the security and pipeline issues
// promise (encryption, TLS, DLQ, least privilege, notification filter, table shape, alarms).
// The app is synthesized once for the whole file (bundling runs esbuild for real).
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyOutput } from '../../cli/aws-target.ts';
import { describeCreateTable, INPUT_PREFIX, MAX_OBJECT_BYTES, TABLE } from '../../infra/definitions.ts';
import { FUNCTION_RUNTIME, MAX_RECEIVE_COUNT } from '../../infra/gleaner-stack.ts';
import { buildTestApp, logicalIdOf, type TestApp } from './build-test-app.ts';

type Json = Record<string, any>;

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Json;
}

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const getAtt = (logicalId: string, attribute = 'Arn') => ({ 'Fn::GetAtt': [logicalId, attribute] });
const arnWithSuffix = (logicalId: string, suffix: string) => ({ 'Fn::Join': ['', [getAtt(logicalId), suffix]] });

let t: TestApp;
let resources: Record<string, Json>;
let ids: { bucket: string; accessLogs: string; queue: string; dlq: string; fn: string; role: string; table: string; logGroup: string };
/** Every statement of every policy attached to the function's role. */
let functionStatements: Statement[];

beforeAll(() => {
  t = buildTestApp();
  resources = t.template.toJSON().Resources;
  const { stack } = t;
  const accessLogs = Object.entries(resources).find(([id, r]) => r.Type === 'AWS::S3::Bucket' && id !== logicalIdOf(stack, stack.bucket));
  ids = {
    bucket: logicalIdOf(stack, stack.bucket),
    accessLogs: accessLogs![0],
    queue: logicalIdOf(stack, stack.queue),
    dlq: logicalIdOf(stack, stack.deadLetterQueue),
    fn: logicalIdOf(stack, stack.function),
    role: logicalIdOf(stack, stack.function.role as never),
    table: logicalIdOf(stack, stack.table),
    logGroup: Object.entries(resources).find(([, r]) => r.Type === 'AWS::Logs::LogGroup')![0],
  };
  functionStatements = Object.values(resources)
    .filter((r) => r.Type === 'AWS::IAM::Policy' && asArray(r.Properties.Roles).some((role: Json) => role.Ref === ids.role))
    .flatMap((r) => r.Properties.PolicyDocument.Statement as Statement[]);
});
afterAll(() => t?.cleanup());

describe('bucket', () => {
  it.each(['bucket', 'accessLogs'] as const)('%s is encrypted, private, TLS-only and retained', (which) => {
    const id = ids[which];
    expect(resources[id].Properties.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    });
    expect(resources[id].Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true,
    });
    expect(resources[id].DeletionPolicy).toBe('Retain');
    t.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: id },
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({
          Effect: 'Deny', Action: 's3:*', Principal: { AWS: '*' },
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          Resource: [getAtt(id), arnWithSuffix(id, '/*')],
        })]),
      },
    });
  });

  it('logs access to the articles bucket in the access-log bucket', () => {
    expect(resources[ids.bucket].Properties.LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: ids.accessLogs }, LogFilePrefix: 'articles/' });
  });

  it.each(['s3:ObjectCreated:*', 's3:ObjectRemoved:*'])('sends %s under the input prefix to the queue', (event) => {
    t.template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { Ref: ids.bucket },
      NotificationConfiguration: {
        QueueConfigurations: Match.arrayWith([{
          Events: [event],
          Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: INPUT_PREFIX }] } },
          QueueArn: getAtt(ids.queue),
        }]),
      },
    });
  });

  it('has no notification without the prefix filter, and none to a function', () => {
    const [notifications] = Object.values(t.template.findResources('Custom::S3BucketNotifications'));
    const config = notifications.Properties.NotificationConfiguration;
    expect(config.LambdaFunctionConfigurations).toBeUndefined();
    for (const queueConfig of config.QueueConfigurations) {
      expect(queueConfig.Filter.Key.FilterRules).toEqual([{ Name: 'prefix', Value: INPUT_PREFIX }]);
    }
  });
});

describe('queues', () => {
  it.each(['queue', 'dlq'] as const)('%s is encrypted and refuses requests without TLS', (which) => {
    const id = ids[which];
    expect(resources[id].Properties.SqsManagedSseEnabled).toBe(true);
    t.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: id }],
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({
          Effect: 'Deny', Action: 'sqs:*', Principal: { AWS: '*' },
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          Resource: getAtt(id),
        })]),
      },
    });
  });

  it('moves a message to the DLQ after a bounded number of receives', () => {
    expect(resources[ids.queue].Properties.RedrivePolicy).toEqual({ deadLetterTargetArn: getAtt(ids.dlq), maxReceiveCount: MAX_RECEIVE_COUNT });
    expect(MAX_RECEIVE_COUNT).toBeGreaterThanOrEqual(2);
    expect(MAX_RECEIVE_COUNT).toBeLessThanOrEqual(10);
  });

  it('keeps dead letters for 14 days', () => {
    expect(resources[ids.dlq].Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
  });

  it('hides a received message for at least six times the function timeout', () => {
    const timeout = resources[ids.fn].Properties.Timeout as number;
    expect(timeout).toBeGreaterThan(0);
    expect(resources[ids.queue].Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * timeout);
  });

  it('only S3 events from the articles bucket may be sent to the queue', () => {
    t.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: ids.queue }],
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({
          Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' },
          Condition: { ArnLike: { 'aws:SourceArn': getAtt(ids.bucket) } },
        })]),
      },
    });
  });
});

describe('function', () => {
  it('runs on the newest Node.js runtime aws-cdk-lib knows, on arm64', () => {
    const newest = lambda.Runtime.ALL
      .filter((r) => /^nodejs\d+\.x$/.test(r.name) && !r.isVariable)
      .sort((a, b) => parseInt(b.name.slice(6), 10) - parseInt(a.name.slice(6), 10))[0];
    expect(FUNCTION_RUNTIME.name).toBe(newest.name);
    expect(resources[ids.fn].Properties).toMatchObject({ Runtime: newest.name, Architectures: ['arm64'], Handler: 'index.handler', MemorySize: 1024 });
  });

  it('gets its configuration from definitions.ts and the table', () => {
    expect(resources[ids.fn].Properties.Environment.Variables).toMatchObject({
      TABLE_NAME: { Ref: ids.table },
      INPUT_PREFIX,
      MAX_OBJECT_BYTES: String(MAX_OBJECT_BYTES),
      POWERTOOLS_SERVICE_NAME: 'gleaner',
      POWERTOOLS_LOG_LEVEL: 'INFO',
    });
  });

  it('logs to its own log group with a retention', () => {
    expect(resources[ids.fn].Properties.LoggingConfig).toEqual({ LogGroup: { Ref: ids.logGroup } });
    expect(resources[ids.logGroup].Properties.RetentionInDays).toBeGreaterThan(0);
  });

  it('consumes the queue in batches and reports failed items individually', () => {
    t.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: ids.fn },
      EventSourceArn: getAtt(ids.queue),
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      MaximumBatchingWindowInSeconds: Match.anyValue(),
    });
  });
});

describe('function permissions (least privilege)', () => {
  it('has a role with no managed or inline policies besides the one checked here', () => {
    expect(resources[ids.role].Properties.ManagedPolicyArns).toBeUndefined();
    expect(resources[ids.role].Properties.Policies).toBeUndefined();
    expect(functionStatements.length).toBeGreaterThan(0);
  });

  it('has no wildcard action and no statement on every resource', () => {
    for (const statement of functionStatements) {
      expect(statement.Effect).toBe('Allow');
      for (const action of asArray(statement.Action)) expect(action).not.toContain('*');
      for (const resource of asArray(statement.Resource)) expect(resource).not.toBe('*');
    }
  });

  it('reads objects only under the input prefix, and may tell a missing key only there', () => {
    const s3Statements = functionStatements.filter((s) => asArray(s.Action).some((a) => a.startsWith('s3:')));
    expect(s3Statements).toEqual([
      expect.objectContaining({ Action: 's3:GetObject', Resource: arnWithSuffix(ids.bucket, `/${INPUT_PREFIX}*`) }),
      expect.objectContaining({ Action: 's3:ListBucket', Resource: getAtt(ids.bucket), Condition: { StringLike: { 's3:prefix': [`${INPUT_PREFIX}*`] } } }),
    ]);
  });

  it('can never write to a bucket, so its work cannot trigger itself', () => {
    const s3Actions = functionStatements.flatMap((s) => asArray(s.Action)).filter((a) => a.startsWith('s3:'));
    expect(s3Actions.sort()).toEqual(['s3:GetObject', 's3:ListBucket']);
    // And nothing else in the stack grants the function's role access to the bucket.
    for (const policy of Object.values(t.template.findResources('AWS::S3::BucketPolicy'))) {
      expect(JSON.stringify(policy)).not.toContain(ids.role);
    }
  });

  it('reads and writes only the table and its indexes', () => {
    const dynamoStatements = functionStatements.filter((s) => asArray(s.Action).some((a) => a.startsWith('dynamodb:')));
    expect(dynamoStatements).toHaveLength(1);
    expect(asArray(dynamoStatements[0].Resource)).toEqual([getAtt(ids.table), ...(TABLE.globalSecondaryIndexes.length ? [arnWithSuffix(ids.table, '/index/*')] : [])]);
    const actions = asArray(dynamoStatements[0].Action);
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:BatchWriteItem']));
    for (const unneeded of ['dynamodb:Scan', 'dynamodb:DeleteTable', 'dynamodb:CreateTable', 'dynamodb:UpdateTable', 'dynamodb:GetRecords']) {
      expect(actions).not.toContain(unneeded);
    }
  });

  it.each([
    ['sqs:', 'queue'],
    ['logs:', 'logGroup'],
  ] as const)('%s actions apply to its own %s only', (prefix, which) => {
    const statements = functionStatements.filter((s) => asArray(s.Action).some((a) => a.startsWith(prefix)));
    expect(statements).toHaveLength(1);
    expect(statements[0].Resource).toEqual(getAtt(ids[which]));
    expect(asArray(statements[0].Action).every((a) => a.startsWith(prefix))).toBe(true);
  });
});

describe('table', () => {
  it('has the keys and indexes of definitions.ts', () => {
    const expected = describeCreateTable('any');
    const props = resources[ids.table].Properties;
    const byName = (a: { AttributeName: string }, b: { AttributeName: string }) => a.AttributeName.localeCompare(b.AttributeName);
    expect(props.KeySchema).toEqual(expected.KeySchema);
    expect([...props.AttributeDefinitions].sort(byName)).toEqual([...expected.AttributeDefinitions].sort(byName));
    expect(props.GlobalSecondaryIndexes ?? []).toHaveLength(TABLE.globalSecondaryIndexes.length);
    expect(props.GlobalSecondaryIndexes ?? []).toEqual(expect.arrayContaining(expected.GlobalSecondaryIndexes ?? []));
    expect(props.TimeToLiveSpecification).toEqual({ AttributeName: TABLE.timeToLiveAttribute, Enabled: true });
  });

  it('is on demand, encrypted, recoverable to a point in time and protected from deletion', () => {
    expect(resources[ids.table].Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
      DeletionProtectionEnabled: true,
    });
    expect(resources[ids.table].DeletionPolicy).toBe('Retain');
  });
});

describe('alarms and outputs', () => {
  it('alarms as soon as one message reaches the DLQ', () => {
    t.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: getAtt(ids.dlq, 'QueueName') }],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('alarms on function errors', () => {
    t.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: ids.fn } }],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('creates no alarm topic unless an address is given', () => {
    t.template.resourceCountIs('AWS::SNS::Topic', 0);
  });

  it('prints the upload command', () => {
    const output = t.template.toJSON().Outputs.UploadCommand;
    expect(output.Value).toEqual({ 'Fn::Join': ['', ['aws s3 cp article.txt s3://', { Ref: ids.bucket }, `/${INPUT_PREFIX}`]] });
  });

  it.each([
    ['BucketName', 'bucket', { Ref: 'bucket' }],
    ['TableName', 'table', { Ref: 'table' }],
    ['QueueUrl', 'queue', { Ref: 'queue' }],
    ['DeadLetterQueueUrl', 'dlq', { Ref: 'dlq' }],
  ] as const)('output %s is what `gleaner --aws` takes for the %s', (key, role, value) => {
    const output = t.template.toJSON().Outputs[key];
    expect(output.Value).toEqual({ Ref: ids[value.Ref] });
    expect(classifyOutput({ OutputKey: key, Description: output.Description })).toBe(role);
  });

  it('has no other output `gleaner --aws` would mistake for a resource', () => {
    const outputs = Object.entries(t.template.toJSON().Outputs as Record<string, Json>);
    const classified = outputs.filter(([key, o]) => classifyOutput({ OutputKey: key, Description: o.Description }));
    expect(classified.map(([key]) => key).sort()).toEqual(['BucketName', 'DeadLetterQueueUrl', 'QueueUrl', 'TableName']);
  });

  it('reports no CDK errors while building the stack', () => {
    expect(Annotations.fromStack(t.stack).findError('*', Match.anyValue())).toEqual([]);
  });
});
