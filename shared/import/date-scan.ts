/**
 * The date scanner behind `dates.ts`: one pass over the characters, no regular
 * expressions and no allocation, because it runs on every row of a million-row
 * import. It fills the module-level `scanned` fields rather than returning an
 * object for the same reason (JavaScript is single-threaded, so this is safe).
 *
 * Reads: 2026-11-24[T| ]14:05[:33[.123]][Z|±hh[:mm]| UTC], 20261124[T140533],
 * 24/11/2026, 11/24/2026 2:05 PM, 24.11.2026, 24-11-26, 2026/11/24,
 * 24 Nov 2026, 24-Nov-2026, Nov 24, 2026, Tue, 24 Nov 2026 14:05:00 +0000,
 * Excel serials (45000.5) and Unix times (10 digits: seconds, 13: milliseconds).
 */

import {
  DAY_MS, EXCEL_LAST_SERIAL, daysInMonth, EXCEL_UNIX_EPOCH, MONTH_LABELS, NOT_A_DATE, RESULT_FIELDS, RESULT_INSTANT, RESULT_WALL,
  WORD_WEEKDAY, cursor, fullYear, isDigit, isLetter, readNumber, readWord, scanned, skipSpaces, validate,
} from './date-lexer';
import { timeAndZone } from './date-clock';

export { NOT_A_DATE, RESULT_FIELDS, RESULT_INSTANT, RESULT_WALL, daysInMonth, scanned } from './date-lexer';

/** How day and month are told apart in "03/04/2026". */
export const ORDER_AUTO = 0;
export const ORDER_DMY = 1;
export const ORDER_MDY = 2;
/** Year first only: "03/04/2026" is refused. */
export const ORDER_YMD = 3;

/** What a value looked like; `detectDateFormat` counts these. */
export const SHAPE_ISO = 1;
export const SHAPE_YEAR_FIRST = 2;
export const SHAPE_SERIAL = 3;
export const SHAPE_MONTH_NAME = 4;
export const SHAPE_DAY_FIRST = 5;
export const SHAPE_MONTH_FIRST = 6;
export const SHAPE_EITHER = 7;
export const SHAPE_UNIX = 8;

/** Excel serial (1900 system) → wall-clock ms, keeping Excel's phantom 29 Feb 1900 (serial 60) out. */
export function excelSerialToWallMs(serial: number): number | string {
  if (!(serial >= 1 && serial < EXCEL_LAST_SERIAL + 1)) return 'is not a date';
  if (serial >= 60 && serial < 61) return "is 29 February 1900, a day that exists only in Excel";
  // Lotus 1-2-3 counted 1900 as a leap year and Excel kept it: serials from 61 on are one day ahead.
  const days = serial < 60 ? serial - EXCEL_UNIX_EPOCH + 1 : serial - EXCEL_UNIX_EPOCH;
  // Times typed into a spreadsheet are whole seconds; rounding also absorbs the float error of the fraction.
  return Math.round(days * 86_400) * 1000;
}

/**
 * `2026-11-24T14:05:33.123Z` or `2026-11-24T14:05:33Z` — what `toISOString`
 * writes and many systems export — read straight to epoch ms; NaN for any
 * other text, which `scanDate` then reads (and explains when it is wrong).
 * A third of the general path's cost, on every row of a big import.
 */
export function canonicalInstant(s: string): number {
  const n = s.length;
  if (n !== 24 && n !== 20) return Number.NaN;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || s.charCodeAt(n - 1) !== 90) return Number.NaN;
  if (n === 24 && s.charCodeAt(19) !== 46) return Number.NaN;
  const year = digitsAt(s, 0, 4);
  const month = digitsAt(s, 5, 2);
  const day = digitsAt(s, 8, 2);
  const hour = digitsAt(s, 11, 2);
  const minute = digitsAt(s, 14, 2);
  const second = digitsAt(s, 17, 2);
  const milli = n === 24 ? digitsAt(s, 20, 3) : 0;
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || milli < 0) return Number.NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, milli);
}

/** The number written by `count` digits from `from`; -1 if any is not a digit. */
function digitsAt(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = s.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Scans `s` (already trimmed) into `scanned`. Returns null when it is a date,
 * else why not, worded to follow "which": "is not a date".
 */
export function scanDate(s: string, order: number, serials: boolean): string | null {
  const n = s.length;
  scanned.result = RESULT_FIELDS;
  scanned.hasTime = false;
  scanned.hasOffset = false;
  scanned.twelveHour = false;
  scanned.hour = scanned.minute = scanned.second = scanned.milli = scanned.offsetMinutes = 0;
  scanned.shape = 0;
  if (n === 0) return NOT_A_DATE;
  cursor.pos = 0;
  let c = s.charCodeAt(0);

  if (isLetter(c)) {
    let word = readWord(s);
    if (word === WORD_WEEKDAY) {
      // "Tue, 24 Nov 2026" / "Tuesday 24/11/2026": the weekday adds nothing once the date is known.
      if (s.charCodeAt(cursor.pos) === 46) cursor.pos++;
      if (s.charCodeAt(cursor.pos) === 44) cursor.pos++;
      skipSpaces(s);
      c = s.charCodeAt(cursor.pos);
      word = isLetter(c) ? readWord(s) : -1;
    }
    if (word >= 1 && word <= 12) {
      const failed = monthFirst(s, word);
      if (failed !== null) return failed;
    } else if (word !== -1) {
      return NOT_A_DATE;
    }
  }
  if (scanned.shape !== SHAPE_MONTH_NAME) {
    c = s.charCodeAt(cursor.pos);
    if (!isDigit(c)) return NOT_A_DATE;
    const failed = numericDate(s, order, serials);
    if (failed !== null) return failed;
    if (scanned.result !== RESULT_FIELDS) return null;
  }
  const failed = timeAndZone(s);
  if (failed !== null) return failed;
  return validate();
}

function monthFirst(s: string, month: number): string | null {
  // "Nov 24, 2026", "November 24th 2026"
  if (s.charCodeAt(cursor.pos) === 46) cursor.pos++;
  skipSpaces(s);
  if (s.charCodeAt(cursor.pos) === 45) cursor.pos++;
  const day = readNumber(s);
  if (cursor.digits < 1 || cursor.digits > 2) return NOT_A_DATE;
  while (isLetter(s.charCodeAt(cursor.pos))) cursor.pos++; // st, nd, rd, th
  if (s.charCodeAt(cursor.pos) === 44) cursor.pos++;
  const before = cursor.pos;
  skipSpaces(s);
  if (s.charCodeAt(cursor.pos) === 45) cursor.pos++;
  if (cursor.pos === before) return NOT_A_DATE;
  const year = fullYear(readNumber(s), cursor.digits);
  if (year < 0) return NOT_A_DATE;
  scanned.shape = SHAPE_MONTH_NAME;
  scanned.year = year;
  scanned.month = month;
  scanned.day = day;
  return null;
}

function numericDate(s: string, order: number, serials: boolean): string | null {
  const n = s.length;
  const first = readNumber(s);
  const firstLength = cursor.digits;
  let sep = s.charCodeAt(cursor.pos);

  // A bare number: an Excel serial, a Unix time, or a compact 20261124.
  if (cursor.pos === n || sep === 46) {
    let value = first;
    if (sep === 46) {
      const dot = cursor.pos++;
      const fractionStart = cursor.pos;
      const fraction = readNumber(s);
      if (cursor.pos === n && cursor.digits > 0) value = first + fraction / 10 ** (cursor.pos - fractionStart);
      else cursor.pos = dot;
    }
    if (cursor.pos === n) return bareNumber(value, firstLength, order, serials);
  }
  if (firstLength === 8 && (sep === 84 || sep === 116 || sep === 32)) {
    scanned.shape = SHAPE_ISO;
    scanned.year = Math.floor(first / 10_000);
    scanned.month = Math.floor(first / 100) % 100;
    scanned.day = first % 100;
    return null;
  }
  if (sep !== 45 && sep !== 47 && sep !== 46 && sep !== 32) return NOT_A_DATE;
  cursor.pos++;

  if (firstLength === 4) {
    const month = readNumber(s);
    if (cursor.digits < 1 || cursor.digits > 2 || s.charCodeAt(cursor.pos) !== sep) return NOT_A_DATE;
    cursor.pos++;
    const day = readNumber(s);
    if (cursor.digits < 1 || cursor.digits > 2) return NOT_A_DATE;
    scanned.shape = sep === 45 ? SHAPE_ISO : SHAPE_YEAR_FIRST;
    scanned.year = first;
    scanned.month = month;
    scanned.day = day;
    return null;
  }
  if (firstLength > 2) return NOT_A_DATE;
  if (sep === 46) while (s.charCodeAt(cursor.pos) === 32) cursor.pos++; // "24. Nov 2026"

  if (isLetter(s.charCodeAt(cursor.pos))) {
    // "24 Nov 2026", "24-Nov-26"
    const month = readWord(s);
    if (month < 1 || month > 12) return NOT_A_DATE;
    if (s.charCodeAt(cursor.pos) === 46) cursor.pos++;
    if (s.charCodeAt(cursor.pos) === 44) cursor.pos++;
    const before = cursor.pos;
    skipSpaces(s);
    if (s.charCodeAt(cursor.pos) === sep) cursor.pos++;
    if (cursor.pos === before) return NOT_A_DATE;
    const year = fullYear(readNumber(s), cursor.digits);
    if (year < 0) return NOT_A_DATE;
    scanned.shape = SHAPE_MONTH_NAME;
    scanned.year = year;
    scanned.month = month;
    scanned.day = first;
    return null;
  }
  if (sep === 32) return NOT_A_DATE;
  const second = readNumber(s);
  if (cursor.digits < 1 || cursor.digits > 2 || s.charCodeAt(cursor.pos) !== sep) return NOT_A_DATE;
  cursor.pos++;
  const year = fullYear(readNumber(s), cursor.digits);
  if (year < 0) return NOT_A_DATE;
  scanned.year = year;
  scanned.shape = first > 12 && second <= 12 ? SHAPE_DAY_FIRST : second > 12 && first <= 12 ? SHAPE_MONTH_FIRST : SHAPE_EITHER;
  if (order === ORDER_YMD) return 'is not a date written year first';
  const dayFirst = order === ORDER_DMY || (order === ORDER_AUTO && scanned.shape === SHAPE_DAY_FIRST);
  if (order === ORDER_AUTO && scanned.shape === SHAPE_EITHER && first !== second && first >= 1 && second >= 1) {
    return `could be ${first} ${MONTH_LABELS[second - 1]} or ${second} ${MONTH_LABELS[first - 1]} ${year}; choose whether dates are day-first or month-first`;
  }
  scanned.day = dayFirst ? first : second;
  scanned.month = dayFirst ? second : first;
  return null;
}

function bareNumber(value: number, length: number, order: number, serials: boolean): string | null {
  if (length === 8 && value === Math.floor(value)) {
    scanned.shape = SHAPE_ISO;
    scanned.year = Math.floor(value / 10_000);
    scanned.month = Math.floor(value / 100) % 100;
    scanned.day = value % 100;
    return validate();
  }
  if (length === 10 || length === 13) {
    scanned.shape = SHAPE_UNIX;
    scanned.result = RESULT_INSTANT;
    scanned.ms = length === 10 ? Math.round(value * 1000) : Math.round(value);
    return null;
  }
  if (!serials || order === ORDER_YMD) return 'is a number, not a date';
  const wall = excelSerialToWallMs(value);
  if (typeof wall === 'string') return wall;
  scanned.shape = SHAPE_SERIAL;
  scanned.result = RESULT_WALL;
  scanned.ms = wall;
  scanned.hasTime = wall % DAY_MS !== 0;
  return null;
}

