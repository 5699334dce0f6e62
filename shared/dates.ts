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

/** 0001-01-01T00:00Z and 10000-01-01T00:00Z: between them a day is written with a four-digit year. */
const FOUR_DIGIT_YEARS_FROM = -62_135_596_800_000;
const FOUR_DIGIT_YEARS_UNTIL = 253_402_300_800_000;

/** The UTC calendar day an instant falls on, as `YYYY-MM-DD`. */
export function dayOf(instant: IsoInstant | number): IsoDay {
  // Arithmetic for numbers: a Date and its ISO string per call cost a microsecond, and an import asks once per created account.
  if (typeof instant === 'number' && instant >= FOUR_DIGIT_YEARS_FROM && instant < FOUR_DIGIT_YEARS_UNTIL) return civilDay(Math.floor(instant / DAY_MS));
  return new Date(instant).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 as a proleptic Gregorian date (Howard Hinnant's `civil_from_days`). */
function civilDay(days: number): IsoDay {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return dayOf(dayStartMs(day) + days * DAY_MS);
}

/** Whole days from an instant to the end of the as-of day (0 = the same day). */
export function daysBetween(instant: IsoInstant, asOf: IsoDay): number {
  return Math.max(0, Math.floor((asOfMs(asOf) - Date.parse(instant)) / DAY_MS));
}
