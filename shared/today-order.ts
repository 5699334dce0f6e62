import type { TodayRow } from './contract';

/**
 * Today's list order: accounts still waiting for us first, highest priority
 * first; accounts already reached today sink to the bottom so the top of the
 * list is always the next call to make. Ties break on name for a stable order.
 *
 * Accounts just handed over and not yet introduced lead the waiting ones: the
 * introduction is a one-off call that leaves the list once made, and a healthy
 * account's priority alone would bury it. (Putting them after open complaints
 * would need complaints ahead of everything else, which would overturn the
 * value-weighted priority order the rest of the list keeps.)
 */
export function compareTodayRows(a: TodayRow, b: TodayRow): number {
  const reachedA = a.reviewed || a.touchedToday;
  const reachedB = b.reviewed || b.touchedToday;
  if (reachedA !== reachedB) return reachedA ? 1 : -1;
  const introA = a.intro !== null;
  const introB = b.intro !== null;
  if (introA !== introB) return introA ? -1 : 1;
  if (b.priority !== a.priority) return b.priority - a.priority;
  if (a.score !== b.score) return a.score - b.score;
  return a.name.localeCompare(b.name);
}
