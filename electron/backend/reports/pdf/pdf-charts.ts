import { layoutBars, layoutLine } from '../../../../shared/reports/chart-layout';
import type { Chart } from '../../../../shared/reports/document';
import { PALETTE } from '../../../../shared/reports/palette';
import type { PdfWriter } from './pdf-writer';

/**
 * Charts drawn as vectors (rectangles, lines, text) from the same layouts
 * the HTML report's SVG uses, so they print sharp at any size.
 */

const TITLE_HEIGHT = 16;
const BAR_ROW = 19;
const LINE_HEIGHT = 150;

/** Height a chart takes, its title included. */
export function chartHeight(chart: Chart): number {
  return TITLE_HEIGHT + (chart.kind === 'bars' ? chart.bars.length * BAR_ROW : LINE_HEIGHT) + 10;
}

export function drawChart(pdf: PdfWriter, chart: Chart): void {
  pdf.ensure(chartHeight(chart));
  pdf.line(chart.title, pdf.left, pdf.y, pdf.width, { size: 8, weight: 'bold', colour: PALETTE.muted });
  pdf.y += TITLE_HEIGHT;
  if (chart.kind === 'bars') drawBars(pdf, chart);
  else drawLine(pdf, chart);
  pdf.y += 10;
}

function drawBars(pdf: PdfWriter, chart: Extract<Chart, { kind: 'bars' }>): void {
  const { doc } = pdf;
  const layout = layoutBars(chart, pdf.width, BAR_ROW, 92, 110);
  const top = pdf.y;
  for (const row of layout.rows) {
    const textTop = top + row.textY - 5;
    pdf.line(row.label, pdf.left + row.labelX, textTop, layout.rows[0]!.barX - 8, { size: 8.5 });
    doc.roundedRect(pdf.left + row.barX, top + row.barY, layout.trackWidth, row.barHeight, 2).fillColor(PALETTE.sunken).fill();
    if (row.barWidth > 0) doc.roundedRect(pdf.left + row.barX, top + row.barY, row.barWidth, row.barHeight, 2).fillColor(row.colour).fill();
    pdf.line(row.display, pdf.left + row.valueX, textTop, pdf.width - row.valueX, { size: 8.5, colour: PALETTE.muted });
  }
  pdf.y = top + layout.height;
}

function drawLine(pdf: PdfWriter, chart: Extract<Chart, { kind: 'line' }>): void {
  const { doc } = pdf;
  const layout = layoutLine(chart, pdf.width, LINE_HEIGHT);
  const ox = pdf.left;
  const oy = pdf.y;
  const { plot } = layout;
  for (const zone of layout.zones) doc.rect(ox + plot.x, oy + zone.y, plot.width, zone.height).fillColor(zone.colour).fill();
  for (const tick of layout.yTicks) {
    doc.moveTo(ox + plot.x, oy + tick.y).lineTo(ox + plot.x + plot.width, oy + tick.y).lineWidth(0.4).strokeColor(PALETTE.border).stroke();
    pdf.line(tick.label, ox, oy + tick.y - 4, plot.x - 5, { size: 7, colour: PALETTE.subtle, align: 'right' });
  }
  for (const tick of layout.xTicks) {
    const width = 60;
    const x = tick.anchor === 'start' ? tick.x : tick.anchor === 'end' ? tick.x - width : tick.x - width / 2;
    pdf.line(tick.label, ox + x, oy + plot.y + plot.height + 5, width, { size: 7, colour: PALETTE.subtle, align: tick.anchor === 'start' ? 'left' : tick.anchor === 'end' ? 'right' : 'center' });
  }
  const [first, ...rest] = layout.points;
  doc.moveTo(ox + first!.x, oy + first!.y);
  for (const p of rest) doc.lineTo(ox + p.x, oy + p.y);
  doc.lineWidth(1.6).lineJoin('round').lineCap('round').strokeColor(layout.colour).stroke();
  doc.circle(ox + layout.last.x, oy + layout.last.y, 2.8).fillColor(layout.colour).fill();
  pdf.line(layout.last.label, ox + layout.last.x + 6, oy + layout.last.y - 4.5, 28, { size: 8, weight: 'bold' });
  pdf.y = oy + LINE_HEIGHT;
}
