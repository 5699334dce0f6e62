import { DAY_MS, asOfMs } from '../dates';
import type { IsoDay } from '../domain';

export interface ComplaintTimes {
  openedMs: number;
  /** Null when still open, or resolved without a date (exports often drop it). */
  resolvedMs: number | null;
  status: 'open' | 'resolved';
  /** Our last update to the customer about it, on or before the as-of day; null when none. */
  lastUpdateMs: number | null;
}

export interface ComplaintTiming {
  status: 'open' | 'resolved';
  /** Days open so far (open), or days it took (resolved; 0 when the resolution date is unknown). */
  ageDays: number;
  /** Days since the customer last heard from us about it (since opening when never); null once resolved. */
  silenceDays: number | null;
}

const dayIndex = (ms: number) => Math.floor(ms / DAY_MS);

/**
 * Where a complaint stands on the as-of day, by the health model's rule: open
 * when resolved after the day, or marked open without a resolution date.
 * Ages are whole calendar days (opened yesterday = 1).
 *
 * @example
 * complaintTiming({ openedMs: Date.parse('2026-11-10T09:00Z'), resolvedMs: null, status: 'open', lastUpdateMs: Date.parse('2026-11-20T15:00Z') }, '2026-11-24');
 * // { status: 'open', ageDays: 14, silenceDays: 4 }
 */
export function complaintTiming(times: ComplaintTimes, asOf: IsoDay): ComplaintTiming {
  const end = asOfMs(asOf);
  const open = times.resolvedMs !== null ? times.resolvedMs > end : times.status === 'open';
  const today = dayIndex(end);
  if (open) {
    const heard = times.lastUpdateMs !== null && times.lastUpdateMs <= end ? Math.max(times.openedMs, times.lastUpdateMs) : times.openedMs;
    return { status: 'open', ageDays: Math.max(0, today - dayIndex(times.openedMs)), silenceDays: Math.max(0, today - dayIndex(heard)) };
  }
  const took = times.resolvedMs === null ? 0 : Math.max(0, dayIndex(times.resolvedMs) - dayIndex(times.openedMs));
  return { status: 'resolved', ageDays: took, silenceDays: null };
}
