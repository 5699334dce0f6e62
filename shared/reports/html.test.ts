import { describe, expect, it } from 'vitest';
import type { ReportDocument } from './document';
import { renderHtml } from './html';
import { inline, renderMarkdown } from './markdown';

const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"> [click](javascript:alert(3)) ![x](http://evil.example/x.png) | pipe';

const doc: ReportDocument = {
  kind: 'portfolio',
  eyebrow: 'Portfolio report',
  title: HOSTILE,
  subtitle: 'As of 24 Nov 2026',
  meta: [{ label: 'Owner', value: `"quoted" & ${HOSTILE}` }],
  banner: null,
  sections: [
    {
      id: 'x"><script>',
      heading: HOSTILE,
      blocks: [
        { kind: 'paragraph', text: HOSTILE },
        { kind: 'list', items: [HOSTILE, '# not a heading'] },
        { kind: 'figures', figures: [{ label: HOSTILE, value: '1', note: HOSTILE, tint: 'accent' }] },
        { kind: 'table', columns: [{ header: 'A' }, { header: 'B', align: 'right' }], rows: [[{ text: HOSTILE, detail: HOSTILE, band: 'at_risk' }, HOSTILE]], empty: '', footnote: HOSTILE },
        { kind: 'chart', chart: { kind: 'bars', title: HOSTILE, summary: HOSTILE, bars: [{ label: HOSTILE, value: 3, display: HOSTILE, tint: 'healthy' }] } },
        { kind: 'callout', tone: 'info', text: HOSTILE },
      ],
    },
  ],
  runningTitle: HOSTILE,
  day: '2026-11-24',
  fileStem: 'x',
};

describe('the HTML report', () => {
  it('is one self-contained page: one style block, no script, no external request, a strict CSP', () => {
    const html = renderHtml(doc);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<(script|img|link|iframe|object|embed)/i);
    // No element carries an event handler or loads anything. Quoted attribute values are blanked first:
    // they cannot hold a raw quote (it is escaped), and escaped text inside them is harmless.
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*\s(on\w+|src|href)=/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(html).toContain('<svg class="chart"');
    expect(html).toContain('@page { size: A4;');
    expect(renderHtml(doc, 'letter')).toContain('@page { size: letter;');
  });
});

describe('the Markdown report', () => {
  it('cannot open a link, an image, raw HTML, a heading or a table column from the text', () => {
    const md = renderMarkdown(doc);
    expect(md).not.toMatch(/(?<!\\)<(script|img)/i);
    expect(md).not.toMatch(/[^\\]\[click\]/);
    expect(md).not.toMatch(/!\[x\]\(/);
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('- \\# not a heading');
    // Every table row still has exactly the table's two columns.
    for (const row of md.split('\n').filter((l) => l.startsWith('| '))) expect(row.split(/(?<!\\)\|/).length - 2).toBe(2);
  });

  it('escapes only what Markdown would act on, so plain text stays readable', () => {
    expect(inline('Smith & Co (UK) - 50% off!')).toBe('Smith & Co (UK) - 50% off!');
    expect(inline('-1+1')).toBe('\\-1+1');
    expect(inline('2026. A year')).toBe('2026\\. A year');
    expect(inline('a_b*c`d')).toBe('a\\_b\\*c\\`d');
  });
});
