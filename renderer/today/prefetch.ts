import type { TodayList } from '../../shared/contract';
import type { IsoDay } from '../../shared/domain';
import { call } from '../platform/client';
import { readPreference } from '../ui/storage';
import { todayUtc } from '../dates';

/**
 * How many rows come in the first answer. A whole portfolio's list can run to
 * tens of thousands of rows (megabytes of reasons); the top of it paints at
 * once and the rest follows in a second request.
 */
export const FIRST_ROWS = 200;
export const OWNER_KEY = 'tend.today.owner';

let early: { key: string; list: Promise<TodayList> } | null = null;

const keyOf = (asOf: IsoDay, owner: string | null) => `${asOf}\n${owner ?? ''}`;

/**
 * Starts fetching the top of today's list before React has rendered anything,
 * in parallel with the store summary the app asks for first: on a big
 * portfolio that is a round trip and a render off the time to the first row.
 */
export function prefetchTodayList(): void {
  const owner = readPreference<string | null>(OWNER_KEY, null, (v): v is string | null => v === null || typeof v === 'string');
  const asOf = todayUtc();
  const list = call('today.list', { asOf, owner, limit: FIRST_ROWS });
  // Unused or failed early answers are simply fetched again by the screen.
  list.catch(() => undefined);
  early = { key: keyOf(asOf, owner), list };
}

/** The prefetched answer, once, if it is for this day and owner. */
export function takePrefetchedList(asOf: IsoDay, owner: string | null): Promise<TodayList> | null {
  if (!early || early.key !== keyOf(asOf, owner)) return null;
  const { list } = early;
  early = null;
  return list;
}

/** Drops an early answer that may be stale: the user went elsewhere first (welcome screen, import). */
export function discardPrefetchedList(): void {
  early = null;
}
