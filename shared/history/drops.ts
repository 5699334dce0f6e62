import type { ScoreDrop, ScorePoint } from '../api/account-page';
import { addDays } from '../dates';
import type { IsoDay } from '../domain';

/** The two snapshot days a drop compares, as the store should look them up. */
export interface DropWindow {
  /** "Now": the latest snapshot day on or before asOf, but after `fromOnOrBefore`. */
  toOnOrBefore: IsoDay;
  /** "Then": the latest snapshot day on or before asOf − days … */
  fromOnOrBefore: IsoDay;
  /** … and no older than this, so "this week" never compares with last spring. */
  fromNotBefore: IsoDay;
}

/**
 * The days "the score fell over the last `days` days" compares: the latest
 * snapshot on or before asOf against the latest on or before asOf − days
 * (weekly snapshots further back may sit up to six days earlier).
 *
 * @example
 * dropWindow('2026-11-24', 7); // { toOnOrBefore: '2026-11-24', fromOnOrBefore: '2026-11-17', fromNotBefore: '2026-11-10' }
 */
export function dropWindow(asOf: IsoDay, days: number): DropWindow {
  const from = addDays(asOf, -days);
  return { toOnOrBefore: asOf, fromOnOrBefore: from, fromNotBefore: addDays(from, -Math.max(7, days)) };
}

export interface ScorePair {
  accountId: number;
  name: string;
  owner: string;
  value: number;
  from: ScorePoint;
  to: ScorePoint;
}

/**
 * The biggest falls first; equal falls put the more valuable account first,
 * then the name. Rises and flat scores are not drops.
 *
 * @example
 * rankDrops(pairs, 10)[0].delta; // -31
 */
export function rankDrops(pairs: readonly ScorePair[], limit: number): ScoreDrop[] {
  return pairs
    .map((p) => ({ ...p, delta: Math.round((p.to.score - p.from.score) * 10) / 10 }))
    .filter((d) => d.delta < 0)
    .sort((a, b) => a.delta - b.delta || b.value - a.value || a.name.localeCompare(b.name) || a.accountId - b.accountId)
    .slice(0, limit);
}
