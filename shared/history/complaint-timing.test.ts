import { describe, expect, it } from 'vitest';
import { complaintTiming } from './complaint-timing';

const ms = (iso: string) => Date.parse(iso);

describe('complaint timing', () => {
  it('counts an open complaint’s age and the silence since our last update in calendar days', () => {
    expect(complaintTiming({ openedMs: ms('2026-11-10T09:00Z'), resolvedMs: null, status: 'open', lastUpdateMs: ms('2026-11-20T15:00Z') }, '2026-11-24')).toEqual({
      status: 'open',
      ageDays: 14,
      silenceDays: 4,
    });
    // Never answered: silent since it opened.
    expect(complaintTiming({ openedMs: ms('2026-11-23T23:30Z'), resolvedMs: null, status: 'open', lastUpdateMs: null }, '2026-11-24')).toEqual({
      status: 'open',
      ageDays: 1,
      silenceDays: 1,
    });
  });

  it('ignores updates after the day, and treats a complaint resolved later as still open then', () => {
    expect(
      complaintTiming({ openedMs: ms('2026-11-01T09:00Z'), resolvedMs: ms('2026-11-30T09:00Z'), status: 'resolved', lastUpdateMs: ms('2026-11-28T09:00Z') }, '2026-11-24'),
    ).toEqual({ status: 'open', ageDays: 23, silenceDays: 23 });
  });

  it('gives a resolved complaint the days it took, and no silence', () => {
    expect(complaintTiming({ openedMs: ms('2026-11-01T17:00Z'), resolvedMs: ms('2026-11-08T09:00Z'), status: 'resolved', lastUpdateMs: null }, '2026-11-24')).toEqual({
      status: 'resolved',
      ageDays: 7,
      silenceDays: null,
    });
    // Exports often drop the resolution date: closed, with no known duration.
    expect(complaintTiming({ openedMs: ms('2026-11-01T17:00Z'), resolvedMs: null, status: 'resolved', lastUpdateMs: null }, '2026-11-24')).toMatchObject({
      status: 'resolved',
      ageDays: 0,
    });
  });
});
