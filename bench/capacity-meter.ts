// Sums the capacity DynamoDB reports for every call a document client makes: each command is sent with
// ReturnConsumedCapacity=TOTAL, and the units are split into writes and reads by the command's name.
// Attached to the client the handler uses, so it counts exactly what the pipeline spends.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

interface Consumed {
  CapacityUnits?: number;
}

export interface CapacityMeter {
  writeUnits: number;
  readUnits: number;
  calls: number;
}

const WRITE_COMMANDS = /^(Put|Update|Delete|BatchWrite|TransactWrite)/;

export function attachCapacityMeter(client: DynamoDBDocumentClient): CapacityMeter {
  const meter: CapacityMeter = { writeUnits: 0, readUnits: 0, calls: 0 };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { ReturnConsumedCapacity?: string };
      input.ReturnConsumedCapacity ??= 'TOTAL';
      const result = await next(args);
      const consumed = (result.output as { ConsumedCapacity?: Consumed | Consumed[] }).ConsumedCapacity;
      const units = (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []).reduce((n, c) => n + (c.CapacityUnits ?? 0), 0);
      meter.calls++;
      if (WRITE_COMMANDS.test(context.commandName ?? '')) meter.writeUnits += units;
      else meter.readUnits += units;
      return result;
    },
    { step: 'initialize', name: 'gleanerCapacityMeter' },
  );
  return meter;
}
