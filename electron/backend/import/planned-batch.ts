import { CHANNELS, COMPLAINT_STATUSES, DIRECTIONS, SENTIMENT_SOURCES } from '../../../shared/domain';
import type { RejectedRow } from './sink';

/**
 * What the reading thread hands the writing thread for one batch of rows.
 * Touchpoints travel as columns rather than an object per row: numbers (and
 * the few fixed words — channel, direction, complaint status — as their index in a list) in one Float64Array that is moved, not
 * copied, and the free text in one array. Structured clone then copies three
 * strings a row instead of fifteen values, and the writing thread makes no
 * new strings for words it already has.
 */
export interface PlannedBatch {
  rowsRead: number;
  /** Accounts to create, `PLANNED_ACCOUNT_WIDTH` values each: id, external id, name, owner, created-on day. */
  accounts: Array<string | number>;
  /** How many touchpoints to store. */
  count: number;
  /** `NUMBER_COLUMNS` per touchpoint; NaN stands for null. */
  numbers: Float64Array<ArrayBuffer>;
  /** `TEXT_COLUMNS` per touchpoint. */
  texts: Array<string | null>;
  rejects: RejectedRow[];
}

export const PLANNED_ACCOUNT_WIDTH = 5;

/** Column positions in `numbers`. */
export const N = { accountId: 0, occurredAt: 1, channel: 2, direction: 3, sentiment: 4, sentimentSource: 5, complaintStatus: 6, resolvedAt: 7, comeBack: 8, refer: 9, ours: 10 } as const;
export const NUMBER_COLUMNS = 11;
/** Column positions in `texts`. */
export const T = { person: 0, subject: 1, notes: 2 } as const;
export const TEXT_COLUMNS = 3;

/** The fixed words, by the index a batch carries. */
export const WORDS = {
  channel: CHANNELS,
  direction: DIRECTIONS,
  complaintStatus: COMPLAINT_STATUSES,
  sentimentSource: SENTIMENT_SOURCES,
};

/** A word's index in its list, NaN for null. */
export function wordCode<W extends string>(list: readonly W[], word: W | null): number {
  return word === null ? Number.NaN : list.indexOf(word);
}

/** The word at a carried index; null for NaN. */
export function wordAt<W extends string>(list: readonly W[], code: number): W | null {
  return Number.isNaN(code) ? null : list[code]!;
}

export function emptyPlannedBatch(capacity: number): PlannedBatch {
  return { rowsRead: 0, accounts: [], count: 0, numbers: new Float64Array(capacity * NUMBER_COLUMNS), texts: [], rejects: [] };
}
