// cdk-nag's AwsSolutions pack over the stack as `cdk synth` builds it (with and without the alarm
// topic): no unacknowledged finding of any level, and no acknowledgment without a finding behind it.
// cdk-nag v3 reports through CDK's policy-validation plugins, not through Annotations, so findings
// are read from the pack's own report (validateScope) and from synth, which fails on any finding.
import { Validations } from 'aws-cdk-lib';
import cdkNag from 'cdk-nag'; // CommonJS: named exports are not detectable from ESM
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './build-test-app.ts';

const { AwsSolutionsChecks } = cdkNag;

// Function code is not under test here, so skip bundling: these apps synth in a fraction of a second.
const variants: Array<[string, TestApp]> = [
  ['default', buildTestApp({ bundle: false })],
  ['with alarmEmail', buildTestApp({ bundle: false, context: { alarmEmail: 'ops@example.com' } })],
];
afterAll(() => variants.forEach(([, t]) => t.cleanup()));

interface Acknowledgment { path: string; id: string; reason: string }

function listAcknowledgments(t: TestApp): Acknowledgment[] {
  return t.app.node.findAll().flatMap((construct) => construct.node.metadata
    .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
    .flatMap((entry) => Object.entries(entry.data as Record<string, string>)
      .map(([id, reason]) => ({ path: construct.node.path, id: id.replace(/^annotation::/i, ''), reason }))));
}

describe.each(variants)('AwsSolutions checks (%s)', (_name, t) => {
  it('finds nothing unacknowledged', () => {
    const report = new AwsSolutionsChecks(t.app).validateScope(t.app);
    expect(report.violations.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('synthesizes with the pack registered (synth fails on any finding)', () => {
    expect(() => t.app.synth()).not.toThrow();
  });

  it('acknowledges only real findings, each with a written reason', () => {
    // The same pack with acknowledgments ignored shows what each acknowledgment hides.
    const blind = new AwsSolutionsChecks(t.app);
    Object.defineProperty(blind, 'isAcknowledged', { value: () => false });
    const findings = blind.validateScope(t.app).violations;
    const acknowledgments = listAcknowledgments(t);
    expect(acknowledgments.length).toBeGreaterThan(0);
    for (const ack of acknowledgments) {
      expect(ack.reason.length, `reason for ${ack.id}`).toBeGreaterThan(40);
      const hidden = findings.find((f) => f.ruleName === ack.id && f.violatingResources.some((r) => r.constructPath === ack.path || (r.constructPath ?? '').startsWith(`${ack.path}/`)));
      expect(hidden, `${ack.id} on ${ack.path} matches no finding`).toBeDefined();
    }
    // And nothing the blind pack finds is left unacknowledged.
    for (const finding of findings) {
      for (const resource of finding.violatingResources) {
        expect(acknowledgments.some((a) => a.id === finding.ruleName && (resource.constructPath === a.path || (resource.constructPath ?? '').startsWith(`${a.path}/`))), `${finding.ruleName} at ${resource.constructPath}`).toBe(true);
      }
    }
  });
});

it('the pack does flag a stack that breaks its rules (the checks above are not vacuous)', () => {
  const t = buildTestApp({ bundle: false });
  const blind = new AwsSolutionsChecks(t.app);
  Object.defineProperty(blind, 'isAcknowledged', { value: () => false });
  const rules = blind.validateScope(t.app).violations.map((v) => v.ruleName);
  t.cleanup();
  expect(rules.some((r) => r.startsWith('AwsSolutions-IAM5['))).toBe(true);
});
