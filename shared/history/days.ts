import { DAY_MS, addDays, dayStartMs } from '../dates';
import type { IsoDay } from '../domain';

/**
 * Which days carry a score snapshot. Daily snapshots are kept for the recent
 * weeks; further back one snapshot a week (on Mondays) is enough for a
 * half-year chart and for "moved over the month" comparisons, and keeps the
 * table small: 50,000 accounts a day would otherwise add 18 million rows a year.
 */
export const HISTORY = {
  /** Days before today back-filled one by one. */
  dailyDays: 28,
  /** Weeks before those back-filled one Monday each. */
  weeks: 26,
  /** Daily snapshots older than this are thinned to the Mondays. */
  keepDailyDays: 35,
  /** How far back the account page's chart reaches. */
  chartDays: 180,
} as const;

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysApart(from: IsoDay, to: IsoDay): number {
  return Math.round((dayStartMs(to) - dayStartMs(from)) / DAY_MS);
}

/** True on the weekday weekly snapshots fall on (Monday). */
export function isWeeklyDay(day: IsoDay): boolean {
  return new Date(dayStartMs(day)).getUTCDay() === 1;
}

/** The weekly snapshot day on or before `day`. */
export function weeklyDayOnOrBefore(day: IsoDay): IsoDay {
  const weekday = new Date(dayStartMs(day)).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/**
 * The days a back-fill computes, newest first: `today`, each of the
 * `dailyDays` days before it, then one Monday a week for `weeks` weeks
 * before those. Mondays keep weekly days the same from one run to the next,
 * so history does not pile up a new weekly series every day.
 *
 * @example
 * backfillDays('2026-11-24', { dailyDays: 2, weeks: 2 });
 * // ['2026-11-24', '2026-11-23', '2026-11-22', '2026-11-16', '2026-11-09']
 */
export function backfillDays(today: IsoDay, options: { dailyDays: number; weeks: number } = HISTORY): IsoDay[] {
  const days: IsoDay[] = [];
  for (let back = 0; back <= options.dailyDays; back++) days.push(addDays(today, -back));
  let weekly = weeklyDayOnOrBefore(addDays(today, -options.dailyDays - 1));
  for (let week = 0; week < options.weeks; week++) {
    days.push(weekly);
    weekly = addDays(weekly, -7);
  }
  return days;
}
