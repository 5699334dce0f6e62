import { describe, expect, it } from 'vitest';
import type { ComplaintInfo } from '../../shared/api/account-page';
import { ageBucket, silenceBucket } from './complaint-age';
import { complaintsInOrder, summariseComplaints } from './complaints-summary';

function complaint(id: number, overrides: Partial<ComplaintInfo>): ComplaintInfo {
  return {
    complaintId: id,
    accountId: id,
    accountName: `Account ${id}`,
    owner: 'Ana',
    value: 1000,
    subject: 'Late delivery',
    notes: null,
    openedAt: '2026-04-01T09:00:00.000Z',
    status: 'open',
    resolvedAt: null,
    ageDays: 3,
    updates: 0,
    lastUpdateAt: null,
    silenceDays: 3,
    ...overrides,
  };
}

const list = [
  complaint(1, { ageDays: 3, silenceDays: 1, value: 5000 }),
  complaint(2, { ageDays: 40, silenceDays: 20, value: 20000, openedAt: '2026-03-01T09:00:00.000Z' }),
  complaint(3, { accountId: 2, ageDays: 9, silenceDays: 9, value: 20000 }),
  complaint(4, { status: 'resolved', ageDays: 12, resolvedAt: '2026-04-10T09:00:00.000Z', silenceDays: null }),
  complaint(5, { status: 'resolved', ageDays: 4, resolvedAt: '2026-04-12T09:00:00.000Z', silenceDays: null }),
];

describe('summariseComplaints', () => {
  it('counts open complaints by age, counts each account’s value once, and finds who waits for news', () => {
    expect(summariseComplaints(list)).toEqual({
      open: 3,
      oldestDays: 40,
      waitingOverWeek: 2,
      valueAtStake: 25000,
      accounts: 2,
      byAge: { new: 1, aging: 1, old: 0, stale: 1 },
      medianDaysToResolve: 8,
    });
  });

  it('has nothing to say about an empty list', () => {
    expect(summariseComplaints([])).toMatchObject({ open: 0, oldestDays: null, valueAtStake: 0, medianDaysToResolve: null });
  });
});

describe('complaintsInOrder', () => {
  it('lists open complaints oldest first, then the most recently resolved', () => {
    expect(complaintsInOrder(list).map((c) => c.complaintId)).toEqual([2, 3, 1, 5, 4]);
  });
});

describe('age and silence buckets', () => {
  it('steps at a week, two weeks and a month', () => {
    expect([0, 6, 7, 13, 14, 29, 30].map(ageBucket)).toEqual(['new', 'new', 'aging', 'aging', 'old', 'old', 'stale']);
  });

  it('steps at two days, a week and two weeks of silence', () => {
    expect([0, 2, 3, 6, 7, 13, 14].map(silenceBucket)).toEqual(['recent', 'recent', 'waiting', 'waiting', 'silent', 'silent', 'forgotten']);
  });
});
