/**
 * Turning a report's standalone HTML (a whole document with its own <style>)
 * into parts the export dialog can show under the console's strict
 * Content-Security-Policy: the stylesheet goes into a constructed stylesheet
 * of a shadow root, and inline `style` attributes are carried aside to be set
 * through the CSSOM. Both are applied by our own script, which the policy
 * allows, so the policy itself never needs 'unsafe-inline'. Event-handler
 * attributes are dropped here, before any parser sees them; scripts stay
 * forbidden by the policy and are removed again from the parsed tree.
 *
 * Pure string work, so it is tested without a browser.
 */

/** The attribute an inline style is moved to until the CSSOM applies it. */
export const CARRIED_STYLE = 'data-report-style';

const STYLE_BLOCK = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
// A start tag, with quoted attribute values that may themselves hold ">".
const START_TAG = /<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/** A report split into its stylesheet and its markup, the markup free of inline styles and handlers. */
export interface ReportParts {
  css: string;
  markup: string;
}

/**
 * Splits a report document into its stylesheet and markup that a parser can
 * read without tripping the page's CSP.
 * @example prepareReport('<style>h1{color:red}</style><h1 style="margin:0">Acme</h1>')
 *   // { css: 'h1{color:red}', markup: '<h1 data-report-style="margin:0">Acme</h1>' }
 */
export function prepareReport(html: string): ReportParts {
  const sheets: string[] = [];
  const withoutStyles = html.replace(STYLE_BLOCK, (_block, css: string) => {
    sheets.push(css);
    return '';
  });
  const markup = withoutStyles.replace(START_TAG, (_tag, name: string, attributes: string) => `<${name}${neutraliseAttributes(attributes)}>`);
  return { css: sheets.join('\n'), markup };
}

function neutraliseAttributes(attributes: string): string {
  return attributes.replace(ATTRIBUTE, (whole, name: string, value: string | undefined) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('on')) return '';
    if (lower === 'style') return `${CARRIED_STYLE}${value ?? ''}`;
    return whole;
  });
}

// `html`, `body` and `:root` where they start a compound selector (not `.body`, `#html`, `[x=body]`, `tbody`).
const DOCUMENT_SELECTOR = /(^|[\s>+~,(])(html|body|:root)(?![\w-])/gi;

/**
 * Rewrites a report's selectors for the preview, where the document's <html>
 * and <body> are two <div>s inside a shadow root.
 * @example scopeSelector('html, body > main') // '.report-html, .report-body > main'
 */
export function scopeSelector(selector: string): string {
  return selector.replace(DOCUMENT_SELECTOR, (_match, before: string, name: string) => `${before}${name.toLowerCase() === 'body' ? '.report-body' : '.report-html'}`);
}
