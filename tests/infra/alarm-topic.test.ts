// With `-c alarmEmail=...` the alarms notify an encrypted, TLS-only SNS topic the address subscribes to.
import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './build-test-app.ts';

const { stack, template, cleanup } = buildTestApp({ bundle: false, context: { alarmEmail: 'ops@example.com' } });
afterAll(cleanup);
const topicId = stack.resolve(stack.getLogicalId(stack.alarmTopic!.node.defaultChild as never)) as string;

describe('alarm topic', () => {
  it('subscribes the given address', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.com', TopicArn: { Ref: topicId } });
  });

  it('is encrypted with a rotated key CloudWatch may use', () => {
    const topic = template.toJSON().Resources[topicId];
    const keyId = topic.Properties.KmsMasterKeyId['Fn::GetAtt'][0] as string;
    template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'] })]) },
    });
    expect(template.toJSON().Resources[keyId].Type).toBe('AWS::KMS::Key');
  });

  it('refuses publishing without TLS', () => {
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topicId }],
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('is notified by every alarm', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms.length).toBeGreaterThanOrEqual(2);
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
  });
});
