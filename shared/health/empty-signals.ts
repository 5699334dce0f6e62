import type { Account } from '../domain';
import type { AccountSignals } from './types';

/**
 * An account's signals before any touchpoint is counted: what a brand-new
 * account looks like. Both aggregations (the SQL one and the reference one)
 * start here, so they cannot disagree about the defaults.
 *
 * @example
 * const signals = emptySignals({ tier: 'Standard', value: 12_000, createdOn: '2026-11-01' });
 */
export function emptySignals(account: Pick<Account, 'tier' | 'value' | 'createdOn'>): AccountSignals {
  return {
    tier: account.tier,
    value: account.value,
    createdOn: account.createdOn,
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
  };
}
