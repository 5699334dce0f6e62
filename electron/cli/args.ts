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
  kind?: string;
  preset?: string;
  mapping?: string;
  dryRun: boolean;
  rejectUnknown: boolean;
  encoding?: string;
  delimiter?: string;
  dateFormat?: string;
  from?: string;
  to?: string;
  /** CRM ids, from a comma-separated --accounts. */
  accounts?: string[];
  /** report: the internal copy, the format, the file to write, the paper, the manager's contact line. */
  internal?: boolean;
  format?: string;
  out?: string;
  paper?: string;
  contact?: string;
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
  import: ['db', 'kind', 'preset', 'mapping', 'dry-run', 'reject-unknown', 'encoding', 'delimiter', 'date-format', 'json'],
  'import-history': ['db', 'json'],
  'undo-import': ['db', 'json'],
  handover: ['db', 'from', 'to', 'accounts', 'json'],
  report: ['db', 'owner', 'as-of', 'from', 'to', 'internal', 'format', 'out', 'paper', 'contact'],
  account: ['db', 'as-of', 'json'],
};

/** How many positional arguments each command takes after its name. */
const COMMAND_ARGUMENTS: Record<string, { count: number; max?: number; name: string }> = {
  import: { count: 1, name: 'FILE' },
  'undo-import': { count: 1, name: 'BATCH_ID' },
  report: { count: 1, max: 2, name: 'account ACCOUNT_ID | portfolio' },
  account: { count: 1, name: 'ACCOUNT_ID' },
};

const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'];
const DATE_FORMATS = ['auto', 'iso', 'dmy', 'mdy', 'ymd', 'excel'];

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
        kind: { type: 'string' },
        preset: { type: 'string' },
        mapping: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'reject-unknown': { type: 'boolean', default: false },
        encoding: { type: 'string' },
        delimiter: { type: 'string' },
        'date-format': { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        accounts: { type: 'string' },
        internal: { type: 'boolean', default: false },
        format: { type: 'string' },
        out: { type: 'string' },
        paper: { type: 'string' },
        contact: { type: 'string' },
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
    for (const [name, value] of Object.entries(values)) {
      if (name === 'help' || value === false) continue;
      if (!allowed.includes(name)) throw new UsageError(`The ${command} command does not take --${name}.`);
    }
    const expected = COMMAND_ARGUMENTS[command];
    if (expected && rest.length < expected.count && !values.help) throw new UsageError(`${command} needs ${expected.name}: npm run tend -- ${command} ${expected.name}.`);
    const most = expected?.max ?? expected?.count ?? 0;
    if (rest.length > most) throw new UsageError(`Unexpected argument "${rest[most]}" after ${command}.`);
  }
  if (values.kind !== undefined && values.kind !== 'touchpoints' && values.kind !== 'accounts') {
    throw new UsageError(`--kind must be touchpoints or accounts, not "${values.kind}".`);
  }
  if (values.preset !== undefined && values.mapping !== undefined) throw new UsageError('Give either --preset or --mapping, not both.');
  if (values.encoding !== undefined && !ENCODINGS.includes(values.encoding.toLowerCase())) {
    throw new UsageError(`--encoding must be one of ${ENCODINGS.join(', ')}.`);
  }
  if (values['date-format'] !== undefined && !DATE_FORMATS.includes(values['date-format'])) {
    throw new UsageError(`--date-format must be one of ${DATE_FORMATS.join(', ')}.`);
  }
  if (command === 'handover' && !values.help && (!values.from?.trim() || !values.to?.trim())) {
    throw new UsageError('handover needs both owners: npm run tend -- handover --from OWNER --to OWNER [--accounts ID,...].');
  }
  const accounts = values.accounts?.split(',').map((id) => id.trim()).filter((id) => id !== '');
  if (accounts !== undefined && accounts.length === 0) throw new UsageError('--accounts needs at least one account id, e.g. --accounts ACME-001,ACME-002.');
  const delimiter = values.delimiter === '\\t' || values.delimiter === 'tab' ? '\t' : values.delimiter;
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
    options: {
      db: values.db,
      owner: values.owner,
      asOf: values['as-of'],
      limit,
      json: values.json ?? false,
      help: values.help ?? false,
      kind: values.kind,
      preset: values.preset,
      mapping: values.mapping,
      dryRun: values['dry-run'] ?? false,
      rejectUnknown: values['reject-unknown'] ?? false,
      encoding: values.encoding?.toLowerCase(),
      delimiter,
      dateFormat: values['date-format'],
      from: values.from?.trim(),
      to: values.to?.trim(),
      accounts,
      internal: values.internal ?? false,
      format: values.format,
      out: values.out,
      paper: values.paper,
      contact: values.contact,
    },
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
  import FILE [--kind touchpoints|accounts] [--preset NAME | --mapping FILE.json]
              [--dry-run] [--reject-unknown] [--encoding E] [--delimiter D]
              [--date-format auto|iso|dmy|mdy|ymd|excel] [--json]
                            import a contact log or an account list (CSV, TSV, XLSX)
  import-history [--json]   every import, with what it added
  undo-import BATCH_ID      take an import back out
  handover --from OWNER --to OWNER [--accounts ID,...] [--json]
                            move accounts (all of OWNER's active ones, or those listed)
                            to another owner, with an intro item on their today list
  account ACCOUNT_ID [--as-of YYYY-MM-DD] [--json]
                            one account: score, band, reasons, open complaints, recent touchpoints
  report account ACCOUNT_ID [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--internal] [--contact TEXT]
                 --format pdf|html|md --out FILE [--paper a4|letter]
                            a status update for the customer (last 90 days unless --from/--to;
                            --internal adds health, reasons and value: never send that copy)
  report portfolio [--owner NAME] [--as-of YYYY-MM-DD]
                   --format pdf|html|md|csv|xlsx --out FILE [--paper a4|letter]
                            the portfolio report for a manager (one owner or everyone)

Options:
  --db FILE   the database file (default: $TEND_DB, else the per-user app data folder)
  --json      machine-readable output
  -h, --help  this help`;
