import type { TodayRow } from './contract';

/**
 * Today's list order: accounts still waiting for us first, highest priority
 * first; accounts already reached today sink to the bottom so the top of the
 * list is always the next call to make. Ties break on name for a stable order.
 */
export function compareTodayRows(a: TodayRow, b: TodayRow): number {
  const reachedA = a.reviewed || a.touchedToday;
  const reachedB = b.reviewed || b.touchedToday;
  if (reachedA !== reachedB) return reachedA ? 1 : -1;
  if (b.priority !== a.priority) return b.priority - a.priority;
  if (a.score !== b.score) return a.score - b.score;
  return a.name.localeCompare(b.name);
}
