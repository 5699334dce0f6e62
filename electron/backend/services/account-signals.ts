import type { Account, IsoDay } from '../../../shared/domain';
import { emptySignals } from '../../../shared/health/empty-signals';
import type { AccountSignals, HealthSettings } from '../../../shared/health/types';
import type { Store } from '../db/connection';
import { fillContactAggregates, latestSurveyAnswers, openComplaints } from '../db/signals-repo';

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
