import type { Account, IsoDay } from '../../../shared/domain';
import type { AccountSignals, HealthSettings } from '../../../shared/health/types';
import type { Store } from '../db/connection';
import { contactAggregates, latestSurveyAnswers, openComplaints } from '../db/signals-repo';

const NO_CONTACT = {
  lastOurContactAt: null,
  lastAnyContactAt: null,
  firstOurContactAt: null,
  recentOurContacts: 0,
  baselineOurContacts: 0,
  sentimentWeightedSum: 0,
  sentimentWeightTotal: 0,
  recentNegativeCount: 0,
} as const;

/**
 * The engine's input for many accounts from three set-based queries (contact
 * aggregates, open complaints, survey answers) rather than one query per
 * account. Pass `onlyThese` to restrict the queries to a few accounts.
 */
export async function loadAccountSignals(
  store: Store,
  settings: HealthSettings,
  asOf: IsoDay,
  accounts: Account[],
  onlyThese?: number[],
): Promise<Map<number, AccountSignals>> {
  const contacts = contactAggregates(store, settings, asOf, onlyThese);
  const complaints = await openComplaints(store.db, asOf, onlyThese);
  const answers = await latestSurveyAnswers(store.db, asOf, onlyThese);
  const signals = new Map<number, AccountSignals>();
  for (const account of accounts) {
    const survey = answers.get(account.id);
    signals.set(account.id, {
      tier: account.tier,
      value: account.value,
      createdOn: account.createdOn,
      ...(contacts.get(account.id) ?? NO_CONTACT),
      openComplaints: complaints.get(account.id) ?? [],
      latestComeBack: survey?.latestComeBack ?? null,
      latestRefer: survey?.latestRefer ?? null,
    });
  }
  return signals;
}
