import { describe, expect, it } from 'vitest';
import { DAY_MS, asOfMs } from '../dates';
import { DEFAULT_HEALTH_SETTINGS } from './settings';
import { signalsFromTouchpoints } from './signals-from-touchpoints';
import type { HealthTouchpoint } from './signals-from-touchpoints';
import type { HealthSettings } from './types';

const AS_OF = '2026-06-30';
const END = asOfMs(AS_OF); // 2026-06-30T23:59:59.999Z
const ACCOUNT = { tier: 'Standard', value: 1234, createdOn: '2025-01-01' };
const SETTINGS: HealthSettings = { ...DEFAULT_HEALTH_SETTINGS, decay: { recentDays: 90, baselineDays: 365 } };

const at = (ms: number) => new Date(ms).toISOString();
const tp = (occurredAt: string, fields: Partial<HealthTouchpoint> = {}): HealthTouchpoint => ({
  occurredAt,
  channel: 'call',
  direction: 'outbound',
  sentiment: null,
  complaintStatus: null,
  resolvedAt: null,
  comeBack: null,
  refer: null,
  ...fields,
});
const complaint = (occurredAt: string, resolvedAt: string | null, status: 'open' | 'resolved' = 'resolved') =>
  tp(occurredAt, { direction: 'inbound', channel: 'ticket', complaintStatus: status, resolvedAt });
const signals = (touchpoints: HealthTouchpoint[], settings = SETTINGS) => signalsFromTouchpoints(ACCOUNT, touchpoints, settings, AS_OF);

describe('signalsFromTouchpoints', () => {
  it('passes the account through and starts from nothing', () => {
    expect(signals([])).toEqual({
      tier: 'Standard',
      value: 1234,
      createdOn: '2025-01-01',
      lastOurContactAt: null,
      lastAnyContactAt: null,
      firstOurContactAt: null,
      recentOurContacts: 0,
      baselineOurContacts: 0,
      sentimentWeightedSum: 0,
      sentimentWeightTotal: 0,
      recentNegativeCount: 0,
      openComplaints: [],
      latestComeBack: null,
      latestRefer: null,
    });
  });

  it('counts everything up to the last millisecond of the as-of day, and nothing after', () => {
    const s = signals([tp('2026-06-30T23:59:59.999Z'), tp('2026-07-01T00:00:00.000Z', { direction: 'inbound' })]);
    expect(s.lastOurContactAt).toBe(Date.parse('2026-06-30T23:59:59.999Z'));
    expect(s.lastOurContactAt).toBe(END);
    expect(s.lastAnyContactAt).toBe(Date.parse('2026-06-30T23:59:59.999Z'));
    expect(s.recentOurContacts).toBe(1);
  });

  it('our contact is outbound or a meeting; inbound only moves lastAnyContactAt', () => {
    const s = signals([
      tp('2026-06-01T10:00:00.000Z', { direction: 'outbound', channel: 'email' }),
      tp('2026-06-10T10:00:00.000Z', { direction: 'inbound', channel: 'meeting' }),
      tp('2026-06-20T10:00:00.000Z', { direction: 'inbound', channel: 'call' }),
    ]);
    expect(s.firstOurContactAt).toBe(Date.parse('2026-06-01T10:00:00.000Z'));
    expect(s.lastOurContactAt).toBe(Date.parse('2026-06-10T10:00:00.000Z'));
    expect(s.lastAnyContactAt).toBe(Date.parse('2026-06-20T10:00:00.000Z'));
    expect(s.recentOurContacts).toBe(2);
  });

  it('splits recent (as-of − 90 days, as-of] and baseline (as-of − 455 days, as-of − 90 days] exactly at the boundaries', () => {
    const recentEdge = END - 90 * DAY_MS;
    const baselineEdge = END - 455 * DAY_MS;
    const s = signals([
      tp(at(recentEdge + 1)), // recent
      tp(at(recentEdge)), // baseline (the edge belongs to the older window)
      tp(at(baselineEdge + 1)), // baseline
      tp(at(baselineEdge)), // too old for either window
    ]);
    expect(s.recentOurContacts).toBe(1);
    expect(s.baselineOurContacts).toBe(2);
    expect(s.firstOurContactAt).toBe(baselineEdge);
  });

  it('follows the windows in settings', () => {
    const short: HealthSettings = { ...SETTINGS, decay: { recentDays: 10, baselineDays: 20 } };
    const s = signals([tp(at(END - 5 * DAY_MS)), tp(at(END - 15 * DAY_MS)), tp(at(END - 25 * DAY_MS)), tp(at(END - 35 * DAY_MS))], short);
    expect([s.recentOurContacts, s.baselineOurContacts]).toEqual([1, 2]);
  });

  it('weights sentiment by 2^(−age/half-life), age measured to the end of the as-of day', () => {
    const halfLife = SETTINGS.sentiment.halfLifeDays;
    const s = signals([tp(at(END), { sentiment: 0.5 }), tp(at(END - halfLife * DAY_MS), { sentiment: -1, direction: 'inbound' })]);
    expect(s.sentimentWeightTotal).toBeCloseTo(1.5, 12);
    expect(s.sentimentWeightedSum).toBeCloseTo(0.5 - 0.5, 12);
  });

  it('counts negatives (≤ −0.3) only inside the recent window', () => {
    const s = signals([
      tp(at(END - DAY_MS), { sentiment: -0.3 }),
      tp(at(END - 2 * DAY_MS), { sentiment: -0.29 }),
      tp(at(END - 89 * DAY_MS), { sentiment: -1 }),
      tp(at(END - 90 * DAY_MS), { sentiment: -1 }),
    ]);
    expect(s.recentNegativeCount).toBe(2);
  });

  it('a complaint is open on the as-of day unless resolved by then; oldest first', () => {
    const s = signals([
      complaint('2026-06-20T09:00:00.000Z', null, 'open'), // open
      complaint('2026-05-01T09:00:00.000Z', '2026-07-01T00:00:00.000Z'), // resolved after as-of: still open on it
      complaint('2026-05-02T09:00:00.000Z', '2026-06-30T23:59:59.999Z'), // resolved on the as-of day
      complaint('2026-05-03T09:00:00.000Z', null, 'resolved'), // marked resolved but no date: closed
      complaint('2026-05-04T09:00:00.000Z', '2026-06-30T23:59:59.999Z', 'open'), // still marked open, but resolved by the as-of day
      complaint('2026-05-05T09:00:00.000Z', '2026-07-01T00:00:00.000Z', 'open'), // marked open, resolved only after as-of: open
      complaint('2026-07-01T09:00:00.000Z', null, 'open'), // not yet opened
    ]);
    expect(s.openComplaints).toEqual([
      { openedAt: Date.parse('2026-05-01T09:00:00.000Z') },
      { openedAt: Date.parse('2026-05-05T09:00:00.000Z') },
      { openedAt: Date.parse('2026-06-20T09:00:00.000Z') },
    ]);
  });

  it('keeps the latest survey answers, each on its own, the more cautious on a tie', () => {
    const s = signals([
      tp('2026-06-01T09:00:00.000Z', { direction: 'inbound', channel: 'survey', comeBack: 2, refer: 9 }),
      tp('2026-06-15T09:00:00.000Z', { direction: 'inbound', channel: 'survey', comeBack: 4 }),
      tp('2026-06-15T09:00:00.000Z', { direction: 'inbound', channel: 'survey', comeBack: 3 }),
      tp('2026-07-15T09:00:00.000Z', { direction: 'inbound', channel: 'survey', comeBack: 1, refer: 0 }),
    ]);
    expect(s.latestComeBack).toEqual({ answer: 3, at: Date.parse('2026-06-15T09:00:00.000Z') });
    expect(s.latestRefer).toEqual({ answer: 9, at: Date.parse('2026-06-01T09:00:00.000Z') });
  });

  it('does not depend on the order of the touchpoints', () => {
    const touchpoints = [
      tp('2026-01-05T09:00:00.000Z'),
      tp('2026-06-28T09:00:00.000Z', { direction: 'inbound', sentiment: -0.6 }),
      tp('2026-03-01T09:00:00.000Z', { channel: 'meeting', direction: 'inbound', sentiment: 0.4 }),
      tp('2026-06-01T09:00:00.000Z', { direction: 'inbound', channel: 'ticket', complaintStatus: 'open' }),
      tp('2026-05-01T09:00:00.000Z', { direction: 'inbound', channel: 'ticket', complaintStatus: 'open' }),
    ];
    expect(signals(touchpoints.toReversed())).toEqual(signals(touchpoints));
  });

  it('skips touchpoints with unreadable timestamps instead of poisoning the aggregates', () => {
    const s = signals([tp('not a date', { sentiment: -1 }), tp('2026-06-01T09:00:00.000Z')]);
    expect(s.recentOurContacts).toBe(1);
    expect(s.sentimentWeightTotal).toBe(0);
  });
});
