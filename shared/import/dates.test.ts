import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDateParser, createDayParser, detectDateFormat, excelSerialToWallMs, parseDate } from './dates';

const utc = (y: number, m: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => Date.UTC(y, m - 1, d, h, mi, s, ms);

describe('ISO 8601', () => {
  it.each([
    ['2026-11-24T09:30:00Z', utc(2026, 11, 24, 9, 30)],
    ['2026-11-24T09:30:00.123Z', utc(2026, 11, 24, 9, 30, 0, 123)],
    ['2026-11-24T09:30:00.1234567Z', utc(2026, 11, 24, 9, 30, 0, 123)],
    ['2026-11-24T09:30:00+01:00', utc(2026, 11, 24, 8, 30)],
    ['2026-11-24T09:30:00-0500', utc(2026, 11, 24, 14, 30)],
    ['2026-11-24T09:30+05:30', utc(2026, 11, 24, 4, 0)],
    ['2026-11-24 09:30:00 UTC', utc(2026, 11, 24, 9, 30)],
    ['2026-11-24 09:30 GMT+01:00', utc(2026, 11, 24, 8, 30)],
    ['2026-11-24t09:30z', utc(2026, 11, 24, 9, 30)],
    ['2026-11-24', utc(2026, 11, 24)],
    ['20261124', utc(2026, 11, 24)],
    ['20261124T093000Z', utc(2026, 11, 24, 9, 30)],
    ['  2026-11-24 09:30  ', utc(2026, 11, 24, 9, 30)],
  ])('%s', (text, expected) => {
    expect(parseDate(text, 'iso')).toBe(expected);
    expect(parseDate(text, 'auto')).toBe(expected);
  });

  it('reads zone-less times in the given zone, and ignores the zone for explicit offsets', () => {
    expect(parseDate('2026-11-24 09:30', 'iso', 'Europe/Berlin')).toBe(utc(2026, 11, 24, 8, 30));
    expect(parseDate('2026-07-01 09:30', 'iso', 'Europe/Berlin')).toBe(utc(2026, 7, 1, 7, 30));
    expect(parseDate('2026-11-24 09:30', 'iso', 'Asia/Kolkata')).toBe(utc(2026, 11, 24, 4, 0));
    expect(parseDate('2026-11-24T09:30Z', 'iso', 'Asia/Kolkata')).toBe(utc(2026, 11, 24, 9, 30));
  });

  it('keeps a date without a time on its calendar day, whatever the zone', () => {
    expect(parseDate('2026-11-24', 'iso', 'Asia/Tokyo')).toBe(utc(2026, 11, 24));
    expect(parseDate('2026-11-24', 'iso', 'America/Los_Angeles')).toBe(utc(2026, 11, 24));
  });
});

describe('day-first, month-first, year-first', () => {
  it.each([
    ['dmy', '24/11/2026', utc(2026, 11, 24)],
    ['dmy', '24.11.2026 14:05', utc(2026, 11, 24, 14, 5)],
    ['dmy', '24-11-2026 14:05:09', utc(2026, 11, 24, 14, 5, 9)],
    ['dmy', '03/04/2026', utc(2026, 4, 3)],
    ['dmy', '3/4/26', utc(2026, 4, 3)],
    ['dmy', '3/4/99', utc(1999, 4, 3)],
    ['mdy', '11/24/2026 2:05 PM', utc(2026, 11, 24, 14, 5)],
    ['mdy', '11/24/2026 12:05 am', utc(2026, 11, 24, 0, 5)],
    ['mdy', '11/24/2026 12:05 p.m.', utc(2026, 11, 24, 12, 5)],
    ['mdy', '03/04/2026', utc(2026, 3, 4)],
    ['ymd', '2026/11/24', utc(2026, 11, 24)],
    ['ymd', '2026.11.24 08:00', utc(2026, 11, 24, 8)],
    ['auto', '24/11/2026', utc(2026, 11, 24)],
    ['auto', '11/24/2026', utc(2026, 11, 24)],
    ['auto', '04/04/2026', utc(2026, 4, 4)],
  ] as const)('%s %s', (format, text, expected) => {
    expect(parseDate(text, format)).toBe(expected);
  });

  it('reads ISO dates whatever the chosen order, since they cannot be misread', () => {
    expect(parseDate('2026-11-24 10:00', 'dmy')).toBe(utc(2026, 11, 24, 10));
    expect(parseDate('2026-11-24 10:00', 'mdy')).toBe(utc(2026, 11, 24, 10));
  });

  it('says why a value is not a date', () => {
    expect(parseDate('31/02/2026', 'dmy')).toBe('is not a date (February 2026 has 28 days)');
    expect(parseDate('29/02/2028', 'dmy')).toBe(utc(2028, 2, 29));
    expect(parseDate('29/02/2100', 'dmy')).toBe('is not a date (February 2100 has 28 days)');
    expect(parseDate('11/24/2026', 'dmy')).toBe('is not a date (there is no month 24)');
    expect(parseDate('2026-13-01', 'iso')).toBe('is not a date (there is no month 13)');
    expect(parseDate('2026-11-24 25:00', 'iso')).toBe('is not a time of day');
    expect(parseDate('11/24/2026 13:05 PM', 'mdy')).toBe('is not a time of day');
    expect(parseDate('24/11/2026', 'iso')).toBe('is not a date written year first');
    expect(parseDate('next Tuesday', 'auto')).toBe('is not a date');
    expect(parseDate('2026-11-24 lunchtime', 'auto')).toBe('is not a date');
    expect(parseDate('', 'auto')).toBe('is not a date');
  });

  it('refuses to guess between day-first and month-first in auto', () => {
    expect(parseDate('03/04/2026', 'auto')).toBe('could be 3 April or 4 March 2026; choose whether dates are day-first or month-first');
  });
});

describe('month names', () => {
  it.each([
    ['24 Nov 2026', utc(2026, 11, 24)],
    ['24 November 2026 14:05', utc(2026, 11, 24, 14, 5)],
    ['24-Nov-26', utc(2026, 11, 24)],
    ['24. Nov. 2026', utc(2026, 11, 24)],
    ['Nov 24, 2026', utc(2026, 11, 24)],
    ['November 24th, 2026 3:04 pm', utc(2026, 11, 24, 15, 4)],
    ['Sept 3 2026', utc(2026, 9, 3)],
    ['Tue, 24 Nov 2026 14:05:00 +0000', utc(2026, 11, 24, 14, 5)],
    ['Tuesday, November 24, 2026', utc(2026, 11, 24)],
  ])('%s', (text, expected) => {
    for (const format of ['auto', 'dmy', 'mdy', 'iso'] as const) expect(parseDate(text, format)).toBe(expected);
  });
});

describe('Excel serial numbers and Unix times', () => {
  it.each([
    ['45000', utc(2023, 3, 15)],
    ['45000.5', utc(2023, 3, 15, 12)],
    ['45000.75', utc(2023, 3, 15, 18)],
    ['45000.0416666667', utc(2023, 3, 15, 1)],
    ['1', utc(1900, 1, 1)],
    ['59', utc(1900, 2, 28)],
    ['61', utc(1900, 3, 1)],
    ['25569', utc(1970, 1, 1)],
    ['2958465', utc(9999, 12, 31)],
  ])('serial %s', (text, expected) => {
    expect(parseDate(text, 'excel')).toBe(expected);
    expect(parseDate(text, 'auto')).toBe(expected);
  });

  it("refuses Excel's 29 February 1900 and numbers outside Excel's calendar", () => {
    expect(parseDate('60', 'excel')).toBe('is 29 February 1900, a day that exists only in Excel');
    expect(parseDate('0', 'excel')).toBe('is not a date');
    expect(parseDate('3000000', 'excel')).toBe('is not a date');
    expect(parseDate('45000', 'iso')).toBe('is a number, not a date');
    expect(excelSerialToWallMs(60.5)).toBe('is 29 February 1900, a day that exists only in Excel');
  });

  it('reads a serial with a time as a wall-clock time in the zone', () => {
    expect(parseDate('45000.5', 'excel', 'America/New_York')).toBe(utc(2023, 3, 15, 16));
    expect(parseDate('45000', 'excel', 'America/New_York')).toBe(utc(2023, 3, 15));
  });

  it('reads 10-digit Unix seconds and 13-digit milliseconds', () => {
    expect(parseDate('1795512600', 'auto')).toBe(1_795_512_600_000);
    expect(parseDate('1795512600123', 'excel')).toBe(1_795_512_600_123);
  });
});

describe('calendar days', () => {
  it('keeps the day as written, ignoring time and offset', () => {
    const day = createDayParser('iso');
    expect(day('2024-03-01 23:30 -05:00')).toBe(utc(2024, 3, 1));
    expect(createDayParser('dmy')('01/03/2024')).toBe(utc(2024, 3, 1));
    expect(createDayParser('excel')('45000.9')).toBe(utc(2023, 3, 15));
  });
});

describe('detectDateFormat', () => {
  it('settles day-first or month-first from one telling date', () => {
    expect(detectDateFormat(['03/04/2026', '24/11/2026'])).toMatchObject({ format: 'dmy', ambiguous: false });
    expect(detectDateFormat(['03/04/2026', '11/24/2026 2:05 PM'])).toMatchObject({ format: 'mdy', ambiguous: false });
  });

  it('is ambiguous when every slash date could be either, guessing from the clock', () => {
    const dayFirst = detectDateFormat(['03/04/2026', '05/06/2026 14:00', '']);
    expect(dayFirst).toMatchObject({ format: 'dmy', ambiguous: true });
    expect(dayFirst.why).toContain('03/04/2026');
    expect(detectDateFormat(['03/04/2026 2:05 PM', '05/06/2026 9:00 AM'])).toMatchObject({ format: 'mdy', ambiguous: true });
  });

  it('is ambiguous when the file mixes both', () => {
    expect(detectDateFormat(['24/11/2026', '25/11/2026', '11/26/2026'])).toMatchObject({ format: 'dmy', ambiguous: true });
  });

  it('recognises ISO, year-first, Excel and month names', () => {
    expect(detectDateFormat(['2026-11-24T09:00:00Z', '2026-11-25'])).toMatchObject({ format: 'iso', ambiguous: false });
    expect(detectDateFormat(['2026/11/24', '2026/11/25'])).toMatchObject({ format: 'ymd', ambiguous: false });
    expect(detectDateFormat(['45000.5', '45001'])).toMatchObject({ format: 'excel', ambiguous: false });
    expect(detectDateFormat(['24 Nov 2026', 'Nov 25, 2026'])).toMatchObject({ format: 'auto', ambiguous: false });
    expect(detectDateFormat(['', 'soon'])).toMatchObject({ format: 'auto', ambiguous: false });
  });

  it('lets the chosen order read a whole ambiguous column', () => {
    const samples = ['03/04/2026', '05/06/2026'];
    const { format } = detectDateFormat(samples);
    const parse = createDateParser(format);
    expect(samples.map(parse)).toEqual([utc(2026, 4, 3), utc(2026, 6, 5)]);
  });
});

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('the canonical ISO fast path', () => {
  // A leading space keeps a value off the fast path (its length no longer fits), so the general scanner reads it.
  const canonicalish = fc
    .tuple(
      fc.integer({ min: 990, max: 10_000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 }),
      fc.option(fc.integer({ min: 0, max: 999 })), fc.constantFrom('Z', 'z', 'Z', 'Z'), fc.constantFrom('T', 't', 'T', ' ', 'T'),
    )
    .map(([y, mo, d, h, mi, s, ms, zone, t]) => `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}${t}${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${ms === null ? '' : `.${pad(ms, 3)}`}${zone}`);

  it('reads every canonical-looking value exactly as the general scanner does, in every format', () => {
    const parsers = (['auto', 'iso', 'dmy', 'mdy', 'ymd', 'excel'] as const).map((format) => createDateParser(format, 'Europe/London'));
    fc.assert(
      fc.property(fc.oneof(canonicalish, canonicalish.map((text) => text.replace(/\d/, 'x'))), (text) => {
        for (const parse of parsers) expect(parse(text)).toEqual(parse(` ${text}`));
      }),
      { numRuns: 5_000 },
    );
  });

  it('still explains a wrong canonical value', () => {
    expect(parseDate('2026-02-30T10:00:00.000Z')).toBe('is not a date (February 2026 has 28 days)');
    expect(parseDate('2026-11-24T24:00:00Z')).toBe('is not a time of day');
    expect(parseDate('2024-02-29T23:59:59.999Z')).toBe(utc(2024, 2, 29, 23, 59, 59, 999));
  });
});
