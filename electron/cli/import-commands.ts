import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportKind, Mapping } from '../../shared/import/fields';
import { validateMapping } from '../../shared/import/fields';
import { detectKind, suggestMapping } from '../../shared/import/suggest';
import type { Backend } from '../backend/backend';
import { listBatches, undoBatch } from '../backend/db/import-repo';
import { ImportFileError } from '../backend/import/read/errors';
import { previewTable } from '../backend/import/read/open-table';
import type { Encoding } from '../backend/import/read/types';
import { runImport, type ImportSummary } from '../backend/import/run-import';
import { listPresets, lookUpPreset } from '../backend/import/saved-presets';
import { UserError } from '../backend/user-error';
import type { CliOptions } from './args';
import { CommandError, type Output } from './commands';
import { formatTable } from './table';

const count = new Intl.NumberFormat('en-US');

/** Reads the mapping the user asked for, or works one out from the file's columns and values. */
async function chooseMapping(backend: Backend, file: string, options: CliOptions): Promise<{ mapping: Mapping; how: string }> {
  const read = { encoding: options.encoding as Encoding | undefined, delimiter: options.delimiter };
  let preview;
  try {
    preview = await previewTable(file, { ...read, rows: 200 });
  } catch (error) {
    if (error instanceof ImportFileError) throw new CommandError(error.message);
    throw error;
  }
  const sample = preview.rows.map((r) => r.cells);
  let mapping: Mapping;
  let how: string;
  if (options.mapping) {
    if (!existsSync(options.mapping)) throw new CommandError(`No mapping file at ${options.mapping}.`);
    try {
      mapping = JSON.parse(readFileSync(options.mapping, 'utf8')) as Mapping;
    } catch {
      throw new CommandError(`${options.mapping} is not valid JSON. A mapping looks like {"kind": "touchpoints", "fields": {"occurred_at": "Date"}, "dateFormat": "auto"}.`);
    }
    how = `mapping from ${basename(options.mapping)}`;
  } else if (options.preset) {
    const preset = await lookUpPreset(backend.store.db, options.preset);
    if (!preset) throw new CommandError(`No preset called "${options.preset}". Presets: ${(await listPresets(backend.store.db)).map((p) => p.id).join(', ')}.`);
    mapping = preset.mapping;
    how = `preset "${preset.name}"`;
  } else {
    const kind: ImportKind = (options.kind as ImportKind | undefined) ?? detectKind(preview.header, sample).kind;
    mapping = suggestMapping(kind, preview.header, sample);
    how = 'columns recognised automatically';
  }
  if (options.kind && mapping.kind !== options.kind) mapping = { ...mapping, kind: options.kind as ImportKind };
  if (options.dateFormat) mapping = { ...mapping, dateFormat: options.dateFormat as Mapping['dateFormat'] };
  const problems = validateMapping(mapping, preview.header);
  if (problems.length) throw new CommandError(`The file's columns do not fit the ${how}: ${problems.join(' ')}`);
  return { mapping, how };
}

export async function importCommand(backend: Backend, file: string, options: CliOptions, io: Output): Promise<void> {
  if (!existsSync(file)) throw new CommandError(`No file at ${file}.`);
  const { mapping, how } = await chooseMapping(backend, file, options);
  const showProgress = !options.json && process.stderr.isTTY;
  let summary: ImportSummary;
  try {
    summary = await runImport(backend.store, {
      file,
      mapping,
      read: { encoding: options.encoding as Encoding | undefined, delimiter: options.delimiter },
      unknownAccounts: options.rejectUnknown ? 'reject' : 'create',
      dryRun: options.dryRun,
      onProgress: showProgress
        ? (p) =>
            process.stderr.write(
              p.finishing
                ? `\r\x1b[K${count.format(p.rowsRead)} rows read · saving…`
                : `\r${count.format(p.rowsRead)} rows · ${count.format(p.rowsPerSecond)} rows/s${p.secondsLeft === null ? '' : ` · ${p.secondsLeft} s left`}   `,
            )
        : undefined,
    });
  } catch (error) {
    if (error instanceof UserError) throw new CommandError(error.message);
    throw error;
  } finally {
    if (showProgress) process.stderr.write('\r\x1b[K');
  }
  if (options.json) {
    io.out(JSON.stringify({ ...summary, mapping }, null, 2));
    return;
  }
  const what = summary.dryRun ? 'Dry run — nothing was saved.' : `Imported ${summary.fileName} as batch #${summary.batchId} (${how}).`;
  const seconds = (summary.millis / 1000).toFixed(1);
  io.out(
    `${what}\n${count.format(summary.rowsRead)} rows read: ${count.format(summary.added)} added, ${count.format(summary.duplicates)} duplicates skipped, ` +
      `${count.format(summary.rejected)} rejected, in ${seconds} s.` +
      (summary.accountsCreated ? ` ${count.format(summary.accountsCreated)} new accounts.` : '') +
      (summary.accountsUpdated ? ` ${count.format(summary.accountsUpdated)} accounts updated.` : ''),
  );
  if (summary.rejects.length) {
    io.out('\nRejected rows:');
    for (const reject of summary.rejects.slice(0, 20)) io.out(`  line ${reject.line}: ${reject.reason}`);
    if (summary.rejected > 20) io.out(`  … and ${count.format(summary.rejected - 20)} more (all are kept with the batch).`);
  }
}

export async function importHistoryCommand(backend: Backend, options: CliOptions, io: Output): Promise<void> {
  const batches = await listBatches(backend.store.db);
  if (options.json) {
    io.out(JSON.stringify(batches, null, 2));
    return;
  }
  if (batches.length === 0) {
    io.out('No imports yet. Try: npm run tend -- import FILE');
    return;
  }
  io.out(
    formatTable(batches, [
      { header: '#', value: (b) => String(b.id), align: 'right' },
      { header: 'When', value: (b) => new Date(b.startedAt).toISOString().slice(0, 16).replace('T', ' ') },
      { header: 'File', value: (b) => b.fileName, max: 40 },
      { header: 'Kind', value: (b) => b.kind },
      { header: 'Added', value: (b) => count.format(b.added), align: 'right' },
      { header: 'Duplicates', value: (b) => count.format(b.duplicates), align: 'right' },
      { header: 'Rejected', value: (b) => count.format(b.rejected), align: 'right' },
      { header: 'Status', value: (b) => (b.status === 'undone' ? 'undone' : 'imported') },
    ]),
  );
}

export async function undoImportCommand(backend: Backend, batch: string, options: CliOptions, io: Output): Promise<void> {
  const id = Number(batch);
  if (!Number.isInteger(id) || id < 1) throw new CommandError(`"${batch}" is not an import number; see "npm run tend -- import-history".`);
  let result;
  try {
    result = undoBatch(backend.store, id, Date.now());
  } catch (error) {
    if (error instanceof UserError) throw new CommandError(error.message);
    throw error;
  }
  backend.scoreboard.invalidate();
  if (options.json) io.out(JSON.stringify(result));
  else
    io.out(
      `Undid import #${id}: removed ${count.format(result.touchpointsRemoved)} touchpoints and ${count.format(result.accountsRemoved)} accounts` +
        (result.accountsRestored ? `, restored ${count.format(result.accountsRestored)} accounts` : '') +
        '.',
    );
}
