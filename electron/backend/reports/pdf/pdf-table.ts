import type { Cell, TableColumn } from '../../../../shared/reports/document';
import { cellText } from '../../../../shared/reports/document';
import { BAND_COLOURS, PALETTE } from '../../../../shared/reports/palette';
import type { PdfWriter, TextStyle } from './pdf-writer';

/**
 * Tables on paper: column widths from the columns' weights, rows as tall as
 * their tallest cell, a hairline between rows, and the header row repeated at
 * the top of every page the table runs onto. A row never splits across pages.
 */

const PAD_X = 5;
const PAD_Y = 4.5;
const HEAD: TextStyle = { size: 7, weight: 'bold', colour: PALETTE.muted };
const BODY: TextStyle = { size: 8.5, lineGap: 1 };
const STRONG: TextStyle = { size: 8.5, weight: 'bold', lineGap: 1 };
const DETAIL: TextStyle = { size: 7.5, colour: PALETTE.muted, lineGap: 0.5 };
const PILL: TextStyle = { size: 7.5, weight: 'bold' };

interface Laid {
  x: number[];
  widths: number[];
}

function layout(pdf: PdfWriter, columns: TableColumn[]): Laid {
  const total = columns.reduce((s, c) => s + (c.weight ?? 1), 0);
  const widths = columns.map((c) => ((c.weight ?? 1) / total) * pdf.width);
  const x: number[] = [];
  let at = pdf.left;
  for (const w of widths) {
    x.push(at);
    at += w;
  }
  return { x, widths };
}

function headHeight(pdf: PdfWriter, columns: TableColumn[], laid: Laid): number {
  return Math.max(...columns.map((c, i) => pdf.measure(c.header.toUpperCase(), laid.widths[i]! - 2 * PAD_X, HEAD))) + 2 * PAD_Y;
}

function cellHeight(pdf: PdfWriter, cell: Cell, width: number): number {
  const inner = width - 2 * PAD_X;
  if (typeof cell === 'string') return pdf.measure(cell, inner, BODY);
  const main = cell.band ? PILL.size * 1.5 + 2 : pdf.measure(cell.text, inner, cell.strong ? STRONG : BODY);
  return main + (cell.detail ? 1.5 + pdf.measure(cell.detail, inner, DETAIL) : 0);
}

function rowHeight(pdf: PdfWriter, row: Cell[], laid: Laid): number {
  return Math.max(...row.map((cell, i) => cellHeight(pdf, cell, laid.widths[i]!))) + 2 * PAD_Y;
}

/** Tables this short are never split across pages. */
const SHORT_TABLE_ROWS = 6;

/** What must fit for the table to start on this page: all of a short table, else the header and two rows. */
export function tableLeadHeight(pdf: PdfWriter, columns: TableColumn[], rows: Cell[][]): number {
  const laid = layout(pdf, columns);
  const count = rows.length <= SHORT_TABLE_ROWS ? rows.length : 2;
  return headHeight(pdf, columns, laid) + rows.slice(0, count).reduce((s, r) => s + rowHeight(pdf, r, laid), 0);
}

function drawHead(pdf: PdfWriter, columns: TableColumn[], laid: Laid): void {
  const height = headHeight(pdf, columns, laid);
  pdf.doc.rect(pdf.left, pdf.y, pdf.width, height).fillColor(PALETTE.sunken).fill();
  columns.forEach((c, i) => {
    pdf.text(c.header.toUpperCase(), laid.x[i]! + PAD_X, pdf.y + PAD_Y, laid.widths[i]! - 2 * PAD_X, { ...HEAD, align: c.align === 'right' ? 'right' : 'left' });
  });
  pdf.y += height;
  pdf.doc.moveTo(pdf.left, pdf.y).lineTo(pdf.right, pdf.y).lineWidth(0.75).strokeColor(PALETTE.borderStrong).stroke();
}

function drawCell(pdf: PdfWriter, cell: Cell, x: number, y: number, width: number, align: 'left' | 'right'): void {
  const inner = width - 2 * PAD_X;
  const left = x + PAD_X;
  if (typeof cell === 'string') {
    pdf.text(cell, left, y, inner, { ...BODY, align });
    return;
  }
  let used: number;
  if (cell.band) {
    const colours = BAND_COLOURS[cell.band];
    const label = cellText(cell);
    const pillWidth = Math.min(inner, pdf.widthOf(label, PILL) + 18);
    const pillHeight = PILL.size * 1.5 + 2;
    const pillX = align === 'right' ? left + inner - pillWidth : left;
    pdf.doc.roundedRect(pillX, y - 1, pillWidth, pillHeight, pillHeight / 2).fillColor(colours.bg).fill();
    pdf.doc.circle(pillX + 6.5, y - 1 + pillHeight / 2, 2.4).fillColor(colours.dot).fill();
    pdf.line(label, pillX + 11, y + 1.4, pillWidth - 13, { ...PILL, colour: colours.fg });
    used = pillHeight;
  } else {
    used = pdf.text(cell.text, left, y, inner, { ...(cell.strong ? STRONG : BODY), align });
  }
  if (cell.detail) pdf.text(cell.detail, left, y + used + 1.5, inner, { ...DETAIL, align });
}

/** Draws a table from the cursor down, breaking pages between rows. */
export function drawTable(pdf: PdfWriter, columns: TableColumn[], rows: Cell[][]): void {
  const laid = layout(pdf, columns);
  pdf.ensure(tableLeadHeight(pdf, columns, rows));
  drawHead(pdf, columns, laid);
  for (const row of rows) {
    const height = rowHeight(pdf, row, laid);
    if (pdf.y + height > pdf.bottom) {
      pdf.newPage();
      drawHead(pdf, columns, laid);
    }
    row.forEach((cell, i) => drawCell(pdf, cell, laid.x[i]!, pdf.y + PAD_Y, laid.widths[i]!, columns[i]?.align === 'right' ? 'right' : 'left'));
    pdf.y += height;
    pdf.doc.moveTo(pdf.left, pdf.y).lineTo(pdf.right, pdf.y).lineWidth(0.5).strokeColor(PALETTE.border).stroke();
  }
}
