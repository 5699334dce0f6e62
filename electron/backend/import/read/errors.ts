import { basename } from 'node:path';
import type { ImportFileErrorCode } from './types';

/**
 * A file Tend cannot import as it is. `message` is one or two sentences for
 * the person importing: what is wrong and what to do; show it as it is.
 *
 * @example
 * try { await openTable(file) } catch (e) { if (e instanceof ImportFileError) show(e.message) else throw e }
 */
export class ImportFileError extends Error {
  readonly code: ImportFileErrorCode;
  /** Where the problem is, when it is in one place: csv line or xlsx row number. */
  readonly line: number | undefined;

  constructor(code: ImportFileErrorCode, message: string, line?: number) {
    super(message);
    this.name = 'ImportFileError';
    this.code = code;
    this.line = line;
  }
}

const EXPORT_AGAIN = 'Export it from your CRM as CSV or XLSX and try again.';

const megabytes = (bytes: number) => `${Math.round(bytes / 1e6).toLocaleString('en')} MB`;
const sizeOf = (bytes: number) => (bytes >= 1e6 ? megabytes(bytes) : `${Math.max(1, Math.round(bytes / 1e3)).toLocaleString('en')} KB`);

/** The messages, in one place so they read alike. */
export const problems = {
  notFound: (file: string) =>
    new ImportFileError('not_found', `Tend can't find “${basename(file)}”. It may have been moved, renamed or deleted; choose the file again.`),
  isFolder: (file: string) =>
    new ImportFileError('not_found', `“${basename(file)}” is a folder, not a file. Choose the exported CSV or XLSX file inside it.`),
  notAllowed: (file: string) =>
    new ImportFileError(
      'not_found',
      `Tend isn't allowed to read “${basename(file)}”. Check the file's permissions, or copy it to your Documents folder, and try again.`,
    ),
  empty: () => new ImportFileError('empty', 'This file is empty. Check that you chose the right file, or export it again from your CRM.'),
  emptyWorkbook: () =>
    new ImportFileError('empty', 'Every sheet in this workbook is empty. Check that you chose the right file, or export it again from your CRM.'),
  noHeader: () =>
    new ImportFileError(
      'no_header',
      'This file has no row of column titles: every row in it is blank. Check that you chose the right file, or export it again.',
    ),
  emptySheet: (sheet: string) =>
    new ImportFileError('no_header', `The sheet “${sheet}” is empty. Choose the sheet that starts with a row of column titles.`),
  noSuchSheet: (sheet: string, sheets: string[]) =>
    new ImportFileError('not_found', `This workbook has no sheet called “${sheet}”. Its sheets are: ${sheets.map((s) => `“${s}”`).join(', ')}.`),
  binary: () => new ImportFileError('binary', `This file is not a spreadsheet or a text export (it looks like a binary file). ${EXPORT_AGAIN}`),
  knownBinary: (what: string) => new ImportFileError('binary', `This file is ${what}, not a spreadsheet or a text export. ${EXPORT_AGAIN}`),
  oldExcel: () =>
    new ImportFileError(
      'unreadable_xlsx',
      'This looks like an old Excel file (.xls) or a password-protected workbook. Open it in Excel and save it as .xlsx without a password, or as CSV, then try again.',
    ),
  notWorkbook: (what: string, advice = EXPORT_AGAIN) =>
    new ImportFileError('unreadable_xlsx', `This file is ${what}, not an Excel workbook. ${advice}`),
  damagedWorkbook: () =>
    new ImportFileError(
      'unreadable_xlsx',
      'This XLSX file is damaged and can\'t be read. Open it in Excel and save it again, or export the data as CSV, and try again.',
    ),
  tooBigUnpacked: (bytes: number, limit: number) =>
    new ImportFileError(
      'zip_bomb',
      `This XLSX expands to more than ${megabytes(limit)} when unpacked (${megabytes(bytes)}), so Tend won't open it: it may be damaged or malicious. Export the data as CSV, or split it into smaller workbooks.`,
    ),
  suspiciousRatio: (bytes: number, ratio: number) =>
    new ImportFileError(
      'zip_bomb',
      `Part of this XLSX expands ${Math.round(ratio).toLocaleString('en')} times to ${sizeOf(bytes)} when unpacked, which real workbooks don't do: it may be damaged or malicious. Save it again from Excel, or export the data as CSV.`,
    ),
  tooManyParts: (count: number) =>
    new ImportFileError(
      'zip_bomb',
      `This XLSX is made of ${count.toLocaleString('en')} parts, far more than real workbooks have, so Tend won't open it: it may be damaged or malicious. Save it again from Excel, or export the data as CSV.`,
    ),
  sizesLie: () =>
    new ImportFileError(
      'zip_bomb',
      'This XLSX holds more data than it says it does, which real workbooks never do: it may be damaged or malicious. Save it again from Excel, or export the data as CSV.',
    ),
  fieldTooLarge: (line: number, limit: number, where: 'line' | 'row') =>
    new ImportFileError(
      'field_too_large',
      where === 'line'
        ? `A cell that starts on line ${line} is larger than ${sizeOf(limit)}, which Tend can't import. Usually a quote mark (") on that line has no closing partner; fix it, or export the file again.`
        : `A cell in row ${line} is larger than ${sizeOf(limit)}, which Tend can't import. Shorten it, or export the data again.`,
      line,
    ),
  unclosedQuote: (line: number) =>
    new ImportFileError(
      'unclosed_quote',
      `A quote mark (") that opens a cell on line ${line} is never closed, so everything after it would be read as one cell. Fix that line, or export the file again.`,
      line,
    ),
  unknownEncoding: (encoding: string) =>
    new ImportFileError(
      'encoding',
      `Tend can't read text in the encoding “${encoding}”. Choose UTF-8, UTF-16 or Windows-1252 (Western European).`,
    ),
  utf16NotChosen: (chosen: string) =>
    new ImportFileError(
      'encoding',
      `This file is UTF-16 text, so it can't be read as ${chosen}. Choose UTF-16, or let Tend detect the encoding.`,
    ),
};
