import type { ComplaintInfo } from '../../shared/api/account-page';
import { ageBucket, type AgeBucket } from './complaint-age';

export interface ComplaintsSummary {
  open: number;
  /** Days the oldest open complaint has been open; null when none is. */
  oldestDays: number | null;
  /** Open complaints whose customer has not heard from us for a week or more. */
  waitingOverWeek: number;
  /** The value of the accounts with an open complaint, each account counted once. */
  valueAtStake: number;
  accounts: number;
  byAge: Record<AgeBucket, number>;
  /** Median days to resolve, over the resolved complaints listed; null without any. */
  medianDaysToResolve: number | null;
}

/** The figures above the complaints table, from the complaints it lists. */
export function summariseComplaints(complaints: readonly ComplaintInfo[]): ComplaintsSummary {
  const open = complaints.filter((complaint) => complaint.status === 'open');
  const byAge: Record<AgeBucket, number> = { new: 0, aging: 0, old: 0, stale: 0 };
  const values = new Map<number, number>();
  for (const complaint of open) {
    byAge[ageBucket(complaint.ageDays)]++;
    values.set(complaint.accountId, complaint.value);
  }
  const took = complaints
    .filter((complaint) => complaint.status === 'resolved')
    .map((complaint) => complaint.ageDays)
    .sort((a, b) => a - b);
  const middle = Math.floor(took.length / 2);
  const median = took.length === 0 ? null : took.length % 2 === 1 ? (took[middle] as number) : ((took[middle - 1] as number) + (took[middle] as number)) / 2;
  return {
    open: open.length,
    oldestDays: open.length === 0 ? null : Math.max(...open.map((complaint) => complaint.ageDays)),
    waitingOverWeek: open.filter((complaint) => (complaint.silenceDays ?? complaint.ageDays) >= 7).length,
    valueAtStake: [...values.values()].reduce((sum, value) => sum + value, 0),
    accounts: values.size,
    byAge,
    medianDaysToResolve: median,
  };
}

const resolvedAt = (complaint: ComplaintInfo) => Date.parse(complaint.resolvedAt ?? complaint.openedAt);

/**
 * The table's order: open complaints oldest first, then resolved ones, the
 * most recently resolved first.
 */
export function complaintsInOrder(complaints: readonly ComplaintInfo[]): ComplaintInfo[] {
  const open = complaints.filter((complaint) => complaint.status === 'open').sort((a, b) => b.ageDays - a.ageDays || Date.parse(a.openedAt) - Date.parse(b.openedAt));
  const resolved = complaints.filter((complaint) => complaint.status === 'resolved').sort((a, b) => resolvedAt(b) - resolvedAt(a));
  return [...open, ...resolved];
}
