import { DAY_MS } from '../dates';
import type { IsoInstant } from '../domain';

export interface RhythmPoint {
  at: IsoInstant;
  /** Whole calendar days since our previous contact; null for the first one shown. */
  gapDays: number | null;
}

/**
 * Our contacts in order with the gap before each, for the rhythm picture.
 * Pass the contact before the window as `previousMs` so the first contact
 * shown still gets its real gap. Two contacts on the same day are a gap of 0.
 *
 * @example
 * contactRhythm([Date.parse('2026-11-03T10:00Z'), Date.parse('2026-11-10T09:00Z')], null);
 * // [{ at: '2026-11-03T10:00:00.000Z', gapDays: null }, { at: '2026-11-10T09:00:00.000Z', gapDays: 7 }]
 */
export function contactRhythm(contactsMs: readonly number[], previousMs: number | null): RhythmPoint[] {
  const sorted = [...contactsMs].sort((a, b) => a - b);
  const points: RhythmPoint[] = [];
  let previousDay = previousMs === null ? null : Math.floor(previousMs / DAY_MS);
  for (const ms of sorted) {
    const day = Math.floor(ms / DAY_MS);
    points.push({ at: new Date(ms).toISOString(), gapDays: previousDay === null ? null : day - previousDay });
    previousDay = day;
  }
  return points;
}
