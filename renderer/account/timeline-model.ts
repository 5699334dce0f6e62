import type { TimelineEntry, TimelineTouchpoint } from '../../shared/api/account-page';
import type { Channel, Direction, IsoInstant } from '../../shared/domain';

/**
 * The timeline as the page shows it: each complaint with the updates we sent
 * about it beneath (oldest first), everything else on its own, newest first,
 * under a heading per month.
 */
export interface TimelineThread {
  key: string;
  at: IsoInstant;
  entry: TimelineEntry;
  /** Our updates to the customer about this complaint (empty for anything else). */
  updates: TimelineTouchpoint[];
}

export interface TimelineMonth {
  /** `YYYY-MM` (UTC, like every day in Tend). */
  month: string;
  threads: TimelineThread[];
}

/** Which entries the timeline shows. `events` are account events (hand-over, churn…), which have no channel. */
export interface TimelineFilter {
  channel: Channel | 'events' | 'all';
  direction: Direction | 'all';
  complaintsOnly: boolean;
}

export const SHOW_EVERYTHING: TimelineFilter = { channel: 'all', direction: 'all', complaintsOnly: false };

const newestFirst = (a: { at: IsoInstant }, b: { at: IsoInstant }) => Date.parse(b.at) - Date.parse(a.at);
const oldestFirst = (a: TimelineTouchpoint, b: TimelineTouchpoint) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt);

export function isComplaint(entry: TimelineEntry): boolean {
  return entry.kind === 'touchpoint' && entry.touchpoint.complaintStatus !== null;
}

/**
 * Puts each complaint update under its complaint. An update whose complaint
 * is not on the timeline (deleted since) stays on its own rather than vanish.
 * @example threadTimeline(entries)[0].updates // the updates about the newest complaint, oldest first
 */
export function threadTimeline(entries: readonly TimelineEntry[]): TimelineThread[] {
  const complaintIds = new Set(entries.filter(isComplaint).map((entry) => (entry.kind === 'touchpoint' ? entry.touchpoint.id : -1)));
  const updatesOf = new Map<number, TimelineTouchpoint[]>();
  const threads: TimelineThread[] = [];
  for (const entry of entries) {
    if (entry.kind === 'touchpoint') {
      const { complaintId } = entry.touchpoint;
      if (complaintId !== null && complaintIds.has(complaintId)) {
        const updates = updatesOf.get(complaintId) ?? [];
        updates.push(entry.touchpoint);
        updatesOf.set(complaintId, updates);
        continue;
      }
      threads.push({ key: `t${entry.touchpoint.id}`, at: entry.at, entry, updates: [] });
    } else {
      threads.push({ key: `e${entry.id}`, at: entry.at, entry, updates: [] });
    }
  }
  for (const thread of threads) {
    if (thread.entry.kind === 'touchpoint') thread.updates = (updatesOf.get(thread.entry.touchpoint.id) ?? []).sort(oldestFirst);
  }
  return threads.sort(newestFirst);
}

function touchMatches(touchpoint: TimelineTouchpoint, filter: TimelineFilter): boolean {
  if (filter.channel === 'events') return false;
  if (filter.channel !== 'all' && touchpoint.channel !== filter.channel) return false;
  return filter.direction === 'all' || touchpoint.direction === filter.direction;
}

/** The threads a filter keeps: a complaint stays when it or any of its updates matches, and keeps all its updates. */
export function filterThreads(threads: readonly TimelineThread[], filter: TimelineFilter): TimelineThread[] {
  return threads.filter(({ entry, updates }) => {
    if (entry.kind === 'event') return !filter.complaintsOnly && filter.direction === 'all' && (filter.channel === 'all' || filter.channel === 'events');
    if (filter.complaintsOnly && entry.touchpoint.complaintStatus === null) return false;
    return touchMatches(entry.touchpoint, filter) || updates.some((update) => touchMatches(update, filter));
  });
}

/** Threads under a heading per month, newest month first (threads are already newest first). */
export function groupByMonth(threads: readonly TimelineThread[]): TimelineMonth[] {
  const months: TimelineMonth[] = [];
  for (const thread of threads) {
    const month = new Date(thread.at).toISOString().slice(0, 7);
    const last = months.at(-1);
    if (last?.month === month) last.threads.push(thread);
    else months.push({ month, threads: [thread] });
  }
  return months;
}

export function isFiltered(filter: TimelineFilter): boolean {
  return filter.channel !== 'all' || filter.direction !== 'all' || filter.complaintsOnly;
}
