import type { Block, Cell, ReportDocument, TableColumn } from './document';
import { cellText } from './document';
import { escapeHtml } from './html-escape';
import { BAND_COLOURS, PALETTE, tintColour } from './palette';
import { chartSvg } from './svg-charts';

/**
 * A report as one self-contained HTML page: one <style> block, inline SVG
 * charts, no scripts, no external requests (the Content-Security-Policy in
 * the page says so too, for whoever opens the file). Every piece of text is
 * escaped. Prints on A4 or Letter.
 */
export function renderHtml(doc: ReportDocument, paper: 'a4' | 'letter' = 'a4'): string {
  const e = escapeHtml;
  const body = [
    '<header class="report-head">',
    `<p class="eyebrow">${e(doc.eyebrow)}</p>`,
    `<h1>${e(doc.title)}</h1>`,
    `<p class="subtitle">${e(doc.subtitle)}</p>`,
    `<dl class="meta">${doc.meta.map((m) => `<div><dt>${e(m.label)}</dt><dd>${e(m.value)}</dd></div>`).join('')}</dl>`,
    doc.banner ? `<p class="banner" role="note">${e(doc.banner)}</p>` : '',
    '</header>',
    ...doc.sections.map((s) => `<section id="${e(s.id)}"><h2>${e(s.heading)}</h2>${s.blocks.map(blockHtml).join('\n')}</section>`),
    `<footer class="report-foot">${e(doc.runningTitle)}</footer>`,
  ].join('\n');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(doc.title)} · ${e(doc.eyebrow)}</title>`,
    `<style>${css(paper)}</style>`,
    '</head>',
    `<body><main class="report report--${doc.kind}">`,
    body,
    '</main></body>',
    '</html>',
  ].join('\n');
}

function blockHtml(block: Block): string {
  const e = escapeHtml;
  switch (block.kind) {
    case 'paragraph':
      return `<p${block.muted ? ' class="muted"' : ''}>${e(block.text)}</p>`;
    case 'subheading':
      return `<h3>${e(block.text)}</h3>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`;
    case 'callout':
      return `<p class="callout callout--${block.tone}">${e(block.text)}</p>`;
    case 'figures':
      return `<div class="figures">${block.figures
        .map(
          (f) =>
            `<div class="figure"${f.tint ? ` style="border-top-color:${tintColour(f.tint)}"` : ''}><div class="figure__label">${e(f.label)}</div><div class="figure__value">${e(f.value)}</div>${f.note ? `<div class="figure__note">${e(f.note)}</div>` : ''}</div>`,
        )
        .join('')}</div>`;
    case 'chart':
      return `<figure class="chart-box"><figcaption>${e(block.chart.title)}</figcaption>${chartSvg(block.chart)}</figure>`;
    case 'table':
      return tableHtml(block.columns, block.rows, block.empty, block.footnote);
  }
}

function tableHtml(columns: TableColumn[], rows: Cell[][], empty: string, footnote: string | undefined): string {
  const e = escapeHtml;
  if (rows.length === 0) return empty ? `<p class="muted">${e(empty)}</p>` : '';
  const total = columns.reduce((s, c) => s + (c.weight ?? 1), 0);
  const cols = columns.map((c) => `<col style="width:${(((c.weight ?? 1) / total) * 100).toFixed(1)}%">`).join('');
  const head = columns.map((c) => `<th${c.align === 'right' ? ' class="num"' : ''}>${e(c.header)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell, i) => cellHtml(cell, columns[i]?.align === 'right')).join('')}</tr>`)
    .join('\n');
  return `<table><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>${footnote ? `<p class="footnote">${e(footnote)}</p>` : ''}`;
}

function cellHtml(cell: Cell, right: boolean): string {
  const e = escapeHtml;
  const cls = right ? ' class="num"' : '';
  if (typeof cell === 'string') return `<td${cls}>${e(cell)}</td>`;
  const text = cell.band
    ? `<span class="pill" style="color:${BAND_COLOURS[cell.band].fg};background:${BAND_COLOURS[cell.band].bg}"><span class="dot" style="background:${BAND_COLOURS[cell.band].dot}"></span>${e(cellText(cell))}</span>`
    : cell.strong
      ? `<strong>${e(cell.text)}</strong>`
      : e(cell.text);
  return `<td${cls}>${text}${cell.detail ? `<div class="detail">${e(cell.detail)}</div>` : ''}</td>`;
}

function css(paper: 'a4' | 'letter'): string {
  const p = PALETTE;
  return `
@page { size: ${paper === 'letter' ? 'letter' : 'A4'}; margin: 16mm 14mm; }
* { box-sizing: border-box; }
html { background: #f4f5f7; }
body { margin: 0; color: ${p.text}; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.report { max-width: 880px; margin: 24px auto; padding: 40px 48px; background: ${p.surface}; border: 1px solid ${p.border}; border-radius: 12px; }
.report-head { border-top: 6px solid ${p.accent}; margin: -40px -48px 8px; padding: 28px 48px 20px; border-radius: 12px 12px 0 0; }
.eyebrow { margin: 0 0 4px; color: ${p.accent}; font-size: 12px; font-weight: 600; letter-spacing: .06em; text-transform: uppercase; }
h1 { margin: 0; font-size: 28px; line-height: 1.2; overflow-wrap: anywhere; }
.subtitle { margin: 4px 0 16px; color: ${p.muted}; font-size: 15px; }
.meta { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 8px 24px; margin: 0; padding: 12px 16px; background: ${p.sunken}; border: 1px solid ${p.border}; border-radius: 8px; }
.meta dt { color: ${p.muted}; font-size: 11.5px; text-transform: uppercase; letter-spacing: .04em; }
.meta dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.banner { margin: 16px 0 0; padding: 10px 14px; color: ${p.dangerFg}; background: ${p.dangerBg}; border: 1px solid ${p.dangerBorder}; border-radius: 8px; font-weight: 600; }
section { margin-top: 28px; break-inside: auto; }
h2 { margin: 0 0 12px; padding-bottom: 6px; border-bottom: 2px solid ${p.accent}; font-size: 18px; break-after: avoid; }
h3 { margin: 20px 0 8px; font-size: 14px; color: ${p.muted}; text-transform: uppercase; letter-spacing: .04em; break-after: avoid; }
p { margin: 0 0 12px; overflow-wrap: anywhere; }
.muted, .footnote { color: ${p.muted}; }
.footnote { font-size: 12.5px; margin-top: -4px; }
ul { margin: 0 0 12px; padding-left: 22px; }
li { margin: 2px 0; overflow-wrap: anywhere; }
.callout { padding: 10px 14px; border-radius: 8px; background: ${p.accentSoft}; border: 1px solid #c9d7f7; }
.callout--internal { background: ${p.dangerBg}; border-color: ${p.dangerBorder}; color: ${p.dangerFg}; font-weight: 600; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin: 0 0 16px; }
.figure { padding: 10px 14px; border: 1px solid ${p.border}; border-top: 3px solid ${p.borderStrong}; border-radius: 8px; background: ${p.surface}; break-inside: avoid; }
.figure__label { color: ${p.muted}; font-size: 12.5px; }
.figure__value { font-size: 22px; font-weight: 700; font-variant-numeric: tabular-nums; }
.figure__note { color: ${p.muted}; font-size: 12px; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 12px; font-size: 13px; }
thead { display: table-header-group; }
th { text-align: left; color: ${p.muted}; font-size: 11.5px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; padding: 6px 8px; border-bottom: 1px solid ${p.borderStrong}; background: ${p.sunken}; }
td { padding: 7px 8px; border-bottom: 1px solid ${p.border}; vertical-align: top; overflow-wrap: anywhere; }
tr { break-inside: avoid; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.detail { color: ${p.muted}; font-size: 12px; margin-top: 2px; }
.pill { display: inline-flex; align-items: center; gap: 6px; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.dot { width: 7px; height: 7px; border-radius: 50%; }
.chart-box { margin: 4px 0 16px; break-inside: avoid; }
.chart-box figcaption { color: ${p.muted}; font-size: 12.5px; font-weight: 600; margin-bottom: 6px; }
.chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
.report-foot { margin-top: 32px; padding-top: 10px; border-top: 1px solid ${p.border}; color: ${p.subtle}; font-size: 12px; }
@media print {
  html { background: none; }
  .report { margin: 0; padding: 0; border: 0; max-width: none; }
  .report-head { margin: 0 0 8px; padding: 16px 0 12px; }
}
`;
}
