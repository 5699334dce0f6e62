import { sql, type Kysely } from 'kysely';
import { asOfMs, DAY_MS } from '../../../shared/dates';
import type { IsoDay } from '../../../shared/domain';
import { NEGATIVE_SENTIMENT } from '../../../shared/health/signals-from-touchpoints';
import type { AccountSignals, HealthSettings } from '../../../shared/health/types';
import type { Store } from './connection';
import { rawRows } from './raw-rows';
import type { Database } from './schema';

/**
 * Contact aggregates for every account (or the given ones) in one ordered pass
 * over the covering index `touchpoints_scoring`: no per-account queries, no
 * table look-ups. This is the hot path of a full rescore, so rows come back
 * as arrays and are written straight into the caller's signals (no
 * intermediate objects), with instants kept as numbers.
 */
export function fillContactAggregates(
  store: Store,
  settings: HealthSettings,
  asOf: IsoDay,
  signalsById: Map<number, AccountSignals>,
  accountIds?: number[],
): void {
  const end = asOfMs(asOf);
  const recentStart = end - settings.decay.recentDays * DAY_MS;
  const baselineStart = recentStart - settings.decay.baselineDays * DAY_MS;
  // 2^(−age/halfLife) written as exp(k·(t − end)), evaluated only for rows that carry a sentiment.
  const k = Math.LN2 / (settings.sentiment.halfLifeDays * DAY_MS);
  const ours = sql<boolean>`ours`;
  const weight = sql<number>`exp(${k} * (occurred_at - ${end}))`;

  let query = store.db
    .selectFrom('touchpoints')
    .select((eb) => [
      'account_id',
      sql<number | null>`max(case when ${ours} then occurred_at end)`.as('last_our'),
      eb.fn.max('occurred_at').as('last_any'),
      sql<number | null>`min(case when ${ours} then occurred_at end)`.as('first_our'),
      sql<number>`count(*) filter (where ${ours} and occurred_at > ${recentStart})`.as('recent'),
      sql<number>`count(*) filter (where ${ours} and occurred_at > ${baselineStart} and occurred_at <= ${recentStart})`.as('baseline'),
      sql<number | null>`sum(case when sentiment is not null then sentiment * ${weight} end)`.as('sentiment_sum'),
      sql<number | null>`sum(case when sentiment is not null then ${weight} end)`.as('sentiment_weight'),
      sql<number>`count(*) filter (where sentiment <= ${NEGATIVE_SENTIMENT} and occurred_at > ${recentStart})`.as('negatives'),
    ])
    .where('occurred_at', '<=', end);
  if (accountIds) query = query.where('account_id', 'in', accountIds.length ? accountIds : [-1]);
  const rows = rawRows(store.sqlite, query.groupBy('account_id')) as [number, number | null, number, number | null, number, number, number | null, number | null, number][];

  for (const [accountId, lastOur, lastAny, firstOur, recent, baseline, sentimentSum, sentimentWeight, negatives] of rows) {
    const signals = signalsById.get(accountId);
    if (!signals) continue; // churned or not asked for
    signals.lastOurContactAt = lastOur;
    signals.lastAnyContactAt = lastAny;
    signals.firstOurContactAt = firstOur;
    signals.recentOurContacts = recent;
    signals.baselineOurContacts = baseline;
    signals.sentimentWeightedSum = sentimentSum ?? 0;
    signals.sentimentWeightTotal = sentimentWeight ?? 0;
    signals.recentNegativeCount = negatives;
  }
}

/** Complaints open on the as-of day, per account, oldest first (served by the partial index `touchpoints_complaints`). */
export async function openComplaints(db: Kysely<Database>, asOf: IsoDay, accountIds?: number[]): Promise<Map<number, { openedAt: number }[]>> {
  const end = asOfMs(asOf);
  let query = db
    .selectFrom('touchpoints')
    .select(['account_id', 'occurred_at'])
    .where('complaint_status', 'is not', null)
    .where('occurred_at', '<=', end)
    // Resolved after the as-of day, or still marked open with no resolution date
    // (a 'resolved' row without a date counts as closed; see signals-from-touchpoints).
    .where((eb) => eb.or([eb('resolved_at', '>', end), eb.and([eb('resolved_at', 'is', null), eb('complaint_status', '=', 'open')])]));
  if (accountIds) query = query.where('account_id', 'in', accountIds.length ? accountIds : [-1]);
  const rows = await query.orderBy('account_id').orderBy('occurred_at').execute();
  const result = new Map<number, { openedAt: number }[]>();
  for (const row of rows) {
    const list = result.get(row.account_id) ?? [];
    list.push({ openedAt: row.occurred_at });
    result.set(row.account_id, list);
  }
  return result;
}

export interface SurveyAnswers {
  latestComeBack: AccountSignals['latestComeBack'];
  latestRefer: AccountSignals['latestRefer'];
}

/** Latest survey answers per account (served by the partial index `touchpoints_survey`). */
export async function latestSurveyAnswers(db: Kysely<Database>, asOf: IsoDay, accountIds?: number[]): Promise<Map<number, SurveyAnswers>> {
  const end = asOfMs(asOf);
  let query = db
    .selectFrom('touchpoints')
    .select(['account_id', 'occurred_at', 'come_back', 'refer'])
    .where((eb) => eb.or([eb('come_back', 'is not', null), eb('refer', 'is not', null)]))
    .where('occurred_at', '<=', end);
  if (accountIds) query = query.where('account_id', 'in', accountIds.length ? accountIds : [-1]);
  const rows = await query.orderBy('account_id').orderBy('occurred_at').execute();
  const result = new Map<number, SurveyAnswers>();
  for (const row of rows) {
    const answers = result.get(row.account_id) ?? { latestComeBack: null, latestRefer: null };
    const at = row.occurred_at;
    // Rows arrive oldest first, so a later row wins; on the same instant the
    // lower (more cautious) answer wins, as in signalsFromTouchpoints.
    const { come_back: comeBack, refer } = row;
    if (comeBack !== null && !(answers.latestComeBack?.at === at && answers.latestComeBack.answer <= comeBack)) {
      answers.latestComeBack = { answer: comeBack, at };
    }
    if (refer !== null && !(answers.latestRefer?.at === at && answers.latestRefer.answer <= refer)) {
      answers.latestRefer = { answer: refer, at };
    }
    result.set(row.account_id, answers);
  }
  return result;
}
