import type { Readable } from 'node:stream';
import { problems } from './errors';
import { BATCH_ROWS, isBlankRow, toHeader } from './header';
import type { ReadSettings } from './settings';
import { createTableReader } from './table-reader';
import type { TableReader, TableRow } from './types';
import { cellText, isDateFormat } from './xlsx-cells';
import { readWorkbook, type Workbook, type WorkbookSheet } from './xlsx-workbook';
import { unpackingProblem, ZipDirectory } from './zip-directory';

/** exceljs's ValueType.Formula (a const enum, which isolated modules cannot read). */
const FORMULA = 6;

/** The parts of an exceljs Row and Cell that are read. */
interface SheetCell {
  type: number;
  value: unknown;
  /** A formula's cached result; `value` drops a result of 0. */
  result: unknown;
  numFmt: string | undefined;
}
interface SheetRow {
  number: number;
  eachCell(options: { includeEmpty: boolean }, visit: (cell: SheetCell, column: number) => void): void;
}

/**
 * Opens a workbook: checks the zip, lists the sheets and reads up to the
 * header of the sheet asked for, or else of the first visible sheet with a
 * filled row.
 */
export async function openXlsx(file: string, totalBytes: number, settings: ReadSettings): Promise<TableReader> {
  const zip = await ZipDirectory.open(file, settings.maxUncompressedBytes);
  try {
    const book = await readWorkbook(zip).catch((error: unknown) => {
      throw unpackingProblem(error);
    });
    const names = book.sheets.map((s) => s.name);
    const tried = candidates(book, settings.sheet);
    for (const sheet of tried) {
      const progress = { bytes: 0 };
      const shape = { width: 0 };
      const rest = sheetBatches(zip, book, sheet, { progress, shape, settings });
      let first: TableRow[] | undefined;
      for (;;) {
        const next = await rest.next();
        if (next.done) break;
        if (next.value.length) {
          first = next.value;
          break;
        }
      }
      if (!first) continue;
      const header = toHeader(first[0]!.cells);
      shape.width = header.length;
      const rows = first.slice(1);
      for (const row of rows) padRow(row, shape.width);
      return createTableReader({
        info: { format: 'xlsx', encoding: null, bom: false, delimiter: null, sheet: sheet.name, sheets: names, totalBytes },
        header,
        first: rows,
        rest,
        bytesRead: () => Math.min(totalBytes, Math.round((totalBytes * progress.bytes) / Math.max(1, sheet.entry.uncompressedSize))),
        release: async () => zip.close(),
      });
    }
    if (settings.sheet !== undefined) throw problems.emptySheet(tried[0]!.name);
    throw problems.emptyWorkbook();
  } catch (error) {
    zip.close();
    throw error;
  }
}

const loose = (name: string) => name.trim().toLocaleLowerCase();

/** The sheets to try, in order: the one asked for, or the visible ones then the hidden ones. */
function candidates(book: Workbook, wanted: string | undefined): WorkbookSheet[] {
  if (wanted === undefined) return [...book.sheets.filter((s) => !s.hidden), ...book.sheets.filter((s) => s.hidden)];
  const sheet = book.sheets.find((s) => s.name === wanted) ?? book.sheets.find((s) => loose(s.name) === loose(wanted));
  if (!sheet) throw problems.noSuchSheet(wanted, book.sheets.map((s) => s.name));
  return [sheet];
}

interface SheetReading {
  /** Unpacked bytes of the sheet read so far. */
  progress: { bytes: number };
  /** The header's width once known: data rows are padded to it (a sheet stores no trailing empty cells). */
  shape: { width: number };
  settings: ReadSettings;
}

const padRow = (row: TableRow, width: number) => {
  while (row.cells.length < width) row.cells.push('');
};

async function* sheetBatches(
  zip: ZipDirectory,
  book: Workbook,
  sheet: WorkbookSheet,
  { progress, shape, settings }: SheetReading,
): AsyncGenerator<TableRow[], void, undefined> {
  const part = await zip.open(sheet.entry);
  try {
    const parser = book.worksheet(xmlText(part, progress, settings.signal));
    const surelySmall = Math.floor(settings.maxFieldBytes / 3);
    let out: TableRow[] = [];
    let lastLine = 0;
    for await (const events of parser.parse()) {
      for (const { eventType, value } of events) {
        if (eventType !== 'row') continue;
        const row = value as SheetRow;
        const line = Number.isFinite(row.number) ? row.number : lastLine + 1;
        lastLine = line;
        const cells = rowCells(row, book.date1904);
        for (const cell of cells) {
          if (cell.length > surelySmall && Buffer.byteLength(cell) > settings.maxFieldBytes) {
            throw problems.fieldTooLarge(line, settings.maxFieldBytes, 'row');
          }
        }
        if (isBlankRow(cells)) continue;
        while (cells.length < shape.width) cells.push('');
        out.push({ line, cells });
      }
      while (out.length >= BATCH_ROWS) {
        const batch = out;
        out = batch.splice(BATCH_ROWS);
        yield batch;
        settings.signal?.throwIfAborted();
      }
    }
    if (out.length) yield out;
  } catch (error) {
    throw unpackingProblem(error);
  } finally {
    part.destroy();
  }
}

/** One row's cells as text, column A first; columns with no cell are ''. */
function rowCells(row: SheetRow, date1904: boolean): string[] {
  const cells: string[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    while (cells.length < column - 1) cells.push('');
    const formula = cell.type === FORMULA;
    const value = formula ? cell.result : cell.value;
    // A formula's result keeps its number, even when formatted as a date; exceljs only converts plain values.
    cells[column - 1] = formula || hasResult(value) ? cellText(value, isDateFormat(cell.numFmt), date1904) : cellText(value);
  });
  return cells;
}

const hasResult = (value: unknown) => typeof value === 'object' && value !== null && 'result' in value;

/** A part's XML as text, decoded across chunk boundaries, counting unpacked bytes for progress. */
async function* xmlText(part: Readable, progress: { bytes: number }, signal: AbortSignal | undefined): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of part as AsyncIterable<Buffer>) {
    signal?.throwIfAborted();
    progress.bytes += chunk.length;
    yield decoder.decode(chunk, { stream: true });
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}
