// Builds the Gleaner CDK app the same way for `cdk synth` (infra/app.ts) and the template tests:
// one stack, configured from context, with cdk-nag's AwsSolutions pack checking every synth.
import { Validations, type App } from 'aws-cdk-lib';
import cdkNag from 'cdk-nag'; // CommonJS: named exports are not detectable from ESM
import { GleanerStack } from './gleaner-stack.ts';

const { AwsSolutionsChecks } = cdkNag;

/** The CloudFormation stack name; `gleaner --aws` looks for this one unless given --stack-name. */
export const STACK_NAME = 'Gleaner';

const optionalString = (app: App, key: string): string | undefined => {
  const value = app.node.tryGetContext(key);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

/**
 * Adds the stack to `app`. Context (`-c key=value` or cdk.json): `alarmEmail` creates an SNS topic
 * the alarms notify and subscribes that address; `logLevel` sets the function's POWERTOOLS_LOG_LEVEL.
 */
export function addGleanerStack(app: App): GleanerStack {
  const stack = new GleanerStack(app, STACK_NAME, {
    description: 'Gleaner: news articles dropped into S3 become people, places, organizations, dates and money in DynamoDB',
    alarmEmail: optionalString(app, 'alarmEmail'),
    logLevel: optionalString(app, 'logLevel'),
    // No env: the template is account- and region-agnostic, so synth needs no credentials.
  });
  // cdk-nag v3 is a CDK policy-validation plugin: any unacknowledged finding fails `cdk synth`/`cdk deploy`,
  // and verbose prints each rule's explanation next to it.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return stack;
}
