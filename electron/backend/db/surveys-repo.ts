import type { Kysely } from 'kysely';
import type { SurveyAnswer } from '../../../shared/api/account-page';
import type { SurveyResponse } from '../../../shared/history/nps';
import type { Database } from './schema';

/** One account's survey answers on or before an instant, newest first. */
export async function accountSurveyAnswers(db: Kysely<Database>, accountId: number, endMs: number): Promise<SurveyAnswer[]> {
  const rows = await db
    .selectFrom('touchpoints')
    .select(['id', 'occurred_at', 'come_back', 'refer', 'notes'])
    .where('account_id', '=', accountId)
    .where((eb) => eb.or([eb('come_back', 'is not', null), eb('refer', 'is not', null)]))
    .where('occurred_at', '<=', endMs)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({ touchpointId: r.id, answeredAt: new Date(r.occurred_at).toISOString(), comeBack: r.come_back, refer: r.refer, notes: r.notes }));
}

/**
 * Every survey answer of active accounts (one owner's, or everyone's) on or
 * before an instant, for the portfolio's NPS-style figure and its trend.
 * Served by the partial index on survey rows.
 */
export async function surveyResponses(db: Kysely<Database>, owner: string | null, endMs: number): Promise<SurveyResponse[]> {
  let query = db
    .selectFrom('touchpoints as t')
    .innerJoin('accounts as a', 'a.id', 't.account_id')
    .select(['t.account_id', 't.occurred_at', 't.come_back', 't.refer'])
    .where((eb) => eb.or([eb('t.come_back', 'is not', null), eb('t.refer', 'is not', null)]))
    .where('t.occurred_at', '<=', endMs)
    .where('a.status', '=', 'active');
  if (owner !== null) query = query.where('a.owner', '=', owner);
  const rows = await query.execute();
  return rows.map((r) => ({ accountId: r.account_id, atMs: r.occurred_at, comeBack: r.come_back, refer: r.refer }));
}
