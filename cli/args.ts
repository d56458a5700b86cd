// Argument parsing shared by the commands: node:util's parseArgs with its errors turned into
// UsageError (exit code 2), and the options every command that reaches a stack accepts.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage.ts';

export const TARGET_OPTIONS = {
  aws: { type: 'boolean' },
  'stack-name': { type: 'string' },
  bucket: { type: 'string' },
  table: { type: 'string' },
  'queue-url': { type: 'string' },
  'dlq-url': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const TARGET_HELP = `Target (default: the local stack of GLEANER_HOME, running or not):
  --aws                  the deployed stack: standard AWS credentials and region; names from the
                         CloudFormation stack's outputs (--stack-name, default Gleaner) or these flags:
  --bucket NAME  --table NAME  --queue-url URL  --dlq-url URL`;

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function parseNumber(label: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value)) throw new UsageError(`${label} must be a number, got "${raw}"`);
  return value;
}

export function parseLimit(raw: string | undefined, fallback: number): number {
  const value = parseNumber('--limit', raw) ?? fallback;
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`--limit must be a whole number of at least 1, got "${raw}"`);
  return value;
}
