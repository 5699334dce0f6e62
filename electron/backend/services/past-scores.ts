import { asOfMs } from '../../../shared/dates';
import type { IsoDay } from '../../../shared/domain';
import { createHealthScorer } from '../../../shared/health/engine';
import type { HealthSettings } from '../../../shared/health/types';
import { signalsOnDay, type AccountTimeline } from '../../../shared/history/signals-on-day';
import type { Store } from '../db/connection';
import { historyRows, type HistoryAccount, type SnapshotRow } from '../db/snapshots-repo';

/**
 * The scores `accounts` had on each of `days`, from their touchpoints, by the
 * same rules as the reference aggregation the SQL is tested against
 * (`signalsOnDay`). An account has no score before it was created or from the
 * day it churned. `accounts` must be in id order.
 *
 * Rows come one at a time, scored as the writer takes them: 50,000 accounts
 * on 55 days are 2.75 million rows, and holding a step's worth at once let
 * them outlive the young generation and swell the heap.
 */
export function* scoreAccountsOnDays(store: Store, accounts: readonly HistoryAccount[], days: readonly IsoDay[], settings: HealthSettings, today: IsoDay): Generator<SnapshotRow> {
  if (accounts.length === 0 || days.length === 0) return;
  const scorers = days.map((day) => ({ day, score: createHealthScorer(settings, day) }));
  const timelines = new Map<number, AccountTimeline>();
  const timelineFor = (accountId: number) => {
    let timeline = timelines.get(accountId);
    if (!timeline) timelines.set(accountId, (timeline = { at: [], ours: [], sentiment: [], complaints: [], surveys: [] }));
    return timeline;
  };
  const rows = historyRows(store, accounts[0]!.id, accounts.at(-1)!.id, asOfMs(today));
  for (const [accountId, at, ours, sentiment] of rows.contacts) {
    const timeline = timelineFor(accountId);
    timeline.at.push(at);
    timeline.ours.push(ours === 1);
    timeline.sentiment.push(sentiment);
  }
  for (const [accountId, atMs, status, resolvedAtMs] of rows.complaints) timelineFor(accountId).complaints.push({ atMs, status, resolvedAtMs });
  for (const [accountId, atMs, comeBack, refer] of rows.surveys) timelineFor(accountId).surveys.push({ atMs, comeBack, refer });

  const empty: AccountTimeline = { at: [], ours: [], sentiment: [], complaints: [], surveys: [] };
  for (const account of accounts) {
    const timeline = timelines.get(account.id) ?? empty;
    for (const { day, score } of scorers) {
      if (day < account.createdOn || (account.churnedOn !== null && day >= account.churnedOn)) continue;
      const result = score(signalsOnDay(account, timeline, settings, day));
      yield { accountId: account.id, day, score: result.score, band: result.band };
    }
  }
}
