import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutraliseCell } from '../../../shared/reports/cells';
import { PALETTE } from '../../../shared/reports/palette';
import type { DataColumn, DataSheet, SheetValue } from '../../../shared/reports/portfolio-tables';

const NUMBER_FORMATS: Partial<Record<DataColumn['kind'], string>> = {
  integer: '#,##0',
  decimal: '#,##0.0',
  money: '"$"#,##0',
  percent: '0%',
};

/**
 * The portfolio report's tables as an Excel workbook, one sheet per table:
 * a bold header row that stays in view, filters, widths to fit. Every cell
 * is written as a plain number or a plain string — never a formula, a
 * hyperlink or rich text — and text cells are neutralised as in the CSV, so a
 * note saying "=HYPERLINK(…)" stays a note even if the sheet is later saved
 * as CSV. Rows are streamed (exceljs's streaming writer): building the whole
 * workbook in memory first took seconds for a few thousand accounts.
 */
export async function renderXlsx(sheets: DataSheet[], title: string): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Tend';
  workbook.title = neutraliseCell(title);
  // A fixed stamp: the same report gives the same workbook.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((c) => ({ width: c.width, style: NUMBER_FORMATS[c.kind] ? { numFmt: NUMBER_FORMATS[c.kind]! } : {} }));
    if (sheet.rows.length > 0) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    const header = worksheet.addRow(sheet.columns.map((c) => neutraliseCell(c.header)));
    header.font = { bold: true, color: { argb: `FF${PALETTE.text.slice(1)}` } };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${PALETTE.accentSoft.slice(1)}` } };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.commit();
    for (const row of sheet.rows) worksheet.addRow(row.map(cellValue)).commit();
    worksheet.commit();
  }
  await workbook.commit();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A number as a number, text neutralised, nothing else (no formulas, dates or links). */
function cellValue(value: SheetValue): string | number | null {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return neutraliseCell(value);
}
