import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, addDays, asOfMs } from '../dates';
import { CHANNELS, DIRECTIONS } from '../domain';
import { DEFAULT_HEALTH_SETTINGS } from '../health/settings';
import { signalsFromTouchpoints, type HealthTouchpoint } from '../health/signals-from-touchpoints';
import { signalsOnDay, timelineOf, type TimedTouchpoint } from './signals-on-day';

const TODAY = '2026-11-24';
const END = asOfMs(TODAY);

const touchpointArb: fc.Arbitrary<HealthTouchpoint> = fc
  .record({
    // Whole minutes, and a few on the same instant, so ties are tested.
    at: fc.integer({ min: -400 * 24 * 60, max: 5 * 24 * 60 }).map((minutes) => END + minutes * 60_000),
    channel: fc.constantFrom(...CHANNELS),
    direction: fc.constantFrom(...DIRECTIONS),
    sentiment: fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: null }),
    complaint: fc.option(fc.record({ status: fc.constantFrom('open' as const, 'resolved' as const), after: fc.option(fc.integer({ min: 0, max: 90 * DAY_MS }), { nil: null }) }), { freq: 4 }),
    comeBack: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 3 }),
    refer: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null, freq: 3 }),
  })
  .map(({ at, channel, direction, sentiment, complaint, comeBack, refer }) => ({
    occurredAt: new Date(at).toISOString(),
    channel,
    direction,
    sentiment,
    complaintStatus: complaint?.status ?? null,
    resolvedAt: complaint?.after === null || complaint === null ? null : new Date(at + complaint.after).toISOString(),
    comeBack,
    refer,
  }));

const timed = (t: HealthTouchpoint): TimedTouchpoint => ({
  atMs: Date.parse(t.occurredAt),
  ours: t.direction === 'outbound' || t.channel === 'meeting',
  sentiment: t.sentiment,
  complaintStatus: t.complaintStatus,
  resolvedAtMs: t.resolvedAt === null ? null : Date.parse(t.resolvedAt),
  comeBack: t.comeBack,
  refer: t.refer,
});

describe('signals on a past day', () => {
  it('equal the reference aggregation for any touchpoints and any day', () => {
    const account = { tier: 'Standard', value: 5000, createdOn: '2024-01-01' };
    fc.assert(
      fc.property(fc.array(touchpointArb, { maxLength: 60 }), fc.integer({ min: 0, max: 200 }), (touchpoints, back) => {
        const day = addDays(TODAY, -back);
        const timeline = timelineOf(touchpoints.map(timed));
        const expected = signalsFromTouchpoints(account, touchpoints, DEFAULT_HEALTH_SETTINGS, day);
        // The sums add up in time order rather than input order: equal up to rounding.
        expect(signalsOnDay(account, timeline, DEFAULT_HEALTH_SETTINGS, day)).toEqual({
          ...expected,
          sentimentWeightedSum: expect.closeTo(expected.sentimentWeightedSum, 9),
          sentimentWeightTotal: expect.closeTo(expected.sentimentWeightTotal, 9),
        });
      }),
      { numRuns: 300 },
    );
  });
});
