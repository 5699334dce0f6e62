/**
 * Text cells as they arrive from exports: stray line breaks in names, tabs,
 * byte-order marks, zero-width spaces, NULs from broken encodings, and notes
 * fields holding whole e-mail threads. Each regex is compiled once here; the
 * common case (nothing to clean) costs one `test`.
 */

/** Longer notes are cut: the health model reads words, not archives, and rows stay small. */
export const MAX_TEXT = 10_000;

const NEEDS_CLEANING = /[\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2028\u2029\ufeff]/;
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u200b-\u200d\ufeff]/g;
const NOTE_INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u200b-\u200d\ufeff]/g;
const NOTE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;

function cut(text: string): string {
  if (text.length <= MAX_TEXT) return text;
  // Never split a surrogate pair: an emoji cut in half is not text.
  const end = (text.charCodeAt(MAX_TEXT - 2) & 0xfc00) === 0xd800 ? MAX_TEXT - 2 : MAX_TEXT - 1;
  return `${text.slice(0, end)}…`;
}

/**
 * A one-line value (a name, a subject): line breaks and tabs become a space,
 * invisible characters go, ends are trimmed; null when nothing is left.
 *
 * @example
 * cleanLine('  Northwind\r\nLogistics\u200b '); // 'Northwind Logistics'
 * cleanLine('   ');                            // null
 */
export function cleanLine(raw: string | undefined): string | null {
  if (raw === undefined || raw.length === 0) return null;
  let text = raw;
  if (NEEDS_CLEANING.test(text)) text = text.replace(INVISIBLE, '').replace(LINE_BREAKS, ' ');
  text = text.trim();
  return text.length === 0 ? null : cut(text);
}

/**
 * Free text (notes): line breaks and tabs stay (as \n), invisible characters
 * go, ends are trimmed; null when nothing is left.
 *
 * @example
 * cleanNotes('Called back.\r\nAll fine.\u0000'); // 'Called back.\nAll fine.'
 */
export function cleanNotes(raw: string | undefined): string | null {
  if (raw === undefined || raw.length === 0) return null;
  let text = raw;
  if (NEEDS_CLEANING.test(text)) text = text.replace(NOTE_INVISIBLE, '').replace(NOTE_BREAKS, '\n');
  text = text.trim();
  return text.length === 0 ? null : cut(text);
}

const PLACEHOLDERS = new Set(['n/a', 'na', '#n/a', 'null', 'nil', 'none', '-', '--', '—', '(blank)', '(none)', '(empty)']);

/**
 * True for a cell that holds no value: empty, spaces, or a placeholder such
 * as "N/A", "NULL" or "-" that exports write into typed columns (dates,
 * numbers, statuses). Free text keeps such words as written.
 *
 * @example
 * isBlank(' N/A '); // true
 */
export function isBlank(raw: string | undefined): boolean {
  if (raw === undefined) return true;
  const text = raw.trim();
  return text.length === 0 || (text.length <= 7 && PLACEHOLDERS.has(text.toLowerCase()));
}

/** A cell as quoted back in a rejection: one line, at most 60 characters. */
export function quoted(raw: string | undefined): string {
  const text = cleanLine(raw) ?? '';
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
