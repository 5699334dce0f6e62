import { sql, type Kysely } from 'kysely';
import { asOfMs, DAY_MS } from '../../../shared/dates';
import type { IsoDay } from '../../../shared/domain';
import type { AccountSignals, HealthSettings } from '../../../shared/health/types';
import { isoFromMs } from './rows';
import type { Database } from './schema';

/** The per-account aggregates that come straight out of SQL, before accounts are joined in. */
type ContactAggregates = Omit<AccountSignals, 'tier' | 'value' | 'createdOn' | 'openComplaints' | 'latestComeBack' | 'latestRefer'>;

const NEGATIVE_SENTIMENT = -0.3;

/**
 * Contact aggregates for every account (or the given ones) in one ordered pass
 * over the covering index `touchpoints_scoring`: no per-account queries, no
 * table look-ups. This is the hot path of a full rescore.
 */
export async function contactAggregates(
  db: Kysely<Database>,
  settings: HealthSettings,
  asOf: IsoDay,
  accountIds?: number[],
): Promise<Map<number, ContactAggregates>> {
  const end = asOfMs(asOf);
  const recentStart = end - settings.decay.recentDays * DAY_MS;
  const baselineStart = recentStart - settings.decay.baselineDays * DAY_MS;
  // 2^(−age/halfLife) written as exp(k·(t − end)) so SQLite evaluates one exp per row.
  const k = Math.LN2 / (settings.sentiment.halfLifeDays * DAY_MS);
  const ours = sql<boolean>`(direction = 'outbound' or channel = 'meeting')`;
  const weight = sql<number>`exp(${k} * (occurred_at - ${end}))`;

  let query = db
    .selectFrom('touchpoints')
    .select((eb) => [
      'account_id',
      sql<number | null>`max(case when ${ours} then occurred_at end)`.as('last_our'),
      eb.fn.max('occurred_at').as('last_any'),
      sql<number | null>`min(case when ${ours} then occurred_at end)`.as('first_our'),
      sql<number>`count(*) filter (where ${ours} and occurred_at > ${recentStart})`.as('recent'),
      sql<number>`count(*) filter (where ${ours} and occurred_at > ${baselineStart} and occurred_at <= ${recentStart})`.as('baseline'),
      sql<number | null>`sum(sentiment * ${weight})`.as('sentiment_sum'),
      sql<number | null>`sum(case when sentiment is not null then ${weight} end)`.as('sentiment_weight'),
      sql<number>`count(*) filter (where sentiment <= ${NEGATIVE_SENTIMENT} and occurred_at > ${recentStart})`.as('negatives'),
    ])
    .where('occurred_at', '<=', end);
  if (accountIds) query = query.where('account_id', 'in', accountIds.length ? accountIds : [-1]);
  const rows = await query.groupBy('account_id').execute();

  const result = new Map<number, ContactAggregates>();
  for (const row of rows) {
    result.set(row.account_id, {
      lastOurContactAt: isoFromMs(row.last_our),
      lastAnyContactAt: isoFromMs(row.last_any === null ? null : Number(row.last_any)),
      firstOurContactAt: isoFromMs(row.first_our),
      recentOurContacts: row.recent,
      baselineOurContacts: row.baseline,
      sentimentWeightedSum: row.sentiment_sum ?? 0,
      sentimentWeightTotal: row.sentiment_weight ?? 0,
      recentNegativeCount: row.negatives,
    });
  }
  return result;
}

/** Complaints open on the as-of day, per account (served by the partial index `touchpoints_complaints`). */
export async function openComplaints(db: Kysely<Database>, asOf: IsoDay, accountIds?: number[]): Promise<Map<number, { openedAt: string }[]>> {
  const end = asOfMs(asOf);
  let query = db
    .selectFrom('touchpoints')
    .select(['account_id', 'occurred_at'])
    .where('complaint_status', 'is not', null)
    .where('occurred_at', '<=', end)
    .where((eb) => eb.or([eb('resolved_at', 'is', null), eb('resolved_at', '>', end)]));
  if (accountIds) query = query.where('account_id', 'in', accountIds.length ? accountIds : [-1]);
  const rows = await query.orderBy('account_id').orderBy('occurred_at').execute();
  const result = new Map<number, { openedAt: string }[]>();
  for (const row of rows) {
    const list = result.get(row.account_id) ?? [];
    list.push({ openedAt: new Date(row.occurred_at).toISOString() });
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
    const at = new Date(row.occurred_at).toISOString();
    // Rows arrive oldest first, so the last one seen per account wins.
    if (row.come_back !== null) answers.latestComeBack = { answer: row.come_back, at };
    if (row.refer !== null) answers.latestRefer = { answer: row.refer, at };
    result.set(row.account_id, answers);
  }
  return result;
}
