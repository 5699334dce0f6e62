import type { IsoDay, IsoInstant } from './domain';

export const DAY_MS = 86_400_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as `YYYY-MM-DD` (rejects 2026-02-30). */
export function isIsoDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === text;
}

/** Milliseconds at the start (00:00 UTC) of a calendar day. */
export function dayStartMs(day: IsoDay): number {
  return Date.parse(`${day}T00:00:00.000Z`);
}

/**
 * The as-of instant of a day: its last millisecond, so that everything that
 * happened during the as-of day counts as "on or before" it.
 */
export function asOfMs(day: IsoDay): number {
  return dayStartMs(day) + DAY_MS - 1;
}

export function dayOf(instant: IsoInstant | number): IsoDay {
  return new Date(instant).toISOString().slice(0, 10);
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return dayOf(dayStartMs(day) + days * DAY_MS);
}

/** Whole days from an instant to the end of the as-of day (0 = the same day). */
export function daysBetween(instant: IsoInstant, asOf: IsoDay): number {
  return Math.max(0, Math.floor((asOfMs(asOf) - Date.parse(instant)) / DAY_MS));
}
