// A deployed Gleaner stack as a command target (--aws). Credentials and region come from the standard
// AWS chain (environment, profile, SSO, instance role). Names come from flags or, for whatever is not
// given, from the CloudFormation stack's outputs, matched by what each output key says it is, so the
// CLI does not break when the stack renames an output.
import { CloudFormationClient, DescribeStacksCommand, type Output } from '@aws-sdk/client-cloudformation';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand, GetQueueUrlCommand, SendMessageBatchCommand, SQSClient, StartMessageMoveTaskCommand } from '@aws-sdk/client-sqs';
import { INPUT_PREFIX } from '../infra/definitions.ts';
import { createDocumentClient } from '../functions/records/index.ts';
import { TargetNotFoundError, type Target, type TargetFlags, type TargetNeeds } from './target.ts';

export const DEFAULT_STACK_NAME = 'Gleaner';

type Role = 'bucket' | 'table' | 'queue' | 'dlq';

/** The stack's own output keys (infra/gleaner-stack.ts). */
const KNOWN_KEYS: Record<string, Role> = { BucketName: 'bucket', TableName: 'table', QueueUrl: 'queue', DeadLetterQueueUrl: 'dlq' };

function classifyText(text: string): Role | undefined {
  const t = text.toLowerCase();
  if (/dead|dlq/.test(t)) return 'dlq';
  if (/queue/.test(t)) return 'queue';
  if (/bucket/.test(t)) return 'bucket';
  if (/table/.test(t)) return 'table';
  return undefined;
}

/**
 * Which resource an output names: the stack's known keys first, then what the key says (a renamed
 * `ArticlesBucket`), and only then its description, which may mention other resources in passing.
 */
export function classifyOutput(output: Pick<Output, 'OutputKey' | 'Description'>): Role | undefined {
  const key = output.OutputKey ?? '';
  if (/command|function|alarm|topic/i.test(key)) return undefined;
  return KNOWN_KEYS[key] ?? classifyText(key) ?? classifyText(output.Description ?? '');
}

/** Accepts a name or an ARN for the bucket and the table. */
export const bucketName = (value: string) => value.replace(/^arn:aws[\w-]*:s3:::/, '');
export const tableName = (value: string) => value.replace(/^arn:aws[\w-]*:dynamodb:[^:]*:\d+:table\//, '');

async function readStackOutputs(stackName: string): Promise<Partial<Record<Role, string>>> {
  const cfn = new CloudFormationClient({});
  try {
    const { Stacks } = await cfn.send(new DescribeStacksCommand({ StackName: stackName }));
    const found: Partial<Record<Role, string>> = {};
    for (const output of Stacks?.[0]?.Outputs ?? []) {
      const role = classifyOutput(output);
      // Prefer a URL for queues (SQS APIs want URLs); otherwise the first output of a role wins.
      if (role && output.OutputValue && (!found[role] || (role !== 'bucket' && role !== 'table' && output.OutputValue.startsWith('https://')))) found[role] = output.OutputValue;
    }
    return found;
  } catch (error) {
    if ((error as Error).name === 'ValidationError') throw new TargetNotFoundError(`no CloudFormation stack named ${stackName} in this account and region (deploy it with npx cdk deploy, or pass --bucket/--table/--queue-url/--dlq-url)`);
    throw error;
  } finally {
    cfn.destroy();
  }
}

async function queueUrl(sqs: SQSClient, value: string): Promise<string> {
  if (value.startsWith('https://')) return value;
  // An ARN or a bare name: ask SQS for the URL.
  const name = value.split(':').pop() ?? value;
  return (await sqs.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl ?? value;
}

/** Clients to use instead of new ones from the standard chain (tests inject them). */
export interface AwsClients {
  dynamo?: DynamoDBClient;
  s3?: S3Client;
  sqs?: SQSClient;
}

const SEND_ATTEMPTS = 4;

/** SendMessageBatch, resending the entries SQS reports failed (throttling) with a growing pause. */
async function sendBodies(sqs: SQSClient, queueUrl: string, bodies: string[]): Promise<void> {
  let entries = bodies.map((body, i) => ({ Id: String(i), MessageBody: body }));
  for (let attempt = 1; entries.length; attempt += 1) {
    const { Failed = [] } = await sqs.send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries }));
    const failed = new Set(Failed.map((f) => f.Id));
    const permanent = Failed.find((f) => f.SenderFault);
    if (permanent) throw new Error(`SQS refused a message: ${permanent.Code}: ${permanent.Message ?? ''}`);
    entries = entries.filter((e) => failed.has(e.Id));
    if (entries.length && attempt >= SEND_ATTEMPTS) throw new Error(`SQS did not accept ${entries.length} message(s) after ${SEND_ATTEMPTS} attempts: ${Failed[0]?.Code ?? 'unknown'}`);
    if (entries.length) await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
  }
}

export async function openAwsTarget(flags: TargetFlags, needs: TargetNeeds, clients: AwsClients = {}): Promise<Target> {
  const stackName = flags['stack-name'] ?? DEFAULT_STACK_NAME;
  const given: Partial<Record<Role, string>> = { bucket: flags.bucket, table: flags.table, queue: flags['queue-url'], dlq: flags['dlq-url'] };
  const wanted: Role[] = [...(needs.s3 ? ['bucket' as const] : []), ...(needs.table ? ['table' as const] : []), ...(needs.queue ? ['queue' as const, 'dlq' as const] : [])];
  const names = wanted.some((r) => !given[r]) ? { ...(await readStackOutputs(stackName)), ...Object.fromEntries(Object.entries(given).filter(([, v]) => v)) } : given;
  for (const role of wanted) {
    if (!names[role]) throw new TargetNotFoundError(`cannot tell the ${role} of stack ${stackName} from its outputs: pass --${role === 'queue' ? 'queue-url' : role === 'dlq' ? 'dlq-url' : role}`);
  }

  const closers: Array<() => void> = [];
  let table: Target['table'];
  if (needs.table) {
    const dynamo = clients.dynamo ?? new DynamoDBClient({});
    if (!clients.dynamo) closers.push(() => dynamo.destroy());
    table = { client: createDocumentClient(dynamo), tableName: tableName(names.table!) };
  }
  let s3: S3Client | undefined;
  if (needs.s3) {
    s3 = clients.s3 ?? new S3Client({});
    if (!clients.s3) closers.push(() => s3!.destroy());
  }
  let queue: Target['queue'];
  if (needs.queue) {
    const sqs = clients.sqs ?? new SQSClient({});
    if (!clients.sqs) closers.push(() => sqs.destroy());
    const [mainUrl, dlqUrl] = await Promise.all([queueUrl(sqs, names.queue!), queueUrl(sqs, names.dlq!)]);
    const attributes = async (url: string) => (await sqs.send(new GetQueueAttributesCommand({
      QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'QueueArn'],
    }))).Attributes ?? {};
    queue = {
      async depth() {
        const [main, dlq] = await Promise.all([attributes(mainUrl), attributes(dlqUrl)]);
        return {
          visible: Number(main.ApproximateNumberOfMessages ?? 0),
          inFlight: Number(main.ApproximateNumberOfMessagesNotVisible ?? 0),
          dlq: Number(dlq.ApproximateNumberOfMessages ?? 0) + Number(dlq.ApproximateNumberOfMessagesNotVisible ?? 0),
        };
      },
      async redrive() {
        const dlq = await attributes(dlqUrl);
        // With no destination, SQS moves the messages back to the queue(s) they came from.
        await sqs.send(new StartMessageMoveTaskCommand({ SourceArn: dlq.QueueArn }));
        return undefined;
      },
      send: (bodies) => sendBodies(sqs, mainUrl, bodies),
    };
  }
  return {
    label: `AWS stack ${stackName}`,
    bucket: names.bucket ? bucketName(names.bucket) : '',
    inputPrefix: INPUT_PREFIX,
    table, s3, queue,
    async close() { for (const c of closers) c(); },
  };
}
