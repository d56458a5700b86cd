// One real DynamoDB Local (in memory) for the whole test run: the JVM takes seconds to start, so test
// files share it and isolate themselves by table name (see tests/support/local-test-stack.ts).
import type { TestProject } from 'vitest/node';
import { loadLocalConfig } from '../../local/config.ts';
import { startDynamo } from '../../local/engines.ts';
import { findFreePort } from './free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoPort: number;
  }
}

export default async function setup(project: TestProject) {
  const port = await findFreePort();
  const dynamo = await startDynamo(loadLocalConfig({ GLEANER_DYNAMODB_PORT: String(port) }), { inMemory: true });
  project.provide('dynamoPort', port);
  return async () => {
    await dynamo.stop();
  };
}
