import { describe, expect, it } from 'vitest';
import type { ScorePoint } from '../api/account-page';
import { scoreMoments, type MomentTouchpoint } from './moments';

const point = (day: string, score: number): ScorePoint => ({ day, score, band: score >= 70 ? 'healthy' : 'watch' });
const tp = (iso: string, fields: Partial<MomentTouchpoint> = {}): MomentTouchpoint => ({
  atMs: Date.parse(iso),
  channel: 'call',
  direction: 'outbound',
  person: null,
  subject: null,
  sentiment: null,
  complaintStatus: null,
  resolvedAtMs: null,
  comeBack: null,
  refer: null,
  complaintId: null,
  ...fields,
});

describe('score moments', () => {
  it('mark big moves only, with what happened in between', () => {
    const history = [point('2026-11-01', 90), point('2026-11-02', 88), point('2026-11-03', 60), point('2026-11-04', 58), point('2026-11-05', 85)];
    const touchpoints = [
      tp('2026-10-20T10:00Z', { person: 'Ana Ruiz' }),
      tp('2026-11-03T09:00Z', { direction: 'inbound', channel: 'ticket', subject: 'Duplicate invoices', complaintStatus: 'resolved', resolvedAtMs: Date.parse('2026-11-05T12:00Z') }),
      tp('2026-11-05T12:00Z', { channel: 'email', person: 'Ana Ruiz', complaintId: 2 }),
    ];
    expect(scoreMoments(history, touchpoints, [])).toEqual([
      { day: '2026-11-03', delta: -28, text: 'Complaint opened: Duplicate invoices' },
      { day: '2026-11-05', delta: 27, text: 'Complaint resolved: Duplicate invoices (+1 more)' },
    ]);
  });

  it('explain a fall nobody caused by the silence, and leave out a rise nothing explains', () => {
    const history = [point('2026-11-01', 80), point('2026-11-08', 60), point('2026-11-15', 75)];
    const touchpoints = [tp('2026-09-24T10:00Z')];
    expect(scoreMoments(history, touchpoints, [])).toEqual([{ day: '2026-11-08', delta: -20, text: 'No contact for 45 days' }]);
    expect(scoreMoments(history, [], [])[0]?.text).toBe('No contact from us yet');
  });

  it('name an unanswered complaint as the silence that hurts', () => {
    const history = [point('2026-11-01', 70), point('2026-11-10', 50)];
    const touchpoints = [tp('2026-10-01T10:00Z'), tp('2026-10-25T10:00Z', { direction: 'inbound', channel: 'email', complaintStatus: 'open' })];
    expect(scoreMoments(history, touchpoints, [])[0]?.text).toBe('Complaint open 16 days with no update to the customer');
  });

  it('prefer what went wrong for a fall and what we did for a rise', () => {
    const history = [point('2026-11-01', 80), point('2026-11-02', 60), point('2026-11-03', 80)];
    const touchpoints = [
      tp('2026-11-02T09:00Z', { person: 'Ana' }),
      tp('2026-11-02T10:00Z', { channel: 'survey', direction: 'inbound', refer: 2 }),
      tp('2026-11-03T10:00Z', { channel: 'meeting', person: 'Ben' }),
    ];
    const events = [{ atMs: Date.parse('2026-11-02T08:00Z'), text: 'Handed over from Ana to Ben' }];
    expect(scoreMoments(history, touchpoints, events).map((m) => m.text)).toEqual(['Handed over from Ana to Ben (+1 more)', 'Meeting with Ben']);
  });

  it('keep only the biggest moves when there are many, in day order', () => {
    const history = Array.from({ length: 30 }, (_, i) => point(`2026-10-${String(i + 1).padStart(2, '0')}`, i % 2 === 0 ? 80 : 80 - 10 - i));
    const moments = scoreMoments(history, [], [], { max: 5 });
    expect(moments).toHaveLength(5);
    const days = moments.map((m) => m.day);
    expect(days).toEqual(days.toSorted());
    // Falls of 11, 13 … 39 points (the rises explain nothing): the five biggest are 31 … 39.
    expect(moments.map((m) => m.delta)).toEqual([-31, -33, -35, -37, -39]);
  });
});
