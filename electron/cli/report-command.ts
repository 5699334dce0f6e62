import { randomBytes } from 'node:crypto';
import { accessSync, constants, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { DEFAULT_UPDATE_PERIOD_DAYS, PAPER_SIZES, REPORT_FORMATS_FOR, type PaperSize, type ReportFormat, type ReportSpec } from '../../shared/api/reports';
import { addDays, isIsoDay } from '../../shared/dates';
import type { IsoDay } from '../../shared/domain';
import type { Backend } from '../backend/backend';
import { getAccount, idsByExternalId } from '../backend/db/accounts-repo';
import { UsageError, type CliOptions } from './args';
import { CommandError, type Output } from './commands';

/**
 * `tend report account ACCOUNT_ID …` and `tend report portfolio …`: a report
 * written to --out. The file appears whole or not at all: the report is
 * rendered first, written to a temporary file beside the target and renamed
 * over it, so a failure (unknown account, bad date, unwritable folder, full
 * disk) leaves nothing behind.
 */
export async function reportCommand(backend: Backend, rest: string[], options: CliOptions, today: IsoDay, io: Output): Promise<void> {
  const [kind, id] = rest;
  if (kind !== 'account' && kind !== 'portfolio') {
    throw new UsageError(`report needs "account ACCOUNT_ID" or "portfolio", not "${kind}": npm run tend -- report portfolio --format pdf --out report.pdf.`);
  }
  const out = requireOut(options);
  const format = reportFormat(kind, options, out);
  const paper = paperSize(options.paper);
  let spec: ReportSpec;
  if (kind === 'account') {
    if (id === undefined) throw new UsageError('report account needs ACCOUNT_ID: npm run tend -- report account ACME-001 --format pdf --out update.pdf.');
    refuse(kind, { owner: options.owner, 'as-of': options.asOf });
    const to = day('--to', options.to) ?? today;
    const from = day('--from', options.from) ?? addDays(to, 1 - DEFAULT_UPDATE_PERIOD_DAYS);
    if (from > to) throw new UsageError(`--from ${from} is after --to ${to}; the period must start on or before its end.`);
    spec = { kind: 'account', accountId: await resolveAccount(backend, id), from, to, internal: options.internal ?? false, ...(options.contact?.trim() ? { contactLine: options.contact.trim() } : {}) };
  } else {
    if (id !== undefined) throw new UsageError(`Unexpected argument "${id}" after report portfolio; name an owner with --owner.`);
    refuse(kind, { from: options.from, to: options.to, internal: options.internal || undefined, contact: options.contact });
    spec = { kind: 'portfolio', owner: options.owner ?? null, asOf: options.asOf ?? today };
  }
  checkWritable(out);
  const rendered = await backend.api['reports.render']({ spec, format, paper });
  if (!rendered.ok) throw new CommandError(rendered.error.message);
  writeWhole(out, Buffer.from(rendered.value.data, 'base64'));
  io.out(`Wrote ${out} (${formatBytes(rendered.value.bytes)}, ${format.toUpperCase()}${format === 'pdf' ? `, ${paper === 'a4' ? 'A4' : 'Letter'}` : ''}).`);
}

function requireOut(options: CliOptions): string {
  if (!options.out?.trim()) throw new UsageError('report needs --out FILE: where to write the report.');
  return resolve(options.out);
}

/** --format, or the format --out's extension names. */
function reportFormat(kind: 'account' | 'portfolio', options: CliOptions, out: string): ReportFormat {
  const allowed = REPORT_FORMATS_FOR[kind];
  const given = (options.format ?? extname(out).slice(1)).toLowerCase();
  const format = given === 'markdown' ? 'md' : given;
  if (!(allowed as readonly string[]).includes(format)) {
    const what = options.format === undefined ? 'needs --format' : `--format "${options.format}" is not one of its formats;`;
    throw new UsageError(`report ${kind} ${what} ${allowed.join(', ')}${kind === 'account' ? ' (CSV and XLSX are for the portfolio report)' : ''}.`);
  }
  return format as ReportFormat;
}

function paperSize(value: string | undefined): PaperSize {
  if (value === undefined) return 'a4';
  const paper = value.toLowerCase();
  if (!(PAPER_SIZES as readonly string[]).includes(paper)) throw new UsageError(`--paper must be a4 or letter, not "${value}".`);
  return paper as PaperSize;
}

function day(option: string, value: string | undefined): IsoDay | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDay(value)) throw new UsageError(`${option} "${value}" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-24.`);
  return value;
}

function refuse(kind: string, given: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(given)) {
    if (value !== undefined) throw new UsageError(`report ${kind} does not take --${name}.`);
  }
}

/** The account by its CRM id (as `tend today` shows it), or by Tend's own number when no CRM id matches. */
async function resolveAccount(backend: Backend, id: string): Promise<number> {
  const found = (await idsByExternalId(backend.store.db, [id])).get(id);
  if (found !== undefined) return found;
  if (/^\d{1,15}$/.test(id) && Number(id) > 0 && (await getAccount(backend.store.db, Number(id)))) return Number(id);
  throw new CommandError(`No account has the id "${id}"; use the ids "npm run tend -- today" shows.`);
}

/** Refuses early (before any rendering) when the file cannot be written where asked. */
function checkWritable(out: string): void {
  const folder = dirname(out);
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    // reported below
  }
  if (!isFolder) throw new CommandError(`Cannot write ${out}: the folder ${folder} does not exist. Create it or choose another --out.`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new CommandError(`Cannot write ${out}: the folder ${folder} is not writable. Choose another --out.`);
  }
  try {
    if (statSync(out).isDirectory()) throw new CommandError(`Cannot write ${out}: it is a folder. Give a file name, e.g. ${join(out, 'report.pdf')}.`);
  } catch (error) {
    if (error instanceof CommandError) throw error;
  }
}

/** Writes to a temporary file in the same folder, then renames it over the target: never a partial file. */
function writeWhole(out: string, content: Uint8Array): void {
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, content, { flag: 'wx' });
    renameSync(temp, out);
  } catch (error) {
    rmSync(temp, { force: true });
    const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
    throw new CommandError(`Cannot write ${out} (${reason}). Check the path and the free space, then try again.`);
  }
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
