import { neutraliseCell } from './cells';
import type { DataSheet, SheetValue } from './portfolio-tables';

/**
 * A table as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel
 * reads "Zoë" as Zoë), comma-separated, CRLF line ends, RFC 4180 quoting.
 * Every text cell is neutralised against formulas; numbers are written as
 * numbers, empty values as empty cells.
 */
export function toCsv(sheet: DataSheet): string {
  const lines = [sheet.columns.map((c) => csvField(c.header)), ...sheet.rows.map((row) => row.map(csvField))];
  return `\ufeff${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}

/** One CSV field. */
export function csvField(value: SheetValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = neutraliseCell(value);
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
