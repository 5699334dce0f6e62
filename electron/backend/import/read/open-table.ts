import { open, type FileHandle } from 'node:fs/promises';
import { openCsv } from './csv-reader';
import { problems } from './errors';
import { readSettings, type ReadSettings } from './settings';
import { HEAD_BYTES, sniff } from './sniff';
import type { OpenOptions, PreviewOptions, TablePreview, TableReader, TableRow } from './types';
import { openXlsx } from './xlsx-reader';

export { ImportFileError } from './errors';
export type { Encoding, ImportFileErrorCode, OpenOptions, PreviewOptions, TableInfo, TablePreview, TableReader, TableRow } from './types';

/** A preview decides UTF-8 against Windows-1252 from this much text (an import reads it all). */
const PREVIEW_UTF8_CHECK_BYTES = 8 * 1024 * 1024;
const DEFAULT_PREVIEW_ROWS = 20;

/**
 * Opens a contact log or account list (CSV or other delimited text, or XLSX,
 * told apart by content, not by extension) for streaming: a header and then
 * batches of rows, never the whole file in memory. Every file Tend cannot
 * read fails with an ImportFileError whose message can be shown as it is.
 * Always close the reader (reading every batch also closes it).
 *
 * @example
 * const table = await openTable('/home/ana/contacts.csv');
 * try {
 *   for await (const batch of table.rows()) importRows(table.header, batch);
 * } finally {
 *   await table.close();
 * }
 */
export async function openTable(file: string, options: OpenOptions = {}): Promise<TableReader> {
  return openWith(file, readSettings(options, Infinity));
}

/**
 * A quick look for the import screen: what the file is, its header and its
 * first rows (20 unless `rows` says otherwise). Reads only the start of the
 * file, so a Windows-1252 character that first appears after 8 MB can make
 * `openTable` settle on another encoding than the preview did: let the import
 * detect it again rather than passing the preview's encoding on.
 */
export async function previewTable(file: string, options: PreviewOptions = {}): Promise<TablePreview> {
  const wanted = options.rows ?? DEFAULT_PREVIEW_ROWS;
  const table = await openWith(file, readSettings(options, PREVIEW_UTF8_CHECK_BYTES));
  try {
    const rows: TableRow[] = [];
    if (wanted > 0) {
      for await (const batch of table.rows()) {
        for (const row of batch) {
          rows.push(row);
          if (rows.length === wanted) break;
        }
        if (rows.length === wanted) break;
      }
    }
    return { info: table.info, header: table.header, rows };
  } finally {
    await table.close();
  }
}

async function openWith(file: string, settings: ReadSettings): Promise<TableReader> {
  settings.signal?.throwIfAborted();
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw fileProblem(error, file);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw problems.isFolder(file);
    if (stat.size === 0) throw problems.empty();
    const head = Buffer.alloc(Math.min(HEAD_BYTES, stat.size));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const start = head.subarray(0, bytesRead);
    const kind = sniff(start, bytesRead === stat.size, settings.encoding);
    if (kind.kind === 'zip') {
      await handle.close();
      return await openXlsx(file, stat.size, settings);
    }
    return await openCsv(handle, stat.size, start, kind, settings);
  } catch (error) {
    await handle.close().catch(() => {});
    throw error instanceof Error && 'code' in error && error.code === 'EISDIR' ? problems.isFolder(file) : error;
  }
}

function fileProblem(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return problems.notFound(file);
  if (code === 'EISDIR') return problems.isFolder(file);
  if (code === 'EACCES' || code === 'EPERM') return problems.notAllowed(file);
  return error;
}
