import Papa from 'papaparse';

export type Newline = '\n' | '\r\n' | '\r';

export const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'] as const;

/** Records looked at to choose a delimiter. */
const SAMPLE_RECORDS = 50;

const QUOTED = /"[^"]*"/g;

/**
 * The line break records end with, from a sample of the text; line breaks
 * inside quoted cells do not count (Excel ends rows with CRLF but breaks
 * lines inside a cell with LF alone).
 */
export function detectNewline(sample: string): Newline {
  const text = sample.replace(QUOTED, '');
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr === -1) return '\n';
  if (lf !== -1 && lf < cr) return '\n';
  if (lf === -1) return '\r';
  const pieces = text.split('\r');
  const followedByLf = pieces.filter((piece, i) => i > 0 && piece.startsWith('\n')).length;
  return followedByLf >= (pieces.length - 1) / 2 ? '\r\n' : '\r';
}

export interface DelimiterScore {
  delimiter: string;
  /** The most common number of cells per record. */
  fields: number;
  /** Share of records with that many cells. */
  consistency: number;
}

/**
 * Chooses among , ; tab | by parsing the first records with each (quotes
 * respected) and keeping the one that splits them into the same number of
 * cells, preferring more cells when several do. A European export with
 * decimal commas ("1,5") splits evenly on ';' and unevenly on ','.
 * `complete`: the sample is the whole file (its last line is a record).
 *
 * @example detectDelimiter('Name;Value\nAcme;1,5\nBeta;2\n', '\n', true) // ';'
 */
export function detectDelimiter(sample: string, newline: Newline, complete: boolean): string {
  const scores = CANDIDATE_DELIMITERS.map((d) => scoreDelimiter(sample, newline, complete, d));
  let best = scores[0]!;
  for (const score of scores.slice(1)) if (better(score, best)) best = score;
  return best.fields > 1 ? best.delimiter : ',';
}

function better(a: DelimiterScore, b: DelimiterScore): boolean {
  // Nine in ten records alike counts as consistent: a few ragged rows should not decide.
  const aSteady = Math.min(a.consistency, 0.9);
  const bSteady = Math.min(b.consistency, 0.9);
  if ((a.fields > 1) !== (b.fields > 1)) return a.fields > 1;
  if (aSteady !== bSteady) return aSteady > bSteady;
  return a.fields > b.fields;
}

export function scoreDelimiter(sample: string, newline: Newline, complete: boolean, delimiter: string): DelimiterScore {
  const parser = new Papa.Parser({ delimiter, newline, preview: SAMPLE_RECORDS * 2 });
  const records = (parser.parse(sample, 0, !complete) as { data: string[][] }).data;
  const counts = new Map<number, number>();
  let total = 0;
  for (const cells of records) {
    if (cells.length === 1 && cells[0]!.trim() === '') continue;
    counts.set(cells.length, (counts.get(cells.length) ?? 0) + 1);
    if (++total === SAMPLE_RECORDS) break;
  }
  let fields = 1;
  let seen = 0;
  for (const [count, times] of counts) {
    if (times > seen || (times === seen && count > fields)) [fields, seen] = [count, times];
  }
  return { delimiter, fields, consistency: total ? seen / total : 0 };
}
