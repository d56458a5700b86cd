// The whole of Gleaner in AWS, top to bottom: bucket → queue (+DLQ) → function → table → grants →
// alarms → outputs. Keys, indexes and the input prefix come from definitions.ts, the same constants
// the local stack uses, so a laptop and the cloud cannot disagree.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CfnOutput, CfnResource, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Charset, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as snsSubscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY } from 'aws-cdk-lib/cx-api';
import type { Construct } from 'constructs';
import { INPUT_PREFIX, MAX_OBJECT_BYTES, TABLE, type KeyDefinition } from './definitions.ts';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The Lambda runtime: the newest explicit Node.js constant aws-cdk-lib offers (not NODEJS_LATEST, which moves under us). */
export const FUNCTION_RUNTIME = lambda.Runtime.NODEJS_24_X;
/** esbuild target matching FUNCTION_RUNTIME, so the bundle uses exactly the syntax the runtime has. */
const BUNDLE_TARGET = 'node24';
/**
 * Modules the Lambda runtime provides, left out of the bundle: the Node.js runtimes ship the AWS SDK
 * for JavaScript v3 (CDK's default too). Bundled, the SDK was 0.5 MB of the bundle and a quarter of its
 * import time. The function then runs the runtime's SDK version, not the one the tests ran against; the
 * bench and the bundle test stand this project's copy in for it (bench/cdk-bundle.ts: linkRuntimeModules).
 */
export const RUNTIME_PROVIDED_MODULES = ['@aws-sdk/*'];
/**
 * Paths left out of the bundle because nothing Gleaner runs ever loads them: iconv-lite's CJK code
 * pages (`require('./tables/shiftjis.json')` and the like, called only when decoding those encodings;
 * decode-text.ts asks iconv-lite for windows-1252 only). Bundled they were 230 KB of the function.
 */
export const NEVER_LOADED_PATHS = ['./tables/*'];
export const FUNCTION_TIMEOUT = Duration.seconds(60);
const MAX_BATCHING_WINDOW = Duration.seconds(5);
/** A message that failed this many times goes to the DLQ (`gleaner redrive` moves it back). */
export const MAX_RECEIVE_COUNT = 5;

/**
 * What the handler does to the table (functions/records/): narrower than grantReadWriteData, which
 * adds Scan, DescribeTable and the stream reads the handler never needs. BatchGetItem looks up which
 * vocabulary terms the corpus already has; the record model uses no transactions.
 */
export const TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
] as const;

export interface GleanerStackProps extends StackProps {
  /** Subscribe this address to an SNS topic the alarms notify; no topic when absent. */
  alarmEmail?: string;
  /** POWERTOOLS_LOG_LEVEL of the function (default INFO). */
  logLevel?: string;
}

const attribute = (key: KeyDefinition): dynamodb.Attribute => ({
  name: key.name,
  type: key.type === 'N' ? dynamodb.AttributeType.NUMBER : dynamodb.AttributeType.STRING,
});

export class GleanerStack extends Stack {
  readonly bucket: s3.Bucket;
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;
  readonly function: NodejsFunction;
  readonly table: dynamodb.Table;
  readonly alarmTopic?: sns.Topic;

  constructor(scope: Construct, id: string, props: GleanerStackProps = {}) {
    super(scope, id, props);
    // Grant S3 log delivery through a bucket policy instead of the legacy ACL (ACLs are disabled by
    // BUCKET_OWNER_ENFORCED). Set on the stack itself so it holds whichever app builds the stack.
    this.node.setContext(S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY, true);

    // ── Bucket ────────────────────────────────────────────────────────────────────────────────
    // Access logs go to a bucket of their own: logging a bucket into itself would log its own log
    // writes forever. S3 delivers server access logs to SSE-S3 buckets, not SSE-KMS ones, hence S3_MANAGED.
    const accessLogs = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // (cdk-nag's S1 accepts a bucket that is itself a log target, so no acknowledgment is needed.)

    this.bucket = new s3.Bucket(this, 'Articles', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'articles/',
      // Articles are the input of record; keep them when the stack goes (README: how to delete).
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // ── Queue (+DLQ) ──────────────────────────────────────────────────────────────────────────
    // cdk-nag's SQS3 (queue without DLQ) recognises this as a DLQ; its depth is alarmed below.
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.queue = new sqs.Queue(this, 'Events', {
      // SSE-SQS rather than KMS: S3 can publish to it without a key policy, and it is still encrypted at rest.
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS's rule for Lambda event sources: at least 6× the function timeout (plus the batching
      // window), so a message is not redelivered while a slow, retried invocation still holds it.
      visibilityTimeout: Duration.seconds(6 * FUNCTION_TIMEOUT.toSeconds() + MAX_BATCHING_WINDOW.toSeconds()),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: MAX_RECEIVE_COUNT },
    });

    // Removals matter as much as creations: a deleted article's records are removed too.
    for (const event of [s3.EventType.OBJECT_CREATED, s3.EventType.OBJECT_REMOVED]) {
      this.bucket.addEventNotification(event, new s3n.SqsDestination(this.queue), { prefix: INPUT_PREFIX });
    }

    // ── Function ──────────────────────────────────────────────────────────────────────────────
    const logGroup = new logs.LogGroup(this, 'HandlerLogs', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // An explicit role instead of the default one: the default attaches the AWSLambdaBasicExecutionRole
    // managed policy (logs on every log group); this one may write to its own log group only.
    const role = new iam.Role(this, 'HandlerRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Gleaner handler: read ${INPUT_PREFIX} objects, read/write the Gleaner table, write its own logs`,
    });
    logGroup.grantWrite(role);

    this.function = new NodejsFunction(this, 'Handler', {
      entry: path.join(PROJECT_ROOT, 'functions/handler/index.ts'),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
      runtime: FUNCTION_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 1024,
      timeout: FUNCTION_TIMEOUT,
      role,
      logGroup,
      environment: {
        INPUT_PREFIX,
        MAX_OBJECT_BYTES: String(MAX_OBJECT_BYTES),
        POWERTOOLS_SERVICE_NAME: 'gleaner',
        POWERTOOLS_LOG_LEVEL: props.logLevel ?? 'INFO',
        // Stack traces in the logs point at functions/*.ts lines, not minified columns.
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        // esbuild from node_modules, never Docker: synth works on a laptop or CI with no daemon.
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: BUNDLE_TARGET,
        // ESM builds of dependencies tree-shake better; fall back to CJS where a package has none.
        mainFields: ['module', 'main'],
        // CommonJS dependencies bundled into an ESM file still use require() for Node built-ins; ESM has
        // no require, so define it at the top of the bundle.
        banner: "import { createRequire as __gleanerCreateRequire } from 'node:module'; const require = __gleanerCreateRequire(import.meta.url);",
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        // Names and code-page strings as UTF-8, not \u escapes: the same text in fewer bytes.
        charset: Charset.UTF8,
        externalModules: [...RUNTIME_PROVIDED_MODULES, ...NEVER_LOADED_PATHS],
      },
      description: 'Gleaner: S3 event batch → extract people, places, organizations, dates, money → DynamoDB',
    });

    this.function.addEventSource(new SqsEventSource(this.queue, {
      batchSize: 10,
      maxBatchingWindow: MAX_BATCHING_WINDOW,
      // One bad article must not send its nine neighbours back to the queue.
      reportBatchItemFailures: true,
      // Caps concurrent invocations without reserved concurrency (which new accounts with a
      // 10-execution limit cannot grant), so a bulk upload cannot swamp the table or the account.
      maxConcurrency: 10,
    }));

    // ── Table ─────────────────────────────────────────────────────────────────────────────────
    this.table = new dynamodb.Table(this, 'Records', {
      partitionKey: attribute(TABLE.partitionKey),
      sortKey: attribute(TABLE.sortKey),
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: TABLE.timeToLiveAttribute,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Every index in definitions.ts, so adding one there adds it here too.
    for (const index of TABLE.globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
        // Never ALL: an index copy of every attribute doubles the write bill (functions/records/README.md).
        projectionType: dynamodb.ProjectionType.KEYS_ONLY,
      });
    }
    // TABLE_NAME joins the environment here, once the table exists.
    this.function.addEnvironment('TABLE_NAME', this.table.tableName);

    // ── Grants (least privilege) ──────────────────────────────────────────────────────────────
    // Read objects under the input prefix only. No write of any kind on the bucket: the function
    // can never create an object that would trigger itself.
    const inputObjects = this.bucket.arnForObjects(`${INPUT_PREFIX}*`);
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      sid: 'ReadInputObjects',
      actions: ['s3:GetObject'],
      resources: [inputObjects],
    }));
    // Without s3:ListBucket S3 answers 403 instead of 404 for an object deleted before it was read,
    // and the handler could not tell "gone" (record a removal) from "denied" (retry). The condition
    // limits listing to the input prefix; for that 403/404 decision S3 checks ListBucket with the
    // requested key as s3:prefix, so keys under the prefix still get their 404.
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      sid: 'TellMissingInputObjects',
      actions: ['s3:ListBucket'],
      resources: [this.bucket.bucketArn],
      conditions: { StringLike: { 's3:prefix': [`${INPUT_PREFIX}*`] } },
    }));
    // Item reads/writes on the table and its indexes; SQS receive/delete comes from the event source.
    this.table.grant(role, ...TABLE_ACTIONS);

    // cdk-nag v3 findings are acknowledged with CDK's own Validations API, one finding at a time
    // (named after the resource's logical ID), each with its reason. tests/infra checks that every
    // acknowledgment matches a real finding, so none can outlive the reason it was written for.
    const arnOf = (construct: { node: { defaultChild?: unknown } }) => `<${this.resolve(this.getLogicalId(construct.node.defaultChild as CfnResource))}.Arn>`;
    Validations.of(role).acknowledge(
      { id: `AwsSolutions-IAM5[Resource::${arnOf(this.bucket)}/${INPUT_PREFIX}*]`, reason: 'Object keys under the input prefix are not known in advance; the wildcard is confined to that prefix and to s3:GetObject.' },
      // The grant covers `<table>/index/*` only when the table has indexes (it has none today).
      ...(TABLE.globalSecondaryIndexes.length
        ? [{ id: `AwsSolutions-IAM5[Resource::${arnOf(this.table)}/index/*]`, reason: 'Queries use the table\'s own global secondary indexes (definitions.ts); the wildcard covers only this table\'s indexes.' }]
        : []),
    );
    // CDK's singleton Lambda that writes the bucket notification configuration during deploys.
    const notificationsHandler = this.node.tryFindChild('BucketNotificationsHandler050a0587b7544547bf325f094a3db834');
    if (notificationsHandler) {
      Validations.of(notificationsHandler).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'CDK-provided custom resource, not the pipeline function: the managed policy only lets it create and write its own log group, whose name Lambda picks at deploy time, so a hand-written policy would need the same wildcard.',
      });
    }

    // ── Alarms ────────────────────────────────────────────────────────────────────────────────
    const alarms = [
      new cloudwatch.Alarm(this, 'DeadLettersAlarm', {
        alarmDescription: `A message failed ${MAX_RECEIVE_COUNT} times and is in the dead-letter queue: see the function's logs, fix, then run gleaner redrive --aws.`,
        metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' }),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      // Per-article failures are reported as batch item failures and surface in the DLQ; this one
      // catches invocations that fail as a whole (configuration, timeouts, crashes).
      new cloudwatch.Alarm(this, 'HandlerErrorsAlarm', {
        alarmDescription: 'The Gleaner function failed whole invocations (configuration error, timeout or crash).',
        metric: this.function.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      new cloudwatch.Alarm(this, 'BacklogAgeAlarm', {
        alarmDescription: 'Uploaded articles have waited over 15 minutes to be processed.',
        metric: this.queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: 'Maximum' }),
        threshold: 15 * 60,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    ];

    if (props.alarmEmail) {
      // A customer-managed key, because CloudWatch cannot publish to a topic encrypted with the
      // AWS-managed SNS key (its key policy cannot be changed to let CloudWatch use it).
      const topicKey = new kms.Key(this, 'AlarmTopicKey', {
        description: 'Encrypts the Gleaner alarm topic',
        enableKeyRotation: true,
        removalPolicy: RemovalPolicy.DESTROY,
        pendingWindow: Duration.days(7),
      });
      topicKey.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
      this.alarmTopic = new sns.Topic(this, 'AlarmTopic', { masterKey: topicKey, enforceSSL: true, displayName: 'Gleaner alarms' });
      this.alarmTopic.addSubscription(new snsSubscriptions.EmailSubscription(props.alarmEmail));
      for (const alarm of alarms) alarm.addAlarmAction(new cloudwatchActions.SnsAction(this.alarmTopic));
    }

    // ── Outputs ───────────────────────────────────────────────────────────────────────────────
    // `gleaner --aws` finds resources by these keys/descriptions (cli/aws-target.ts): keep the words
    // bucket/table/queue/dead-letter in them, and out of the others.
    new CfnOutput(this, 'BucketName', { value: this.bucket.bucketName, description: `S3 bucket; articles go under ${INPUT_PREFIX}` });
    new CfnOutput(this, 'TableName', { value: this.table.tableName, description: 'DynamoDB table of articles and their extracted facts' });
    new CfnOutput(this, 'QueueUrl', { value: this.queue.queueUrl, description: 'SQS queue of S3 events for the function' });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: this.deadLetterQueue.queueUrl, description: 'Dead-letter queue: events that failed repeatedly (gleaner redrive --aws)' });
    new CfnOutput(this, 'FunctionName', { value: this.function.functionName, description: 'Lambda function that extracts the facts' });
    new CfnOutput(this, 'UploadCommand', {
      value: `aws s3 cp article.txt s3://${this.bucket.bucketName}/${INPUT_PREFIX}`,
      description: 'Drop an article in with the AWS CLI',
    });
  }
}
