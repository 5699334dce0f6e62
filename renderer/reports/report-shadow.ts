import { CARRIED_STYLE, prepareReport, scopeSelector } from './report-markup';

/**
 * Shows a report's HTML inside `host`'s shadow root, styled as the saved file
 * would be, without relaxing the page's Content-Security-Policy: no iframe
 * (the policy allows none), no inline <style> or style attribute (the policy
 * blocks both). The report's stylesheet becomes a constructed stylesheet and
 * its inline styles are set through the CSSOM, both from our own script; the
 * shadow root keeps the report's styles and the console's apart.
 */

// Anything that could run, load, submit or navigate: a report is text, tables and drawings.
const REMOVED = 'script, noscript, iframe, frame, frameset, object, embed, applet, link, meta, base, form, input, button, select, textarea, template, portal, style';
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset', 'poster', 'background'];

// The frame a document's <html> and <body> become: the report looks the same in the dark console as on
// paper. Like a root element, the frame's own margins never merge with the report's (flow-root).
const FRAME_CSS = `
:host { all: initial; display: flex; flex-direction: column; }
.report-html { display: flow-root; flex: 1 0 auto; padding: 0 16px; color: #111; background: #fff; color-scheme: light; font-family: sans-serif; line-height: normal; }
.report-body { display: block; margin: 8px; }
`;

let frameSheet: CSSStyleSheet | null = null;
const guardedRoots = new WeakSet<ShadowRoot>();

/** Replaces whatever `host` showed with the report. */
export function showReport(host: HTMLElement, html: string): void {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  if (!guardedRoots.has(root)) {
    // Links in a preview would navigate the console away: a preview is for reading.
    root.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('a[href], area[href]')) event.preventDefault();
    });
    guardedRoots.add(root);
  }

  const { css, markup } = prepareReport(html);
  const parsed = new DOMParser().parseFromString(markup, 'text/html');
  for (const element of parsed.querySelectorAll(REMOVED)) element.remove();
  for (const element of parsed.querySelectorAll('*')) sanitiseAttributes(element);

  const frame = document.createElement('div');
  const body = document.createElement('div');
  copyAttributes(parsed.documentElement, frame);
  copyAttributes(parsed.body, body);
  frame.classList.add('report-html');
  body.classList.add('report-body');
  body.append(...parsed.body.childNodes);
  frame.append(body);
  root.replaceChildren(frame);

  root.adoptedStyleSheets = [frameStyles(), reportStyles(css)];
  for (const element of root.querySelectorAll<HTMLElement | SVGElement>(`[${CARRIED_STYLE}]`)) {
    element.style.cssText = element.getAttribute(CARRIED_STYLE) ?? '';
    element.removeAttribute(CARRIED_STYLE);
  }
}

function frameStyles(): CSSStyleSheet {
  if (!frameSheet) {
    frameSheet = new CSSStyleSheet();
    frameSheet.replaceSync(FRAME_CSS);
  }
  return frameSheet;
}

function reportStyles(css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  // replaceSync ignores @import and rules it cannot parse, so a report's stylesheet can never load anything.
  sheet.replaceSync(css);
  scopeRules(sheet.cssRules);
  return sheet;
}

function scopeRules(rules: CSSRuleList): void {
  for (const rule of rules) {
    if (rule instanceof CSSStyleRule) rule.selectorText = scopeSelector(rule.selectorText);
    if ('cssRules' in rule) scopeRules((rule as CSSGroupingRule).cssRules);
  }
}

function sanitiseAttributes(element: Element): void {
  // A copy: removing from the live attribute map while walking it would skip the next one.
  for (const { name, value } of Array.from(element.attributes)) {
    const lower = name.toLowerCase();
    if (lower.startsWith('on')) element.removeAttribute(name);
    else if (URL_ATTRIBUTES.includes(lower) && !safeUrl(lower, value)) element.removeAttribute(name);
  }
}

/** In-page anchors and links to mail or the web may stay (clicks are held back); images only as data. */
function safeUrl(attribute: string, value: string): boolean {
  const url = value.trim().toLowerCase();
  if (attribute === 'href' || attribute === 'xlink:href') return url.startsWith('#') || url.startsWith('mailto:') || url.startsWith('https:') || url.startsWith('data:image/');
  return url.startsWith('data:image/');
}

function copyAttributes(from: Element, to: Element): void {
  for (const { name, value } of from.attributes) if (name === 'class' || name === 'lang' || name === 'dir' || name === CARRIED_STYLE) to.setAttribute(name, value);
}
