import { describe, expect, it } from 'vitest';
import { prepareReport, scopeSelector } from './report-markup';

describe('prepareReport', () => {
  it('takes every <style> block out of the document and keeps the rest', () => {
    const html = '<!doctype html><html><head><title>Acme</title><style>h1 { color: #123 }</style></head><body><h1>Acme</h1><svg><style>.bar{fill:red}</style></svg></body></html>';
    const { css, markup } = prepareReport(html);
    expect(css).toBe('h1 { color: #123 }\n.bar{fill:red}');
    expect(markup).toBe('<!doctype html><html><head><title>Acme</title></head><body><h1>Acme</h1><svg></svg></body></html>');
  });

  it('moves inline styles aside, quoted either way or not at all', () => {
    expect(prepareReport('<div class="bar" style="width: 40%">x</div>').markup).toBe('<div class="bar" data-report-style="width: 40%">x</div>');
    expect(prepareReport("<rect STYLE='fill:#0a0' width=3 />").markup).toBe("<rect data-report-style='fill:#0a0' width=3 />");
    expect(prepareReport('<td style=color:red>1</td>').markup).toBe('<td data-report-style=color:red>1</td>');
  });

  it('drops event handlers, including ones hidden after a ">" inside a quoted value', () => {
    const { markup } = prepareReport('<img title="a > b" src="data:image/png;base64,AA" onerror="alert(1)"><p ONCLICK=steal()>hi</p>');
    expect(markup).not.toMatch(/onerror|onclick|alert|steal/i);
    expect(markup).toContain('title="a > b"');
    expect(markup).toContain('<p >hi</p>');
  });

  it('leaves text alone: notes are escaped by the backend, so they hold no tags to rewrite', () => {
    const text = '<p>They wrote: style=&quot;x&quot; onclick=&quot;y&quot; &lt;b&gt;</p>';
    expect(prepareReport(text).markup).toBe(text);
  });

  it('keeps attributes that merely contain the words', () => {
    expect(prepareReport('<p data-style="a" class="online">x</p>').markup).toBe('<p data-style="a" class="online">x</p>');
  });
});

describe('scopeSelector', () => {
  it('points html, :root and body at the preview frame', () => {
    expect(scopeSelector('html')).toBe('.report-html');
    expect(scopeSelector(':root')).toBe('.report-html');
    expect(scopeSelector('body')).toBe('.report-body');
    expect(scopeSelector('html, body > main')).toBe('.report-html, .report-body > main');
    expect(scopeSelector('body.portfolio h2')).toBe('.report-body.portfolio h2');
    expect(scopeSelector(':is(body) p')).toBe(':is(.report-body) p');
  });

  it('leaves other selectors that only contain the words', () => {
    for (const selector of ['tbody td', '.body', '#html', '[data-part="body"]', 'p.html-note', 'section > .card-body']) expect(scopeSelector(selector)).toBe(selector);
  });
});
