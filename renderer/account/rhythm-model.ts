import type { AccountPage } from '../../shared/api/account-page';
import { addDays, dayOf, daysBetween } from '../../shared/dates';
import type { IsoDay } from '../../shared/domain';

/** How a gap between our contacts compares with the tier's cadence. */
export type GapState = 'within' | 'late' | 'far';

export interface RhythmBar {
  /** The day of the contact that ended the gap (or the page's day, for the silence still running). */
  day: IsoDay;
  gapDays: number;
  state: GapState;
  /** The silence since our last contact, still running on the page's day. */
  current: boolean;
}

export interface RhythmPicture {
  bars: RhythmBar[];
  cadenceDays: number;
  /** The median gap over the window, or null with fewer than two gaps. */
  typicalGapDays: number | null;
  /** Gaps in the window (the running one included) longer than the cadence. */
  lateGaps: number;
  /** Our contacts before the window, left out of the picture. */
  earlier: number;
}

/** Within the cadence, up to twice it, or beyond: the same steps the recency factor falls through. */
export function gapState(gapDays: number, cadenceDays: number): GapState {
  if (gapDays <= cadenceDays) return 'within';
  return gapDays <= 2 * cadenceDays ? 'late' : 'far';
}

function median(values: number[]): number | null {
  if (values.length < 2) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * The gaps between our contacts over the last `windowDays` days, one bar per
 * contact, plus the silence still running since the last one, each judged
 * against the cadence.
 * @example rhythmPicture(page.rhythm, '2026-06-30', 30).bars.at(-1) // { day: '2026-06-30', gapDays: 47, state: 'late', current: true }
 */
export function rhythmPicture(rhythm: AccountPage['rhythm'], asOf: IsoDay, cadenceDays: number, windowDays = 365): RhythmPicture {
  const from = addDays(asOf, -windowDays);
  const bars: RhythmBar[] = [];
  let earlier = 0;
  const ordered = [...rhythm].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const contact of ordered) {
    const day = dayOf(contact.at);
    if (day > asOf) continue;
    if (day <= from) {
      earlier++;
      continue;
    }
    if (contact.gapDays !== null) bars.push({ day, gapDays: contact.gapDays, state: gapState(contact.gapDays, cadenceDays), current: false });
  }
  const last = ordered.filter((contact) => dayOf(contact.at) <= asOf).at(-1);
  if (last) {
    const silence = daysBetween(last.at, asOf);
    if (silence > 0) bars.push({ day: asOf, gapDays: silence, state: gapState(silence, cadenceDays), current: true });
  }
  return {
    bars,
    cadenceDays,
    typicalGapDays: median(bars.filter((bar) => !bar.current).map((bar) => bar.gapDays)),
    lateGaps: bars.filter((bar) => bar.state !== 'within').length,
    earlier,
  };
}
