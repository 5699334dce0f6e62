import type { PaperSize } from '../../../../shared/api/reports';
import type { ReportDocument, ReportSection } from '../../../../shared/reports/document';
import { PALETTE } from '../../../../shared/reports/palette';
import { drawBlock, leadHeight, PARAGRAPH } from './pdf-blocks';
import { PdfWriter, type TextStyle } from './pdf-writer';

/**
 * A report as a print-quality PDF (A4 or Letter): a title block on page 1,
 * sections with their headings kept together with what follows them, the
 * running header and page numbers on every page. Pure pdfkit with embedded
 * fonts: it works the same in the CLI, the browser host and the desktop app.
 */
export async function renderPdf(report: ReportDocument, paper: PaperSize): Promise<Uint8Array> {
  const pdf = new PdfWriter(paper, { title: `${report.title} · ${report.eyebrow}`, author: report.meta[0]?.value ?? 'Tend', subject: report.subtitle }, report.runningTitle);
  drawTitleBlock(pdf, report);
  for (const section of report.sections) drawSection(pdf, section);
  return pdf.finish();
}

const EYEBROW: TextStyle = { size: 8, weight: 'bold', colour: PALETTE.accent };
const TITLE: TextStyle = { size: 22, weight: 'bold', lineGap: 1 };
const SUBTITLE: TextStyle = { size: 10.5, colour: PALETTE.muted };
const META_LABEL: TextStyle = { size: 6.8, weight: 'bold', colour: PALETTE.muted };
const META_VALUE: TextStyle = { size: 9.5, weight: 'bold', lineGap: 0.5 };
const HEADING: TextStyle = { size: 13, weight: 'bold' };
const BANNER: TextStyle = { size: 9, weight: 'bold', colour: PALETTE.dangerFg, lineGap: 1.5 };

function drawTitleBlock(pdf: PdfWriter, report: ReportDocument): void {
  const { doc } = pdf;
  doc.rect(0, 0, pdf.left + pdf.width + pdf.left, 6).fillColor(PALETTE.accent).fill();
  let y = 36;
  pdf.text(report.eyebrow.toUpperCase(), pdf.left, y, pdf.width, EYEBROW);
  y += 15;
  y += pdf.text(report.title, pdf.left, y, pdf.width, TITLE) + 3;
  y += pdf.text(report.subtitle, pdf.left, y, pdf.width, SUBTITLE) + 14;

  // Who, when and how to reach, in a quiet box of up to four columns, each as wide as its value needs.
  const columns = Math.min(4, report.meta.length);
  const gap = 18;
  const inner = pdf.width - 24 - (columns - 1) * gap;
  const rows: (typeof report.meta)[] = [];
  for (let i = 0; i < report.meta.length; i += columns) rows.push(report.meta.slice(i, i + columns));
  const natural = Array.from({ length: columns }, (_, i) =>
    Math.max(...rows.map((row) => (row[i] ? Math.max(pdf.widthOf(row[i].label.toUpperCase(), META_LABEL), pdf.widthOf(row[i].value, META_VALUE)) + 2 : 0))),
  );
  const widths = fitColumns(natural, inner);
  const rowHeights = rows.map((row) => Math.max(...row.map((m, i) => pdf.measure(m.label.toUpperCase(), widths[i]!, META_LABEL) + 3 + pdf.measure(m.value, widths[i]!, META_VALUE))));
  const boxHeight = rowHeights.reduce((s, h) => s + h, 0) + (rows.length - 1) * 8 + 20;
  doc.roundedRect(pdf.left, y, pdf.width, boxHeight, 6).lineWidth(0.6).fillAndStroke(PALETTE.sunken, PALETTE.border);
  let rowY = y + 10;
  rows.forEach((row, r) => {
    let x = pdf.left + 12;
    row.forEach((m, i) => {
      const labelHeight = pdf.text(m.label.toUpperCase(), x, rowY, widths[i]!, META_LABEL);
      pdf.text(m.value, x, rowY + labelHeight + 3, widths[i]!, META_VALUE);
      x += widths[i]! + gap;
    });
    rowY += rowHeights[r]! + 8;
  });
  y += boxHeight + 12;

  if (report.banner) {
    const height = pdf.measure(report.banner, pdf.width - 24, BANNER) + 16;
    doc.roundedRect(pdf.left, y, pdf.width, height, 5).lineWidth(0.75).fillAndStroke(PALETTE.dangerBg, PALETTE.dangerBorder);
    pdf.text(report.banner, pdf.left + 12, y + 8, pdf.width - 24, BANNER);
    y += height + 12;
  }
  pdf.y = y + 4;
}

/**
 * Column widths that fit `total`: with room to spare every column gets its
 * natural width plus an equal share of the rest; otherwise the columns that
 * fit a fair share keep their natural width and the wide ones share what is
 * left (and wrap).
 */
export function fitColumns(natural: number[], total: number): number[] {
  const sum = natural.reduce((s, w) => s + w, 0);
  if (sum <= total) return natural.map((w) => w + (total - sum) / natural.length);
  const fixed = new Set<number>();
  let changed = true;
  while (changed) {
    changed = false;
    const left = total - [...fixed].reduce((s, i) => s + natural[i]!, 0);
    const share = left / (natural.length - fixed.size);
    natural.forEach((w, i) => {
      if (!fixed.has(i) && w <= share) {
        fixed.add(i);
        changed = true;
      }
    });
  }
  const left = total - [...fixed].reduce((s, i) => s + natural[i]!, 0);
  const wide = natural.length - fixed.size;
  return natural.map((w, i) => (fixed.has(i) ? w : left / wide));
}

function headingHeight(pdf: PdfWriter, text: string): number {
  return pdf.measure(text, pdf.width, HEADING) + 14;
}

/** Blocks that introduce what follows them: never left alone at the foot of a page. */
const INTRODUCES = new Set(['subheading', 'paragraph']);

/** What must fit for block i to start here: itself, and the start of the next block when it introduces it. */
function keepHeight(pdf: PdfWriter, blocks: ReportSection['blocks'], i: number): number {
  const block = blocks[i];
  if (!block) return 0;
  const next = blocks[i + 1];
  const own = block.kind === 'paragraph' ? pdf.measure(block.text, pdf.width, PARAGRAPH) + 9 : leadHeight(pdf, block);
  return INTRODUCES.has(block.kind) && next ? own + leadHeight(pdf, next) : leadHeight(pdf, block);
}

/** A section heading stays with its first block (and an introducing paragraph or subheading with the block under it). */
function drawSection(pdf: PdfWriter, section: ReportSection): void {
  pdf.y += 8;
  pdf.ensure(headingHeight(pdf, section.heading) + keepHeight(pdf, section.blocks, 0));
  const height = pdf.text(section.heading, pdf.left, pdf.y, pdf.width, HEADING);
  const ruleY = pdf.y + height + 4;
  pdf.doc.moveTo(pdf.left, ruleY).lineTo(pdf.right, ruleY).lineWidth(0.6).strokeColor(PALETTE.border).stroke();
  pdf.doc.rect(pdf.left, ruleY - 0.9, 36, 1.8).fillColor(PALETTE.accent).fill();
  pdf.y = ruleY + 10;
  section.blocks.forEach((block, i) => {
    pdf.ensure(keepHeight(pdf, section.blocks, i));
    drawBlock(pdf, block);
  });
}
