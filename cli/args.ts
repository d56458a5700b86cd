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

/**
 * `--limit -3` would make node:util read "-3" as an option; a value that looks like a negative
 * number is the option's value, so it reaches the option's own check ("must be at least 1").
 */
function joinNegativeValues(argv: string[], options: NonNullable<ParseArgsConfig['options']>): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const name = /^--([^=]+)$/.exec(argv[i])?.[1];
    if (name && options[name]?.type === 'string' && /^-(\d|\.\d)/.test(argv[i + 1] ?? '')) {
      out.push(`${argv[i]}=${argv[i + 1]}`);
      i += 1;
    } else {
      out.push(argv[i]);
    }
  }
  return out;
}

/** node:util's messages explain its own syntax at length; say what is wrong with which option. */
export function describeParseError(error: Error & { code?: string }): string {
  const option = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? error.message}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(error.message)) return `${option} takes no value`;
      return `${option} needs a value`;
    default:
      return error.message.split('\n')[0];
  }
}

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: joinNegativeValues(argv, options), options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error as Error & { code?: string }));
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
