import {
  NOT_A_DATE, WORD_AM, WORD_PM, WORD_UTC, cursor, isDigit, isLetter, readNumber, readWord, scanned, skipSpaces,
} from './date-lexer';

/**
 * The time of day and zone after a date: "T14:05:33.120Z", " 2:05 PM",
 * " 14:05 +01:00", "T140533", " 09:30 UTC". Fills `scanned`; null when the
 * rest of the text was read to its end, else why not.
 */
export function timeAndZone(s: string): string | null {
  const n = s.length;
  if (cursor.pos === n) return null;
  let c = s.charCodeAt(cursor.pos);
  if (c === 84 || c === 116) cursor.pos++;
  else if (c === 32 || c === 44 || c === 160) while ((c = s.charCodeAt(cursor.pos)) === 32 || c === 44 || c === 160) cursor.pos++;
  else if (c !== 90 && c !== 43 && c !== 45) return NOT_A_DATE;

  if (isDigit(s.charCodeAt(cursor.pos))) {
    const hour = readNumber(s);
    if (s.charCodeAt(cursor.pos) !== 58 && (cursor.digits === 4 || cursor.digits === 6)) {
      // ISO basic: T1405 or T140533
      scanned.hour = cursor.digits === 6 ? Math.floor(hour / 10_000) : Math.floor(hour / 100);
      scanned.minute = cursor.digits === 6 ? Math.floor(hour / 100) % 100 : hour % 100;
      scanned.second = cursor.digits === 6 ? hour % 100 : 0;
    } else {
      if (cursor.digits > 2 || s.charCodeAt(cursor.pos) !== 58) return NOT_A_DATE;
      scanned.hour = hour;
      cursor.pos++;
      scanned.minute = readNumber(s);
      if (cursor.digits !== 2) return NOT_A_DATE;
      if (s.charCodeAt(cursor.pos) === 58) {
        cursor.pos++;
        scanned.second = readNumber(s);
        if (cursor.digits !== 2) return NOT_A_DATE;
        c = s.charCodeAt(cursor.pos);
        if ((c === 46 || c === 44) && isDigit(s.charCodeAt(cursor.pos + 1))) {
          cursor.pos++;
          const start = cursor.pos;
          const fraction = readNumber(s);
          const length = cursor.pos - start;
          scanned.milli = length <= 3 ? fraction * 10 ** (3 - length) : Math.floor(fraction / 10 ** (length - 3));
        }
      }
    }
    scanned.hasTime = true;
    skipSpaces(s);
    c = s.charCodeAt(cursor.pos);
    // 'Z' ends most ISO times: go straight to the zone instead of trying it as AM/PM.
    if (c !== 90 && c !== 122 && isLetter(c)) {
      const save = cursor.pos;
      const word = readWord(s);
      if (cursor.pos - save === 1 && s.charCodeAt(cursor.pos) === 46 && (s.charCodeAt(cursor.pos + 1) | 32) === 109) {
        // "a.m." / "p.m."
        cursor.pos += 2;
        if (s.charCodeAt(cursor.pos) === 46) cursor.pos++;
      }
      if (word === WORD_AM || word === WORD_PM) {
        if (scanned.hour < 1 || scanned.hour > 12) return 'is not a time of day';
        scanned.twelveHour = true;
        scanned.hour = (scanned.hour % 12) + (word === WORD_PM ? 12 : 0);
        skipSpaces(s);
      } else {
        cursor.pos = save;
      }
    }
  }
  return zone(s);
}

function zone(s: string): string | null {
  const n = s.length;
  let c = s.charCodeAt(cursor.pos);
  if (c === 90 || c === 122) {
    cursor.pos++;
    scanned.hasOffset = true;
  } else if (isLetter(c)) {
    if (readWord(s) !== WORD_UTC) return NOT_A_DATE;
    scanned.hasOffset = true;
    c = s.charCodeAt(cursor.pos);
  }
  if (c === 43 || c === 45) {
    cursor.pos++;
    const value = readNumber(s);
    let minutes: number;
    if (cursor.digits === 4) minutes = Math.floor(value / 100) * 60 + (value % 100);
    else if (cursor.digits === 1 || cursor.digits === 2) {
      minutes = value * 60;
      if (s.charCodeAt(cursor.pos) === 58) {
        cursor.pos++;
        const extra = readNumber(s);
        if (cursor.digits !== 2) return NOT_A_DATE;
        minutes += extra;
      }
    } else return NOT_A_DATE;
    if (minutes > 18 * 60) return NOT_A_DATE;
    scanned.hasOffset = true;
    scanned.offsetMinutes = c === 45 ? -minutes : minutes;
  }
  skipSpaces(s);
  return cursor.pos === n ? null : NOT_A_DATE;
}

