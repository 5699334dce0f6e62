import type { IsoDay, IsoInstant } from '../../shared/domain';

const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayNoYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const month = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonth = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const shortMonthYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const moment = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** "12 Mar 2026" (a Tend day, UTC). */
export function formatDay(iso: IsoDay): string {
  return day.format(new Date(`${iso}T00:00:00Z`));
}

/** "12 Mar" */
export function formatDayNoYear(iso: IsoDay): string {
  return dayNoYear.format(new Date(`${iso}T00:00:00Z`));
}

/** "March 2026" for `2026-03`. */
export function formatMonth(yearMonth: string): string {
  return month.format(new Date(`${yearMonth}-01T00:00:00Z`));
}

/** "Mar" on a chart axis; the first tick and every January carry the year ("Jan 2026"). */
export function formatAxisMonth(ms: number, index: number): string {
  const date = new Date(ms);
  return index === 0 || date.getUTCMonth() === 0 ? shortMonthYear.format(date) : shortMonth.format(date);
}

/** "Thu, 12 Mar, 14:05" in the user's own time: when a touch happened. */
export function formatMoment(instant: IsoInstant): string {
  return moment.format(new Date(instant));
}

/** "+6" or "−12" points. */
export function formatDelta(points: number): string {
  const rounded = Math.round(points);
  if (rounded === 0) return '±0';
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`;
}
