// Builds the Gleaner app for template tests exactly as `npx cdk synth` does: cdk.json's context plus
// whatever a test adds, and addGleanerStack (which registers cdk-nag) from infra/gleaner-app.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { addGleanerStack } from '../../infra/gleaner-app.ts';
import type { GleanerStack } from '../../infra/gleaner-stack.ts';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface TestApp {
  app: App;
  stack: GleanerStack;
  template: Template;
  /** The cloud assembly folder (the bundled function's asset lives there). */
  outdir: string;
  /** Deletes the cloud assembly folder (call in afterAll). */
  cleanup(): void;
}

export function buildTestApp(options: { context?: Record<string, unknown>; bundle?: boolean } = {}): TestApp {
  const cdkJson = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> };
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-cdk-test-'));
  const context: Record<string, unknown> = { ...cdkJson.context, ...options.context };
  // CDK's own switch to skip asset bundling (for variants whose function code is not under test).
  if (options.bundle === false) context['aws:cdk:bundling-stacks'] = [];
  const app = new App({ context, outdir });
  const stack = addGleanerStack(app);
  return { app, stack, template: Template.fromStack(stack), outdir, cleanup: () => fs.rmSync(outdir, { recursive: true, force: true }) };
}

/** `stack.resolve(stack.getLogicalId(...))` for an L2 construct's CloudFormation resource. */
export function logicalIdOf(stack: GleanerStack, construct: { node: { defaultChild?: unknown } }): string {
  return stack.resolve(stack.getLogicalId(construct.node.defaultChild as never)) as string;
}
