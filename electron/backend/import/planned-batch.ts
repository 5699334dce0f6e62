import { CHANNELS, COMPLAINT_STATUSES, DIRECTIONS, SENTIMENT_SOURCES } from '../../../shared/domain';
import type { RejectedRow } from './sink';

/**
 * What the reading thread hands the writing thread for one batch of rows.
 * Touchpoints travel as columns rather than an object per row: numbers (and
 * the few fixed words — channel, direction, sentiment source, complaint
 * status — as their index in a list) in one Float64Array that is moved, not
 * copied, and every free text of the batch end to end in one string, each
 * one's length among the numbers. Structured clone copies a string per
 * string: four a row cost more than a second of a million-row import on
 * each side, one a batch next to nothing.
 */
export interface PlannedBatch {
  rowsRead: number;
  /** Accounts to create, `PLANNED_ACCOUNT_WIDTH` values each: id, external id, name, owner, created-on day. */
  accounts: Array<string | number>;
  /** How many touchpoints to store. */
  count: number;
  /** `NUMBER_COLUMNS` per touchpoint; NaN stands for null, and a text's length is -1 when it is null. */
  numbers: Float64Array<ArrayBuffer>;
  /** Every touchpoint's person, subject, notes and fingerprint, in that order, end to end (nulls left out). */
  text: string;
  /**
   * Whether the reading thread inferred the sentiment of rows the file gave
   * none for. When it did not, the writing thread does, for the rows it keeps.
   */
  sentimentInferred: boolean;
  rejects: RejectedRow[];
}

export const PLANNED_ACCOUNT_WIDTH = 5;

/** Column positions in `numbers`; the last four are the lengths of the texts. */
export const N = {
  accountId: 0, occurredAt: 1, channel: 2, direction: 3, sentiment: 4, sentimentSource: 5, complaintStatus: 6, resolvedAt: 7, comeBack: 8, refer: 9, ours: 10,
  person: 11, subject: 12, notes: 13, fingerprint: 14,
} as const;
export const NUMBER_COLUMNS = 15;
/** The text of `length` characters at `from` in a batch's text; null for -1. */
export function textAt(text: string, from: number, length: number): string | null {
  return length < 0 ? null : text.slice(from, from + length);
}

/** The length a batch carries for a text: -1 for null. */
export function lengthOf(text: string | null): number {
  return text === null ? -1 : text.length;
}

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
  return { rowsRead: 0, accounts: [], count: 0, numbers: new Float64Array(capacity * NUMBER_COLUMNS), text: '', sentimentInferred: false, rejects: [] };
}
