import type { RejectedRow } from './sink';

/**
 * What the reading thread hands the writing thread for one batch of rows:
 * flat arrays of plain values rather than an object per row, because they
 * cross between threads by structured clone, and fewer objects are cheaper
 * to copy and to collect.
 */
export interface PlannedBatch {
  rowsRead: number;
  duplicates: number;
  /** Accounts to create, `PLANNED_ACCOUNT_WIDTH` values each: id, external id, name, owner, created-on day. */
  accounts: Array<string | number>;
  /**
   * Touchpoints to store, `PLANNED_TOUCHPOINT_WIDTH` values each: account id,
   * occurred at, channel, direction, person, subject, notes, sentiment,
   * sentiment source, complaint status, resolved at, come back, refer, ours,
   * fingerprint (the insert's columns but the batch id and created-at, which
   * are the same for every row).
   */
  touchpoints: Array<string | number | null>;
  rejects: RejectedRow[];
}

export const PLANNED_ACCOUNT_WIDTH = 5;
export const PLANNED_TOUCHPOINT_WIDTH = 15;

export const emptyPlannedBatch = (): PlannedBatch => ({ rowsRead: 0, duplicates: 0, accounts: [], touchpoints: [], rejects: [] });
