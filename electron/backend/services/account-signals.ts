import type { Account, IsoDay } from '../../../shared/domain';
import type { AccountSignals, HealthSettings } from '../../../shared/health/types';
import type { Store } from '../db/connection';
import { fillContactAggregates, latestSurveyAnswers, openComplaints } from '../db/signals-repo';

/** An account's signals before any touchpoint is counted: what a brand-new account looks like. */
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

/**
 * The engine's input for many accounts from three set-based queries (contact
 * aggregates, open complaints, survey answers) rather than one query per
 * account. Pass `onlyThese` to restrict the queries to a few accounts.
 */
export async function loadAccountSignals(
  store: Store,
  settings: HealthSettings,
  asOf: IsoDay,
  accounts: ReadonlyArray<Pick<Account, 'id' | 'tier' | 'value' | 'createdOn'>>,
  onlyThese?: number[],
): Promise<Map<number, AccountSignals>> {
  const signals = new Map<number, AccountSignals>();
  for (const account of accounts) signals.set(account.id, emptySignals(account));
  fillContactAggregates(store, settings, asOf, signals, onlyThese);
  for (const [accountId, complaints] of await openComplaints(store.db, asOf, onlyThese)) {
    const target = signals.get(accountId);
    if (target) target.openComplaints = complaints;
  }
  for (const [accountId, answers] of await latestSurveyAnswers(store.db, asOf, onlyThese)) {
    const target = signals.get(accountId);
    if (target) Object.assign(target, answers);
  }
  return signals;
}
