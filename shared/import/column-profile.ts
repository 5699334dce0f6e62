import { createDateParser } from './dates';
import { parseMoney } from './money';
import {
  COMPLAINT_STATUS_EVIDENCE, isNoAnswer, parseAccountStatus, parseChannel, parseComeBack, parseComplaintStatus,
  parseDirection, parseRefer, parseSentiment, parseTier, valueKey,
} from './normalise-values';
import type { ValueShape } from './synonyms';

/**
 * What the sample values of one column look like, so a suggestion can rest on
 * the data as well as the header: a "Type" column is a direction only if its
 * cells say inbound and outbound.
 */
export type ProfileShape = ValueShape | 'complaint-word' | 'tier-word' | 'status-word' | 'number';

/** How many sample rows a suggestion reads; enough to see a pattern, cheap to repeat. */
export const PROFILE_ROWS = 200;

const dayFirst = createDateParser('dmy');
const monthFirst = createDateParser('mdy');
const BARE_NUMBER = /^\d+(?:\.\d+)?$/;

/**
 * A date as far as guessing goes. Bare numbers count only as Excel serials
 * between 1968 and 2105: durations ("300") and phone numbers ("4155550123")
 * also parse as dates and must not make a column look like one.
 */
function looksLikeDate(value: string): boolean {
  if (BARE_NUMBER.test(value)) {
    const serial = Number(value);
    return serial >= 25_000 && serial <= 75_000;
  }
  return typeof dayFirst(value) === 'number' || typeof monthFirst(value) === 'number';
}

const TESTS: Record<ProfileShape, (value: string) => boolean> = {
  date: looksLikeDate,
  direction: (v) => parseDirection(v) !== null,
  channel: (v) => parseChannel(v) !== null,
  complaint: (v) => COMPLAINT_STATUS_EVIDENCE.has(valueKey(v)),
  'complaint-word': (v) => parseComplaintStatus(v) !== null,
  // "No answer" cells (Zendesk's "Offered") fit a survey column: most tickets are never rated.
  sentiment: (v) => isNoAnswer(v) || parseSentiment(v) !== null,
  intent: (v) => isNoAnswer(v) || parseComeBack(v) !== null,
  nps: (v) => isNoAnswer(v) || parseRefer(v) !== null,
  money: (v) => parseMoney(v) !== null,
  number: (v) => BARE_NUMBER.test(v),
  'tier-word': (v) => parseTier(v) !== v.trim(),
  'status-word': (v) => parseAccountStatus(v) !== null && !['yes', 'no', 'true', 'false', 'y', 'n', '1', '0', 'x'].includes(valueKey(v)),
};

export class ColumnProfile {
  readonly index: number;
  readonly header: string;
  /** The column's non-empty sample cells, trimmed. */
  readonly values: readonly string[];
  #shares = new Map<ProfileShape, number>();

  constructor(index: number, header: string, rows: readonly (readonly string[])[]) {
    this.index = index;
    this.header = header;
    const values: string[] = [];
    for (let r = 0; r < rows.length && r < PROFILE_ROWS; r++) {
      const cell = rows[r]![index]?.trim();
      if (cell) values.push(cell);
    }
    this.values = values;
  }

  /** The share (0–1) of non-empty sample cells that have this shape; 0 for an empty column. */
  share(shape: ProfileShape): number {
    let share = this.#shares.get(shape);
    if (share === undefined) {
      const test = TESTS[shape];
      let hits = 0;
      for (const value of this.values) if (test(value)) hits++;
      share = this.values.length === 0 ? 0 : hits / this.values.length;
      this.#shares.set(shape, share);
    }
    return share;
  }

  /** Share of rows repeating an earlier value: a contact log names the same account again and again. */
  repetition(): number {
    if (this.values.length < 2) return 0;
    return 1 - new Set(this.values).size / this.values.length;
  }
}

/** Profiles for every column of the header. */
export function profileColumns(header: readonly string[], rows: readonly (readonly string[])[]): ColumnProfile[] {
  return header.map((h, i) => new ColumnProfile(i, h, rows));
}
