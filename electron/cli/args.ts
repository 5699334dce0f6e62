import { parseArgs } from 'node:util';
import { isIsoDay } from '../../shared/dates';

/** A mistake in how the CLI was called: printed as one line, exit code 2. */
export class UsageError extends Error {}

export interface CliOptions {
  db?: string;
  owner?: string;
  asOf?: string;
  limit?: number;
  json: boolean;
  help: boolean;
}

export interface ParsedCommand {
  command: string | undefined;
  rest: string[];
  options: CliOptions;
}

const COMMAND_OPTIONS: Record<string, string[]> = {
  demo: ['db', 'as-of', 'json'],
  today: ['db', 'owner', 'as-of', 'limit', 'json'],
  score: ['db', 'as-of', 'json'],
};

export const COMMANDS = Object.keys(COMMAND_OPTIONS);

export function parseCli(argv: string[]): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        owner: { type: 'string' },
        'as-of': { type: 'string' },
        limit: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (command !== undefined && !(command in COMMAND_OPTIONS)) {
    throw new UsageError(`Unknown command "${command}". Commands: ${COMMANDS.join(', ')} (see --help).`);
  }
  if (command !== undefined) {
    const allowed = COMMAND_OPTIONS[command]!;
    for (const name of Object.keys(values)) {
      if (name === 'help' || name === 'json' && values.json === false) continue;
      if (!allowed.includes(name)) throw new UsageError(`The ${command} command does not take --${name}.`);
    }
    if (rest.length > 0) throw new UsageError(`Unexpected argument "${rest[0]}" after ${command}.`);
  }
  if (values['as-of'] !== undefined && !isIsoDay(values['as-of'])) {
    throw new UsageError(`--as-of "${values['as-of']}" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-24.`);
  }
  let limit: number | undefined;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit "${values.limit}" must be a whole number of 1 or more.`);
  }
  return {
    command,
    rest,
    options: { db: values.db, owner: values.owner, asOf: values['as-of'], limit, json: values.json ?? false, help: values.help ?? false },
  };
}

export const USAGE = `Tend — which customers are you neglecting today?

Usage: npm run tend -- [--db FILE] <command> [options]

Commands:
  demo                      fill an empty store with a sample portfolio (~300 accounts)
  today [--owner NAME] [--as-of YYYY-MM-DD] [--limit N] [--json]
                            accounts that need attention, highest priority first
  score [--as-of YYYY-MM-DD] [--json]
                            health of every active account

Options:
  --db FILE   the database file (default: $TEND_DB, else the per-user app data folder)
  --json      machine-readable output
  -h, --help  this help`;
