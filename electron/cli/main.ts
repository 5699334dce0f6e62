import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openBackend } from '../backend/backend';
import { resolveDbFile, userDataDir } from '../backend/paths';
import { accountCommand } from './account-command';
import { parseCli, UsageError, USAGE } from './args';
import { CommandError, demoCommand, scoreCommand, todayCommand } from './commands';
import { handoverCommand } from './handover-command';
import { importCommand, importHistoryCommand, undoImportCommand } from './import-commands';
import { reportCommand } from './report-command';

/** Tend's days are UTC calendar days (see docs/architecture.md). */
const todayUtc = () => new Date().toISOString().slice(0, 10);

async function main(argv: string[]): Promise<number> {
  const { command, rest, options } = parseCli(argv);
  if (options.help || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined && !options.help ? 2 : 0;
  }
  if (command === 'import' && !existsSync(rest[0]!)) throw new CommandError(`No file at ${rest[0]}. Check the path and try again.`);
  const file = resolveDbFile(options.db);
  const creates = command === 'demo' || command === 'import';
  if (!existsSync(file)) {
    if (!creates) throw new CommandError(`No Tend database at ${file}. Load the sample with "npm run tend -- demo" or pass --db with an existing file.`);
    // The per-user folder is ours to create; a folder the user named must already exist.
    if (dirname(file) === userDataDir()) mkdirSync(dirname(file), { recursive: true });
    else if (!existsSync(dirname(file))) throw new CommandError(`The folder ${dirname(file)} does not exist; create it first or choose another --db path.`);
  }
  const backend = await openBackend(file, { onInternalError: (method, error) => console.error(`[tend] ${method} failed:`, error) });
  const io = { out: (text: string) => process.stdout.write(`${text}\n`) };
  const asOf = options.asOf ?? todayUtc();
  try {
    if (command === 'demo') await demoCommand(backend, asOf, options, io);
    else if (command === 'today') await todayCommand(backend, asOf, options, io);
    else if (command === 'score') await scoreCommand(backend, asOf, options, io);
    else if (command === 'import') await importCommand(backend, rest[0]!, options, io);
    else if (command === 'import-history') await importHistoryCommand(backend, options, io);
    else if (command === 'undo-import') await undoImportCommand(backend, rest[0]!, options, io);
    else if (command === 'handover') await handoverCommand(backend, asOf, options, io);
    else if (command === 'account') await accountCommand(backend, rest[0]!, asOf, options, io);
    else if (command === 'report') await reportCommand(backend, rest, options, todayUtc(), io);
    return 0;
  } finally {
    await backend.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof CommandError) {
      process.stderr.write(`tend: ${error.message}\n`);
      process.exitCode = 2;
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`tend: ${message.split('\n')[0]}\n`);
      process.exitCode = message.includes('file is not a database') || message.includes('SQLITE_') ? 2 : 1;
    }
  },
);
