import {
  ORDER_AUTO, ORDER_DMY, ORDER_MDY, ORDER_YMD, RESULT_FIELDS, RESULT_INSTANT, RESULT_WALL,
  SHAPE_DAY_FIRST, SHAPE_EITHER, SHAPE_ISO, SHAPE_MONTH_FIRST, SHAPE_SERIAL, SHAPE_YEAR_FIRST,
  canonicalInstant, scanDate, scanned,
} from './date-scan';
import { createZoneConverter } from './time-zones';

export { isTimeZone, localToUtc, zoneOffsetMs } from './time-zones';
export { excelSerialToWallMs } from './date-scan';

/**
 * How the file writes its dates. Every format also reads what cannot be
 * misread — ISO dates, "24 Nov 2026", Unix times — so the choice only settles
 * the order of day and month in "03/04/2026", and whether a bare number is an
 * Excel serial (all but 'iso' and 'ymd' accept those).
 */
export type DateFormat = 'auto' | 'iso' | 'dmy' | 'mdy' | 'ymd' | 'excel';
export const DATE_FORMATS = ['auto', 'iso', 'dmy', 'mdy', 'ymd', 'excel'] as const satisfies readonly DateFormat[];

/** Epoch ms, or why the text is not a date — worded to follow "which": "is not a date". */
export type DateReading = number | string;

const DAY_MS = 86_400_000;

function orderOf(format: DateFormat): number {
  switch (format) {
    case 'dmy': return ORDER_DMY;
    case 'mdy': return ORDER_MDY;
    case 'iso':
    case 'ymd': return ORDER_YMD;
    default: return ORDER_AUTO;
  }
}

/**
 * A parser for instants, built once per column. Times without an offset are
 * wall-clock times in `timeZone`; a date without a time is that calendar day
 * at 00:00 UTC whatever the zone, because Tend's days are UTC days and "24 Nov"
 * must stay 24 Nov (midnight in Tokyo is still 23 Nov in UTC).
 *
 * @example
 * const parse = createDateParser('dmy', 'Europe/London');
 * parse('24/11/2026 14:05'); // Date.UTC(2026, 10, 24, 14, 5)
 * parse('31/02/2026');       // 'is not a date (February 2026 has 28 days)'
 */
export function createDateParser(format: DateFormat, timeZone = 'UTC'): (text: string) => DateReading {
  const order = orderOf(format);
  const serials = order !== ORDER_YMD;
  const toUtc = createZoneConverter(timeZone);
  return (text) => {
    const canonical = canonicalInstant(text);
    if (!Number.isNaN(canonical)) return canonical;
    const failed = scanDate(text.trim(), order, serials);
    if (failed !== null) return failed;
    if (scanned.result === RESULT_INSTANT) return scanned.ms;
    if (scanned.result === RESULT_WALL) return scanned.hasTime ? toUtc(scanned.ms) : scanned.ms;
    const wall = Date.UTC(scanned.year, scanned.month - 1, scanned.day, scanned.hour, scanned.minute, scanned.second, scanned.milli);
    if (scanned.hasOffset) return wall - scanned.offsetMinutes * 60_000;
    return scanned.hasTime ? toUtc(wall) : wall;
  };
}

/**
 * A parser for calendar days ("Customer since"): the day as written, 00:00 UTC
 * in ms; a time or offset after it is ignored, since a day is not an instant.
 *
 * @example
 * createDayParser('iso')('2024-03-01 23:30 -05:00'); // Date.UTC(2024, 2, 1)
 */
export function createDayParser(format: DateFormat): (text: string) => DateReading {
  const order = orderOf(format);
  const serials = order !== ORDER_YMD;
  return (text) => {
    const failed = scanDate(text.trim(), order, serials);
    if (failed !== null) return failed;
    if (scanned.result !== RESULT_FIELDS) return Math.floor(scanned.ms / DAY_MS) * DAY_MS;
    return Date.UTC(scanned.year, scanned.month - 1, scanned.day);
  };
}

const parsers = new Map<string, (text: string) => DateReading>();

/**
 * One value, for code off the hot path (rows use `createDateParser`).
 *
 * @example
 * parseDate('2026-11-24T09:30:00Z'); // 1795512600000
 * parseDate('45000.5', 'excel');     // Date.UTC(2023, 2, 15, 12)
 */
export function parseDate(text: string, format: DateFormat = 'auto', timeZone = 'UTC'): DateReading {
  const key = `${format} ${timeZone}`;
  let parse = parsers.get(key);
  if (!parse) {
    parse = createDateParser(format, timeZone);
    parsers.set(key, parse);
  }
  return parse(text);
}

export interface DateFormatGuess {
  format: DateFormat;
  /** True when day and month cannot be told apart: the UI asks the user. */
  ambiguous: boolean;
  why: string;
}

/**
 * Reads sample values of a date column and says how the file writes dates.
 * One date such as 24/11/2026 settles day-first for the whole file. When every
 * slash date has both parts ≤ 12 the answer is a guess (`ambiguous: true`):
 * month-first when the times use AM/PM (a US habit), otherwise day-first.
 *
 * @example
 * detectDateFormat(['03/04/2026', '24/11/2026']); // { format: 'dmy', ambiguous: false, … }
 * detectDateFormat(['03/04/2026', '05/06/2026']); // { format: 'dmy', ambiguous: true, … }
 */
export function detectDateFormat(samples: readonly string[]): DateFormatGuess {
  let dayFirst = 0, monthFirst = 0, either = 0, serials = 0, yearFirst = 0, iso = 0, dates = 0, twelveHour = 0;
  let dayFirstExample = '', monthFirstExample = '', eitherExample = '';
  for (const sample of samples) {
    const text = sample.trim();
    if (text === '') continue;
    const failed = scanDate(text, ORDER_AUTO, true);
    const shape = scanned.shape;
    if (failed !== null && shape !== SHAPE_EITHER) continue;
    dates++;
    // An ambiguous date stops the scan before its time: read it again in one order to see the clock.
    if (shape === SHAPE_EITHER) scanDate(text, ORDER_DMY, true);
    if (scanned.twelveHour) twelveHour++;
    if (shape === SHAPE_DAY_FIRST) { dayFirst++; dayFirstExample ||= text; }
    else if (shape === SHAPE_MONTH_FIRST) { monthFirst++; monthFirstExample ||= text; }
    else if (shape === SHAPE_EITHER) { either++; eitherExample ||= text; }
    else if (shape === SHAPE_SERIAL) serials++;
    else if (shape === SHAPE_YEAR_FIRST) yearFirst++;
    else if (shape === SHAPE_ISO) iso++;
  }
  if (dates === 0) return { format: 'auto', ambiguous: false, why: 'None of the sample values is a date.' };
  if (dayFirst > 0 && monthFirst > 0) {
    const format = dayFirst >= monthFirst ? 'dmy' : 'mdy';
    return { format, ambiguous: true, why: `Some dates are day-first (${dayFirstExample}) and some month-first (${monthFirstExample}).` };
  }
  if (dayFirst > 0) return { format: 'dmy', ambiguous: false, why: `${dayFirstExample} can only be day-first.` };
  if (monthFirst > 0) return { format: 'mdy', ambiguous: false, why: `${monthFirstExample} can only be month-first.` };
  if (either > 0) {
    const format = twelveHour > 0 ? 'mdy' : 'dmy';
    const guess = twelveHour > 0 ? 'month-first, as the times use AM/PM' : 'day-first';
    return { format, ambiguous: true, why: `Every date like ${eitherExample} could be day-first or month-first; guessed ${guess}.` };
  }
  if (serials > 0) return { format: 'excel', ambiguous: false, why: 'The dates are Excel serial numbers.' };
  if (yearFirst > 0) return { format: 'ymd', ambiguous: false, why: 'The dates are written year first.' };
  if (iso > 0) return { format: 'iso', ambiguous: false, why: 'The dates are ISO 8601 (2026-11-24).' };
  return { format: 'auto', ambiguous: false, why: 'The dates name their month, so they cannot be misread.' };
}
