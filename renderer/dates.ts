import { addDays, asOfMs } from '../shared/dates';
import type { IsoDay } from '../shared/domain';

/**
 * Tend's days are UTC calendar days: the list, the CLI and the backend all
 * agree on "today" whatever the user's time zone. Every screen asks here.
 * @example todayUtc() // "2026-11-24"
 */
export function todayUtc(): IsoDay {
  return new Date().toISOString().slice(0, 10);
}

const longDay = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDay = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "Tuesday, 24 November 2026" (in the user's locale). */
export function formatDayLong(day: IsoDay): string {
  return longDay.format(new Date(`${day}T00:00:00Z`));
}

/** "Tue, 1 Dec" (in the user's locale). */
export function formatDayShort(day: IsoDay): string {
  return shortDay.format(new Date(`${day}T00:00:00Z`));
}

export { addDays };

const pad = (n: number) => String(n).padStart(2, '0');

/** A `datetime-local` input's value for an instant, in the user's local time. */
export function toLocalInputValue(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant a `datetime-local` value names (local time), or null when it is not a time. */
export function fromLocalInputValue(value: string): number | null {
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? null : ms;
}

/** The latest minute a touch may be logged for the list's day: its last UTC minute, floored to minutes. */
export function latestTouchMs(asOf: IsoDay): number {
  return Math.floor(asOfMs(asOf) / 60_000) * 60_000;
}
