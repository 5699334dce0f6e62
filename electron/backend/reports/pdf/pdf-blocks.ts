import type { Block, Figure } from '../../../../shared/reports/document';
import { PALETTE, tintColour } from '../../../../shared/reports/palette';
import { chartHeight, drawChart } from './pdf-charts';
import { drawTable, tableLeadHeight } from './pdf-table';
import type { PdfWriter, TextStyle } from './pdf-writer';

/** The blocks of a report section on paper, and how much of each must fit before it may start on a page. */

export const PARAGRAPH: TextStyle = { size: 9.5, lineGap: 2.2 };
const MUTED: TextStyle = { ...PARAGRAPH, colour: PALETTE.muted };
const SUBHEADING: TextStyle = { size: 7.5, weight: 'bold', colour: PALETTE.muted };
const GAP = 9;
const BULLET_INDENT = 13;
const FIGURE_GAP = 10;
const FIGURES_PER_ROW = 4;

/** The least of a block that must fit on the page it starts on (headings are kept with this much). */
export function leadHeight(pdf: PdfWriter, block: Block): number {
  switch (block.kind) {
    case 'paragraph':
      return Math.min(pdf.measure(block.text, pdf.width, PARAGRAPH), 3 * (PARAGRAPH.size * 1.17 + PARAGRAPH.lineGap!));
    case 'subheading':
      return subheadingHeight(pdf, block.text);
    case 'list':
      return block.items.length ? pdf.measure(block.items[0]!, pdf.width - BULLET_INDENT, PARAGRAPH) : 0;
    case 'callout':
      return calloutHeight(pdf, block.text, block.tone);
    case 'figures':
      return figureRowHeight(pdf, block.figures.slice(0, FIGURES_PER_ROW));
    case 'chart':
      return chartHeight(block.chart);
    case 'table':
      return block.rows.length ? tableLeadHeight(pdf, block.columns, block.rows) : pdf.measure(block.empty, pdf.width, MUTED);
  }
}

export function drawBlock(pdf: PdfWriter, block: Block): void {
  switch (block.kind) {
    case 'paragraph':
      flowText(pdf, block.text, pdf.left, pdf.width, block.muted ? MUTED : PARAGRAPH);
      pdf.y += GAP;
      return;
    case 'subheading':
      pdf.y += 4;
      pdf.text(block.text.toUpperCase(), pdf.left, pdf.y, pdf.width, SUBHEADING);
      pdf.y += subheadingHeight(pdf, block.text) - 4;
      return;
    case 'list':
      for (const item of block.items) {
        pdf.ensure(pdf.measure(item, pdf.width - BULLET_INDENT, PARAGRAPH));
        pdf.doc.circle(pdf.left + 4, pdf.y + 5.6, 1.6).fillColor(PALETTE.accent).fill();
        flowText(pdf, item, pdf.left + BULLET_INDENT, pdf.width - BULLET_INDENT, PARAGRAPH);
        pdf.y += 3;
      }
      pdf.y += GAP - 3;
      return;
    case 'callout':
      drawCallout(pdf, block.text, block.tone);
      return;
    case 'figures':
      for (let i = 0; i < block.figures.length; i += FIGURES_PER_ROW) drawFigureRow(pdf, block.figures.slice(i, i + FIGURES_PER_ROW));
      return;
    case 'chart':
      drawChart(pdf, block.chart);
      return;
    case 'table':
      if (block.rows.length === 0) {
        if (block.empty) {
          flowText(pdf, block.empty, pdf.left, pdf.width, MUTED);
          pdf.y += GAP;
        }
        return;
      }
      drawTable(pdf, block.columns, block.rows);
      pdf.y += 5;
      if (block.footnote) {
        flowText(pdf, block.footnote, pdf.left, pdf.width, { size: 7.5, colour: PALETTE.muted, lineGap: 1 });
      }
      pdf.y += GAP;
      return;
  }
}

/** Text that may run onto the next page (pdfkit carries it over); the cursor ends below it. */
function flowText(pdf: PdfWriter, text: string, x: number, width: number, style: TextStyle): void {
  pdf.style(style);
  pdf.doc.text(text, x, pdf.y, { width, lineGap: style.lineGap ?? 0 });
  pdf.y = pdf.doc.y;
}

function subheadingHeight(pdf: PdfWriter, text: string): number {
  return 4 + pdf.measure(text.toUpperCase(), pdf.width, SUBHEADING) + 6;
}

const calloutStyle = (tone: 'info' | 'internal'): TextStyle => ({ ...PARAGRAPH, weight: tone === 'internal' ? 'bold' : 'regular', colour: tone === 'internal' ? PALETTE.dangerFg : PALETTE.text });

function calloutHeight(pdf: PdfWriter, text: string, tone: 'info' | 'internal'): number {
  return pdf.measure(text, pdf.width - 24, calloutStyle(tone)) + 16;
}

function drawCallout(pdf: PdfWriter, text: string, tone: 'info' | 'internal'): void {
  const height = calloutHeight(pdf, text, tone);
  pdf.ensure(height);
  const [bg, border] = tone === 'internal' ? [PALETTE.dangerBg, PALETTE.dangerBorder] : [PALETTE.accentSoft, '#c9d7f7'];
  pdf.doc.roundedRect(pdf.left, pdf.y, pdf.width, height, 5).lineWidth(0.75).fillAndStroke(bg, border);
  pdf.doc.rect(pdf.left, pdf.y, 3, height).fillColor(tone === 'internal' ? PALETTE.dangerFg : PALETTE.accent).fill();
  pdf.text(text, pdf.left + 14, pdf.y + 8, pdf.width - 24, calloutStyle(tone));
  pdf.y += height + GAP;
}

const FIGURE_LABEL: TextStyle = { size: 7.5, colour: PALETTE.muted };
const FIGURE_VALUE: TextStyle = { size: 16, weight: 'bold' };
const FIGURE_NOTE: TextStyle = { size: 7.5, colour: PALETTE.muted, lineGap: 0.5 };

function figureWidth(pdf: PdfWriter, count: number): number {
  const across = Math.max(count, Math.min(FIGURES_PER_ROW, 2));
  return (pdf.width - (across - 1) * FIGURE_GAP) / across;
}

function figureRowHeight(pdf: PdfWriter, figures: Figure[]): number {
  const inner = figureWidth(pdf, figures.length) - 20;
  return Math.max(
    ...figures.map((f) => 12 + pdf.measure(f.label, inner, FIGURE_LABEL) + 3 + pdf.measure(f.value, inner, FIGURE_VALUE) + (f.note ? 2 + pdf.measure(f.note, inner, FIGURE_NOTE) : 0) + 10),
  );
}

/** Key figures as tiles across the page, each with its colour along the top. */
function drawFigureRow(pdf: PdfWriter, figures: Figure[]): void {
  const width = figureWidth(pdf, figures.length);
  const height = figureRowHeight(pdf, figures);
  pdf.ensure(height);
  const { doc } = pdf;
  figures.forEach((figure, i) => {
    const x = pdf.left + i * (width + FIGURE_GAP);
    const y = pdf.y;
    doc.save();
    doc.roundedRect(x, y, width, height, 5).clip();
    doc.rect(x, y, width, height).fillColor(PALETTE.surface).fill();
    doc.rect(x, y, width, 3).fillColor(figure.tint ? tintColour(figure.tint) : PALETTE.borderStrong).fill();
    doc.restore();
    doc.roundedRect(x, y, width, height, 5).lineWidth(0.6).strokeColor(PALETTE.border).stroke();
    let at = y + 11;
    at += pdf.text(figure.label, x + 10, at, width - 20, FIGURE_LABEL) + 3;
    at += pdf.text(figure.value, x + 10, at, width - 20, FIGURE_VALUE) + 2;
    if (figure.note) pdf.text(figure.note, x + 10, at, width - 20, FIGURE_NOTE);
  });
  pdf.y += height + 12;
}
