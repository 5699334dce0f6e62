/**
 * Spreadsheet cells that cannot run. A spreadsheet treats a cell starting
 * with =, +, - or @ as a formula (OWASP "CSV injection"), and some strip a
 * leading tab, carriage return or line feed first; a multi-line cell can be
 * split into lines by a later paste or import. So a text cell is prefixed
 * with a single quote when it starts with any of those characters, and so is
 * every line inside it that starts (after spaces or tabs) with a formula
 * character. A plain number ("-28") is left as it is: spreadsheets read it as
 * the number, and prefixing it would turn a score change into text.
 */

const CELL_DANGER = /^[=+\-@\t\r\n]/;
const LINE_DANGER = /^[\t ]*[=+\-@]/;
/** "-28", "+3.5": a number is read as a number and can call nothing, so it stays as written. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * Text made inert for a spreadsheet cell.
 *
 * @example
 * neutraliseCell('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 * neutraliseCell('a\n=1');                  // "a\n'=1"
 * neutraliseCell('Fine text');              // "Fine text"
 */
export function neutraliseCell(text: string): string {
  if (PLAIN_NUMBER.test(text)) return text;
  const lines = text.split(/(\r\n|\r|\n)/);
  for (let i = 2; i < lines.length; i += 2) {
    if (LINE_DANGER.test(lines[i]!)) lines[i] = `'${lines[i]}`;
  }
  const joined = lines.join('');
  return CELL_DANGER.test(joined) || LINE_DANGER.test(joined) ? `'${joined}` : joined;
}

/** True when a text cell could be read as a formula (the test of neutraliseCell's output). */
export function looksLikeFormula(text: string): boolean {
  if (PLAIN_NUMBER.test(text)) return false;
  return CELL_DANGER.test(text) || text.split(/\r\n|\r|\n/).some((line) => LINE_DANGER.test(line));
}
