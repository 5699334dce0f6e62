import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDateParser, isTimeZone, localToUtc, zoneOffsetMs } from './dates';

const utc = (y: number, m: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => Date.UTC(y, m - 1, d, h, mi, s, ms);

describe('time zones and daylight saving', () => {
  it('knows zones', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(zoneOffsetMs('Europe/Berlin', utc(2026, 7, 1))).toBe(2 * 3_600_000);
    expect(zoneOffsetMs('Asia/Kathmandu', utc(2026, 7, 1))).toBe(5.75 * 3_600_000);
  });

  it('moves a time skipped by spring-forward past the gap', () => {
    // London, 29 March 2026: 01:00 GMT becomes 02:00 BST; 01:30 never happens.
    expect(localToUtc(utc(2026, 3, 29, 0, 59), 'Europe/London')).toBe(utc(2026, 3, 29, 0, 59));
    expect(localToUtc(utc(2026, 3, 29, 1, 30), 'Europe/London')).toBe(utc(2026, 3, 29, 1, 30));
    expect(localToUtc(utc(2026, 3, 29, 2, 0), 'Europe/London')).toBe(utc(2026, 3, 29, 1, 0));
    // New York, 8 March 2026: 02:30 EST does not exist; read as 03:30 EDT.
    expect(localToUtc(utc(2026, 3, 8, 2, 30), 'America/New_York')).toBe(utc(2026, 3, 8, 7, 30));
    expect(localToUtc(utc(2026, 3, 8, 3, 0), 'America/New_York')).toBe(utc(2026, 3, 8, 7, 0));
  });

  it('takes the first of the two times at fall-back', () => {
    // London, 25 October 2026: 01:30 happens in BST, then again in GMT.
    expect(localToUtc(utc(2026, 10, 25, 1, 30), 'Europe/London')).toBe(utc(2026, 10, 25, 0, 30));
    expect(localToUtc(utc(2026, 10, 25, 2, 0), 'Europe/London')).toBe(utc(2026, 10, 25, 2, 0));
    expect(localToUtc(utc(2026, 11, 1, 1, 30), 'America/New_York')).toBe(utc(2026, 11, 1, 5, 30));
    // Sydney, 5 April 2026: 02:30 happens in AEDT (+11), then AEST (+10).
    expect(localToUtc(utc(2026, 4, 5, 2, 30), 'Australia/Sydney')).toBe(utc(2026, 4, 4, 15, 30));
  });

  it('parses the same wall-clock text to instants an hour apart across a change', () => {
    const parse = createDateParser('dmy', 'Europe/London');
    expect(parse('28/03/2026 12:00')).toBe(utc(2026, 3, 28, 12));
    expect(parse('29/03/2026 12:00')).toBe(utc(2026, 3, 29, 11));
  });

  it('round-trips every wall-clock time that happens exactly once', () => {
    const zones = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/Sao_Paulo', 'Pacific/Chatham'];
    fc.assert(
      fc.property(fc.integer({ min: utc(1990, 1, 1) / 1000, max: utc(2040, 1, 1) / 1000 }), fc.constantFrom(...zones), (seconds, zone) => {
        const instant = seconds * 1000;
        const offset = zoneOffsetMs(zone, instant);
        // Inside a fall-back hour the wall clock names two instants; the first is the answer, tested above.
        fc.pre(zoneOffsetMs(zone, instant - 3 * 3_600_000) === offset && zoneOffsetMs(zone, instant + 3 * 3_600_000) === offset);
        expect(localToUtc(instant + offset, zone)).toBe(instant);
      }),
      { numRuns: 2000 },
    );
  });
});

/** The instant a zone's offset changes within a month, by bisection (the test's own, Intl-only reference). */
function changeIn(zone: string, year: number, month: number): number {
  // From two days before the month (Sydney's October change can fall on 30 September in UTC).
  let low = utc(year, month, 1) - 2 * 86_400_000;
  let high = utc(year, month + 1, 1);
  const before = zoneOffsetMs(zone, low);
  if (zoneOffsetMs(zone, high) === before) throw new Error(`${zone} does not change in ${year}-${month}`);
  while (high - low > 1000) {
    const middle = Math.floor((low + high) / 2000) * 1000;
    if (zoneOffsetMs(zone, middle) === before) low = middle;
    else high = middle;
  }
  return high;
}

describe('around daylight-saving changes', () => {
  const CHANGES: ReadonlyArray<readonly [string, number]> = [['Europe/London', 3], ['Europe/London', 10], ['America/New_York', 3], ['America/New_York', 11], ['Australia/Sydney', 4], ['Australia/Sydney', 10]];

  it('gives every wall-clock time near a change the instant that shows it, the first of two in a fold', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CHANGES), fc.integer({ min: 2008, max: 2035 }), fc.integer({ min: -30 * 3600, max: 30 * 3600 }), ([zone, month], year, seconds) => {
        const instant = changeIn(zone, year, month) + seconds * 1000;
        const wall = instant + zoneOffsetMs(zone, instant);
        const found = localToUtc(wall, zone);
        expect(found + zoneOffsetMs(zone, found)).toBe(wall);
        expect(found).toBeLessThanOrEqual(instant);
        // The only earlier instant showing the same wall clock is the first pass through a fold.
        if (found < instant) expect(zoneOffsetMs(zone, found)).toBeGreaterThan(zoneOffsetMs(zone, instant));
      }),
      { numRuns: 3000 },
    );
  });

  it('moves every wall-clock time in a spring-forward gap forward by the gap', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CHANGES), fc.integer({ min: 2008, max: 2035 }), fc.integer({ min: 0, max: 3599 }), ([zone, month], year, second) => {
        const at = changeIn(zone, year, month);
        const before = zoneOffsetMs(zone, at - 1000);
        const after = zoneOffsetMs(zone, at);
        fc.pre(after > before);
        const wall = at + before + second * 1000; // wall-clock times from the change to an hour later do not exist
        expect(localToUtc(wall, zone)).toBe(wall - before);
      }),
      { numRuns: 500 },
    );
  });
});

