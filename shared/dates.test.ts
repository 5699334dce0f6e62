import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf } from './dates';

const viaDate = (instant: number) => new Date(instant).toISOString().slice(0, 10);

describe('dayOf', () => {
  it('names the same day as Date#toISOString for any instant it can write', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_135_596_800_000 - 5 * 86_400_000, max: 253_402_300_800_000 + 5 * 86_400_000 }), (instant) => {
        expect(dayOf(instant)).toBe(viaDate(instant));
      }),
      { numRuns: 20_000 },
    );
  });

  it('gets the edges of days, leap days and the ends of the four-digit years right', () => {
    for (const instant of [
      0, -1, 86_399_999, 86_400_000, Date.parse('2024-02-29T23:59:59.999Z'), Date.parse('2000-03-01T00:00:00Z'), Date.parse('1900-02-28T12:00:00Z'),
      -62_135_596_800_000, -62_135_596_800_001, 253_402_300_799_999, 253_402_300_800_000, Date.parse('0999-12-31T00:00:00Z'), 1.5,
    ]) {
      expect(dayOf(instant), String(instant)).toBe(viaDate(instant));
    }
    expect(dayOf('2026-11-24T23:30:00-02:00')).toBe('2026-11-25');
    expect(() => dayOf(Number.NaN)).toThrow(RangeError);
  });
});
