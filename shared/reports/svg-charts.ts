import type { Chart } from './document';
import { layoutBars, layoutLine } from './chart-layout';
import { escapeHtml } from './html-escape';
import { PALETTE } from './palette';

/** Charts as inline SVG for the HTML report: vectors, no images, no script. */
export function chartSvg(chart: Chart): string {
  return chart.kind === 'bars' ? barsSvg(chart) : lineSvg(chart);
}

const num = (x: number) => String(Math.round(x * 10) / 10);
const FONT = `font-size="12"`;

function open(width: number, height: number, chart: Chart): string {
  const label = escapeHtml(`${chart.title}: ${chart.summary}`);
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${label}" xmlns="http://www.w3.org/2000/svg"><title>${label}</title>`;
}

function barsSvg(chart: Extract<Chart, { kind: 'bars' }>): string {
  const layout = layoutBars(chart, 640, 28, 120, 110);
  const parts = [open(layout.width, layout.height, chart)];
  for (const row of layout.rows) {
    parts.push(
      `<text x="${row.labelX}" y="${num(row.textY)}" dominant-baseline="central" fill="${PALETTE.text}" ${FONT}>${escapeHtml(row.label)}</text>`,
      `<rect x="${row.barX}" y="${num(row.barY)}" width="${num(layout.trackWidth)}" height="${num(row.barHeight)}" rx="3" fill="${PALETTE.sunken}"/>`,
      row.barWidth > 0 ? `<rect x="${row.barX}" y="${num(row.barY)}" width="${num(row.barWidth)}" height="${num(row.barHeight)}" rx="3" fill="${row.colour}"/>` : '',
      `<text x="${num(row.valueX)}" y="${num(row.textY)}" dominant-baseline="central" fill="${PALETTE.muted}" ${FONT}>${escapeHtml(row.display)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

function lineSvg(chart: Extract<Chart, { kind: 'line' }>): string {
  const layout = layoutLine(chart, 640, 200);
  const { plot } = layout;
  const parts = [open(layout.width, layout.height, chart)];
  for (const zone of layout.zones) parts.push(`<rect x="${plot.x}" y="${num(zone.y)}" width="${num(plot.width)}" height="${num(zone.height)}" fill="${zone.colour}"/>`);
  for (const tick of layout.yTicks) {
    parts.push(
      `<line x1="${plot.x}" x2="${num(plot.x + plot.width)}" y1="${num(tick.y)}" y2="${num(tick.y)}" stroke="${PALETTE.border}" stroke-width="0.8"/>`,
      `<text x="${plot.x - 6}" y="${num(tick.y)}" text-anchor="end" dominant-baseline="central" fill="${PALETTE.subtle}" font-size="10">${tick.label}</text>`,
    );
  }
  for (const tick of layout.xTicks) {
    parts.push(`<text x="${num(tick.x)}" y="${num(plot.y + plot.height + 14)}" text-anchor="${tick.anchor}" fill="${PALETTE.subtle}" font-size="10">${escapeHtml(tick.label)}</text>`);
  }
  const path = layout.points.map((p) => `${num(p.x)},${num(p.y)}`).join(' ');
  parts.push(
    `<polyline points="${path}" fill="none" stroke="${layout.colour}" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>`,
    `<circle cx="${num(layout.last.x)}" cy="${num(layout.last.y)}" r="3.5" fill="${layout.colour}"/>`,
    `<text x="${num(layout.last.x + 7)}" y="${num(layout.last.y)}" dominant-baseline="central" fill="${PALETTE.text}" font-size="11" font-weight="600">${escapeHtml(layout.last.label)}</text>`,
    '</svg>',
  );
  return parts.join('');
}
