import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, addDays, asOfMs, dayStartMs } from '../dates';
import { CHANNELS, DIRECTIONS, FACTORS } from '../domain';
import { bandFor, scoreAccount } from './engine';
import { DEFAULT_HEALTH_SETTINGS } from './settings';
import { signalsFromTouchpoints } from './signals-from-touchpoints';
import type { HealthTouchpoint } from './signals-from-touchpoints';
import type { HealthResult, HealthSettings } from './types';

const AS_OF = '2026-06-30';
const END = asOfMs(AS_OF);
const START_OF_AS_OF = dayStartMs(AS_OF);
const RUNS = { numRuns: 400 };

const instant = (ms: number) => new Date(ms).toISOString();

/** Any touchpoint from ~2.5 years before the as-of day to a few weeks after it (those must be ignored). */
const touchpointArb: fc.Arbitrary<HealthTouchpoint> = fc
  .record({
    at: fc.integer({ min: END - 900 * DAY_MS, max: END + 20 * DAY_MS }),
    channel: fc.constantFrom(...CHANNELS),
    direction: fc.constantFrom(...DIRECTIONS),
    sentiment: fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: null }),
    complaint: fc.option(
      fc.record({
        status: fc.constantFrom('open' as const, 'resolved' as const),
        resolvedAfter: fc.option(fc.integer({ min: 0, max: 200 * DAY_MS }), { nil: null }),
      }),
      { nil: null, freq: 4 },
    ),
    comeBack: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 3 }),
    refer: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null, freq: 3 }),
  })
  .map(({ at, channel, direction, sentiment, complaint, comeBack, refer }) => ({
    occurredAt: instant(at),
    channel,
    direction,
    sentiment,
    complaintStatus: complaint?.status ?? null,
    resolvedAt: complaint?.resolvedAfter == null ? null : instant(at + complaint.resolvedAfter),
    comeBack,
    refer,
  }));

/** A regular run of our calls, the shape that gives accounts a rhythm to lose. */
const rhythmArb: fc.Arbitrary<HealthTouchpoint[]> = fc
  .record({ every: fc.integer({ min: 1, max: 40 }), from: fc.integer({ min: 30, max: 700 }), length: fc.integer({ min: 0, max: 700 }) })
  .map(({ every, from, length }) => {
    const calls: HealthTouchpoint[] = [];
    for (let back = from; back >= Math.max(0, from - length); back -= every) {
      calls.push({ occurredAt: instant(END - back * DAY_MS - 3_600_000), channel: 'call', direction: 'outbound', sentiment: null, complaintStatus: null, resolvedAt: null, comeBack: null, refer: null });
    }
    return calls;
  });

const historyArb = fc
  .tuple(fc.array(touchpointArb, { maxLength: 40 }), rhythmArb)
  .map(([random, rhythm]) => [...random, ...rhythm]);

const accountArb = fc.record({
  tier: fc.constantFrom('Strategic', 'Standard', 'Long tail', 'Partner'),
  value: fc.integer({ min: 0, max: 1_000_000 }),
  createdOn: fc.integer({ min: 0, max: 900 }).map((back) => addDays(AS_OF, -back)),
});

const settingsArb: fc.Arbitrary<HealthSettings> = fc
  .record({
    weights: fc.record({
      recency: fc.integer({ min: 0, max: 100 }),
      decay: fc.integer({ min: 0, max: 100 }),
      complaint: fc.integer({ min: 0, max: 100 }),
      sentiment: fc.integer({ min: 0, max: 100 }),
      voice: fc.integer({ min: 0, max: 100 }),
    }),
    cadences: fc.record({
      Strategic: fc.integer({ min: 1, max: 60 }),
      Standard: fc.integer({ min: 1, max: 120 }),
      'Long tail': fc.integer({ min: 1, max: 365 }),
    }),
    defaultCadenceDays: fc.integer({ min: 1, max: 120 }),
    thresholds: fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
    recentDays: fc.integer({ min: 7, max: 180 }),
    baselineDays: fc.integer({ min: 30, max: 730 }),
    sentimentHalfLife: fc.integer({ min: 1, max: 365 }),
    voiceHalfLife: fc.integer({ min: 1, max: 730 }),
  })
  .filter((s) => Object.values(s.weights).some((weight) => weight > 0)) // all-zero weights are invalid settings
  .map((s) => {
    const [atRisk, watch, healthy] = [...s.thresholds].sort((a, b) => a - b) as [number, number, number];
    return {
      weights: s.weights,
      cadences: s.cadences,
      defaultCadenceDays: s.defaultCadenceDays,
      bands: { healthy, watch, atRisk },
      decay: { recentDays: s.recentDays, baselineDays: s.baselineDays },
      sentiment: { halfLifeDays: s.sentimentHalfLife },
      voice: { halfLifeDays: s.voiceHalfLife },
    };
  });

const anySettingsArb = fc.oneof(fc.constant(DEFAULT_HEALTH_SETTINGS), settingsArb);

type Account = Parameters<typeof signalsFromTouchpoints>[0];
const score = (account: Account, touchpoints: readonly HealthTouchpoint[], settings: HealthSettings): HealthResult =>
  scoreAccount(signalsFromTouchpoints(account, touchpoints, settings, AS_OF), settings, AS_OF);

/** The score, and every factor on its own, is at least as good after as before. */
function expectNoWorse(before: HealthResult, after: HealthResult): void {
  expect(after.score).toBeGreaterThanOrEqual(before.score);
  FACTORS.forEach((factor, i) => {
    expect(after.factors[i]?.subScore, factor).toBeGreaterThanOrEqual(before.factors[i]?.subScore as number);
  });
}

/**
 * Open on the as-of day: occurred by its end, and either resolved only after it
 * or undated and still marked 'open' ('resolved' without a resolvedAt is closed).
 */
const isOpen = (touchpoint: HealthTouchpoint) =>
  touchpoint.complaintStatus !== null &&
  Date.parse(touchpoint.occurredAt) <= END &&
  (touchpoint.resolvedAt !== null ? Date.parse(touchpoint.resolvedAt) > END : touchpoint.complaintStatus === 'open');

describe('health engine properties', () => {
  it('more recent outbound contact never lowers the score (nor any factor)', () => {
    fc.assert(
      fc.property(
        accountArb,
        historyArb,
        anySettingsArb,
        fc.integer({ min: START_OF_AS_OF, max: END }),
        fc.constantFrom(...CHANNELS),
        (account, history, settings, at, channel) => {
          const call: HealthTouchpoint = { occurredAt: instant(at), channel, direction: 'outbound', sentiment: null, complaintStatus: null, resolvedAt: null, comeBack: null, refer: null };
          expectNoWorse(score(account, history, settings), score(account, [...history, call], settings));
        },
      ),
      RUNS,
    );
  });

  it('resolving an open complaint never lowers the score (nor any factor)', () => {
    fc.assert(
      fc.property(
        accountArb,
        historyArb,
        anySettingsArb,
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (account, history, settings, pick, when, dated) => {
          const open = history.flatMap((touchpoint, index) => (isOpen(touchpoint) ? [index] : []));
          fc.pre(open.length > 0);
          const index = open[pick % open.length] as number;
          const complaint = history[index] as HealthTouchpoint;
          const openedMs = Date.parse(complaint.occurredAt);
          // Resolved on or before the as-of day, or marked resolved without a date (also closed).
          const resolved: HealthTouchpoint = {
            ...complaint,
            complaintStatus: 'resolved',
            resolvedAt: dated ? instant(Math.round(openedMs + when * (END - openedMs))) : null,
          };
          expect(isOpen(resolved)).toBe(false);
          const after = history.map((touchpoint, i) => (i === index ? resolved : touchpoint));
          const [beforeResult, afterResult] = [score(account, history, settings), score(account, after, settings)];
          expect(beforeResult.openComplaints).toBe(open.length); // the oracle agrees with the engine
          expectNoWorse(beforeResult, afterResult);
          expect(afterResult.openComplaints).toBe(beforeResult.openComplaints - 1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is deterministic for a given as-of day, whatever order the touchpoints come in', () => {
    fc.assert(
      fc.property(accountArb, historyArb, anySettingsArb, fc.nat(), (account, history, settings, seed) => {
        const shuffled = [...history].sort((a, b) => ((hash(a.occurredAt) ^ seed) % 97) - ((hash(b.occurredAt) ^ seed) % 97));
        const first = score(account, history, settings);
        expect(score(account, history, settings)).toEqual(first);
        expect(score(account, shuffled, settings)).toEqual(first);
      }),
      RUNS,
    );
  });

  it('touchpoints after the as-of day change nothing', () => {
    fc.assert(
      fc.property(accountArb, historyArb, anySettingsArb, fc.array(touchpointArb, { maxLength: 5 }), (account, history, settings, extra) => {
        const future = extra.map((touchpoint, i) => ({ ...touchpoint, occurredAt: instant(END + 1 + i * DAY_MS) }));
        expect(score(account, [...history, ...future], settings)).toEqual(score(account, history, settings));
      }),
      RUNS,
    );
  });

  it('keeps its shape: integer score in 0–100, matching band, contributions summing to the score, reasons sorted by impact', () => {
    fc.assert(
      fc.property(accountArb, historyArb, anySettingsArb, (account, history, settings) => {
        const result = score(account, history, settings);
        expect(Number.isInteger(result.score)).toBe(true);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        expect(result.band).toBe(bandFor(result.score, settings));
        expect(result.factors.map((factor) => factor.factor)).toEqual([...FACTORS]);
        for (const factor of result.factors) {
          expect(factor.subScore).toBeGreaterThanOrEqual(0);
          expect(factor.subScore).toBeLessThanOrEqual(1);
          expect(factor.contribution).toBeGreaterThanOrEqual(0);
        }
        const contributions = result.factors.reduce((sum, factor) => sum + factor.contribution, 0);
        expect(Math.abs(contributions - result.score)).toBeLessThanOrEqual(0.3);
        const impacts = result.reasons.map((reason) => reason.impact);
        expect(impacts).toEqual([...impacts].sort((a, b) => a - b));
        for (const reason of result.reasons) {
          expect(reason.impact).toBeLessThanOrEqual(0);
          expect(reason.text.length).toBeGreaterThan(0);
        }
        // Reasons never claim more points than the account lost.
        expect(impacts.reduce((sum, impact) => sum + impact, 0)).toBeGreaterThanOrEqual(result.score - 100 - 0.3);
        expect(new Set(result.reasons.map((reason) => reason.factor)).size).toBe(result.reasons.length);
      }),
      RUNS,
    );
  });

  it('neutral factors cost nothing: with no complaints, answers or tone, only recency and decay can move the score', () => {
    fc.assert(
      fc.property(accountArb, historyArb, settingsArb, (account, history, settings) => {
        const plain = history.map((touchpoint) => ({ ...touchpoint, sentiment: null, complaintStatus: null, resolvedAt: null, comeBack: null, refer: null }));
        const result = score(account, plain, settings);
        const [, , complaint, sentiment, voice] = result.factors;
        expect([complaint?.subScore, sentiment?.subScore, voice?.subScore]).toEqual([1, 1, 1]);
        const onlyContact = { ...settings, weights: { ...settings.weights, complaint: 0, sentiment: 0, voice: 0 } };
        // Switching the neutral factors off changes nothing when none of them weighs more than recency and decay.
        fc.pre(Math.max(settings.weights.recency, settings.weights.decay) >= Math.max(settings.weights.complaint, settings.weights.sentiment, settings.weights.voice));
        expect(score(account, plain, onlyContact).score).toBe(result.score);
      }),
      RUNS,
    );
  });
});

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i += 1) h = (h * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(h);
}
