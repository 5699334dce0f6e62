/**
 * The pieces the date scanner is built from: a cursor over the text, readers
 * for numbers and words, and the calendar. Module-level state instead of
 * returned objects, because this runs on every row of a million-row import
 * and must not allocate (JavaScript is single-threaded, so this is safe).
 */

/** What the scan produced: calendar fields, a wall-clock ms (Excel), or an instant (Unix time). */
export const RESULT_FIELDS = 0;
export const RESULT_WALL = 1;
export const RESULT_INSTANT = 2;

export const scanned = {
  result: RESULT_FIELDS,
  shape: 0,
  year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, milli: 0,
  hasTime: false,
  hasOffset: false,
  offsetMinutes: 0,
  twelveHour: false,
  /** For RESULT_WALL and RESULT_INSTANT. */
  ms: 0,
};

/** Where the scan is in the text, and how many digits the last number had. */
export const cursor = { pos: 0, digits: 0 };

export const NOT_A_DATE = 'is not a date';
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const MONTH_LABELS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const DAY_MS = 86_400_000;
/** Excel's serial for 1970-01-01. */
export const EXCEL_UNIX_EPOCH = 25569;
/** 31 Dec 9999, the last day Excel has. */
export const EXCEL_LAST_SERIAL = 2958465;
export const WORD_WEEKDAY = 20;
export const WORD_AM = 30;
export const WORD_PM = 31;
export const WORD_UTC = 32;

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
export function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Reads a run of digits at `pos`; `digits` tells how many. */
export function readNumber(s: string): number {
  let value = 0;
  const start = cursor.pos;
  let c = s.charCodeAt(cursor.pos);
  while (isDigit(c)) {
    value = value * 10 + (c - 48);
    c = s.charCodeAt(++cursor.pos);
  }
  cursor.digits = cursor.pos - start;
  return value;
}

function prefixOf(s: string, start: number, end: number, full: string): boolean {
  const length = end - start;
  if (length > full.length) return false;
  for (let k = 0; k < length; k++) if ((s.charCodeAt(start + k) | 32) !== full.charCodeAt(k)) return false;
  return true;
}

/** Reads a word at `pos`: a month (1–12), a weekday, am/pm, utc/gmt, or 0. */
export function readWord(s: string): number {
  const start = cursor.pos;
  while (isLetter(s.charCodeAt(cursor.pos))) cursor.pos++;
  const length = cursor.pos - start;
  if (length >= 3) {
    for (let m = 0; m < 12; m++) if (prefixOf(s, start, cursor.pos, MONTHS[m]!)) return m + 1;
    for (const weekday of WEEKDAYS) if (prefixOf(s, start, cursor.pos, weekday)) return WORD_WEEKDAY;
    if (prefixOf(s, start, cursor.pos, 'utc') || prefixOf(s, start, cursor.pos, 'gmt')) return WORD_UTC;
  } else if (length >= 1 && length <= 2) {
    const first = s.charCodeAt(start) | 32;
    const second = length === 2 ? s.charCodeAt(start + 1) | 32 : 109;
    if (second === 109 && first === 97) return WORD_AM;
    if (second === 109 && first === 112) return WORD_PM;
  }
  return 0;
}

export function skipSpaces(s: string): void {
  let c = s.charCodeAt(cursor.pos);
  while (c === 32 || c === 160 || c === 9) c = s.charCodeAt(++cursor.pos);
}

export function fullYear(value: number, length: number): number {
  if (length === 4) return value;
  if (length === 2) return value < 70 ? 2000 + value : 1900 + value; // the POSIX pivot
  return -1;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}


/** Null when the scanned fields are a real day and time, else why not. */
export function validate(): string | null {
  const { year, month, day } = scanned;
  if (year < 1000 || year > 9999) return NOT_A_DATE;
  if (month < 1 || month > 12) return `is not a date (there is no month ${month})`;
  if (day < 1) return NOT_A_DATE;
  const last = daysInMonth(year, month);
  if (day > last) return `is not a date (${MONTH_LABELS[month - 1]} ${year} has ${last} days)`;
  if (scanned.hour > 23 || scanned.minute > 59 || scanned.second > 59) return 'is not a time of day';
  return null;
}
