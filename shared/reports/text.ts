/**
 * Text from notes and imports, made fit to print. Notes are hostile input:
 * whatever a CRM export held ends up here, so control characters and
 * bidirectional overrides (which can make a PDF or page display text in an
 * order other than the one stored) are removed before any renderer sees the
 * text. Escaping for each format happens in that format's renderer.
 */

// C0 controls except tab and newline, DEL, C1 controls, and the bidi embedding/override/isolate marks.
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Text with line breaks normalised to "\n", tabs as spaces, and unprintable characters removed. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(UNPRINTABLE, '');
}

/** One line: every run of whitespace (line breaks included) becomes one space. */
export function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

/**
 * At most `max` characters of one-line text, cut at a word boundary when one
 * is near, with an ellipsis when anything was cut.
 */
export function excerpt(text: string, max: number): string {
  const line = oneLine(text);
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  // Cut after a whole word: at the cut itself when a word ends there, else at the last space.
  const space = line[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** The first sentence of a text (or its first `max` characters), for a one-line summary. */
export function firstSentence(text: string, max = 120): string {
  const line = oneLine(text);
  const end = line.search(/[.!?](\s|$)/);
  return excerpt(end > 0 ? line.slice(0, end + 1) : line, max);
}
