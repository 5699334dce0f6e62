import type { Block, Cell, ReportDocument } from './document';
import { cellText } from './document';
import { oneLine } from './text';

/**
 * A report as Markdown, to paste into an e-mail: headings, short paragraphs,
 * GitHub-style tables and lists; charts become a line of figures. Text from
 * the store is escaped so it cannot open a link, an image, raw HTML or a
 * heading in whatever renders the Markdown, and stays readable as plain text.
 */
export function renderMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${inline(doc.title)}`, '', `*${inline(doc.eyebrow)}: ${inline(doc.subtitle)}*`, ''];
  for (const m of doc.meta) out.push(`**${inline(m.label)}:** ${inline(m.value)}  `);
  out.push('');
  if (doc.banner) out.push(`> **${inline(doc.banner)}**`, '');
  for (const section of doc.sections) {
    out.push(`## ${inline(section.heading)}`, '');
    for (const block of section.blocks) {
      const text = blockMarkdown(block);
      if (text) out.push(text, '');
    }
  }
  out.push('---', `*${inline(doc.runningTitle)}*`, '');
  return out.join('\n');
}

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return block.muted ? `*${inline(block.text)}*` : inline(block.text);
    case 'subheading':
      return `### ${inline(block.text)}`;
    case 'list':
      return block.items.map((i) => `- ${inline(i)}`).join('\n');
    case 'callout':
      return `> ${inline(block.text)}`;
    case 'figures':
      return block.figures.map((f) => `- **${inline(f.label)}:** ${inline(f.value)}${f.note ? ` (${inline(f.note)})` : ''}`).join('\n');
    case 'chart':
      return `**${inline(block.chart.title)}:** ${inline(block.chart.summary)}`;
    case 'table': {
      if (block.rows.length === 0) return block.empty ? `*${inline(block.empty)}*` : '';
      const header = `| ${block.columns.map((c) => inline(c.header)).join(' | ')} |`;
      const rule = `| ${block.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`;
      const rows = block.rows.map((row) => `| ${row.map(cellMarkdown).join(' | ')} |`);
      return [header, rule, ...rows, ...(block.footnote ? ['', `*${inline(block.footnote)}*`] : [])].join('\n');
    }
  }
}

function cellMarkdown(cell: Cell): string {
  if (typeof cell === 'string') return inline(cell);
  const text = cell.strong && !cell.band ? `**${inline(cellText(cell))}**` : inline(cellText(cell));
  return cell.detail ? `${text} — ${inline(cell.detail)}` : text;
}

/**
 * One line of text with Markdown's active characters escaped (the table
 * column separator included): nothing in it can start a link, an image, emphasis, code, raw HTML, an autolink, or (at
 * the start) a heading, quote, list or rule.
 */
export function inline(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
    .replace(/^[-+=>#]/, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
