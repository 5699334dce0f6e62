import type { Kysely } from 'kysely';
import { asOfMs, dayStartMs } from '../../../shared/dates';
import type { AccountStatus, Band, Channel, IsoDay } from '../../../shared/domain';
import type { SurveyAnswerOn, UpdateComplaint, UpdateTouchpoint } from '../../../shared/reports/account-report';
import type { Database } from './schema';

/**
 * What one account's status update reads: its touchpoints in the period, the
 * complaints open at some point in it (with our updates on each), its latest
 * survey answers and its score snapshots. Every query is for one account, on
 * the (account_id, occurred_at) indexes.
 */

export interface UpdateAccount {
  id: number;
  externalId: string;
  name: string;
  owner: string;
  tier: string;
  value: number;
  status: AccountStatus;
  createdOn: IsoDay;
  churnedOn: IsoDay | null;
}

export async function accountForUpdate(db: Kysely<Database>, accountId: number): Promise<UpdateAccount | null> {
  const row = await db
    .selectFrom('accounts')
    .select(['id', 'external_id', 'name', 'owner', 'tier', 'value', 'status', 'created_on', 'churned_on'])
    .where('id', '=', accountId)
    .executeTakeFirst();
  if (!row) return null;
  return { id: row.id, externalId: row.external_id, name: row.name, owner: row.owner, tier: row.tier, value: row.value, status: row.status, createdOn: row.created_on, churnedOn: row.churned_on };
}

/** The account's touchpoints from the start of `from` to the end of `to`, oldest first. */
export async function touchpointsInPeriod(db: Kysely<Database>, accountId: number, from: IsoDay, to: IsoDay): Promise<UpdateTouchpoint[]> {
  const rows = await db
    .selectFrom('touchpoints')
    .select(['id', 'occurred_at', 'channel', 'direction', 'person', 'subject', 'notes', 'complaint_status', 'complaint_id'])
    .where('account_id', '=', accountId)
    .where('occurred_at', '>=', dayStartMs(from))
    .where('occurred_at', '<=', asOfMs(to))
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.occurred_at,
    channel: r.channel as Channel,
    direction: r.direction,
    person: r.person,
    subject: r.subject,
    notes: r.notes,
    complaint: r.complaint_status !== null,
    complaintId: r.complaint_id,
  }));
}

/**
 * Complaints open at some point in the period: raised by its end and not
 * resolved before its start. A complaint marked resolved without a date
 * counts only when it was raised inside the period.
 */
export async function complaintsInPeriod(db: Kysely<Database>, accountId: number, from: IsoDay, to: IsoDay): Promise<UpdateComplaint[]> {
  const start = dayStartMs(from);
  const end = asOfMs(to);
  const rows = await db
    .selectFrom('touchpoints')
    .select(['id', 'occurred_at', 'channel', 'subject', 'notes', 'complaint_status', 'resolved_at'])
    .where('account_id', '=', accountId)
    .where('complaint_status', 'is not', null)
    .where('occurred_at', '<=', end)
    .where((eb) =>
      eb.or([
        eb('resolved_at', '>=', start),
        eb.and([eb('resolved_at', 'is', null), eb('complaint_status', '=', 'open')]),
        eb.and([eb('resolved_at', 'is', null), eb('occurred_at', '>=', start)]),
      ]),
    )
    .orderBy('occurred_at')
    .execute();
  const updates = await complaintUpdates(db, rows.map((r) => r.id), end);
  return rows.map((r) => ({
    id: r.id,
    openedAt: r.occurred_at,
    channel: r.channel as Channel,
    subject: r.subject,
    notes: r.notes,
    status: r.complaint_status ?? 'open',
    resolvedAt: r.resolved_at,
    updates: updates.get(r.id) ?? [],
  }));
}

async function complaintUpdates(db: Kysely<Database>, complaintIds: number[], end: number): Promise<Map<number, UpdateComplaint['updates']>> {
  const result = new Map<number, UpdateComplaint['updates']>();
  if (complaintIds.length === 0) return result;
  const rows = await db
    .selectFrom('touchpoints')
    .select(['complaint_id', 'occurred_at', 'subject', 'notes'])
    .where('complaint_id', 'in', complaintIds)
    .where('occurred_at', '<=', end)
    .orderBy('occurred_at')
    .execute();
  for (const row of rows) {
    const list = result.get(row.complaint_id!) ?? [];
    list.push({ at: row.occurred_at, subject: row.subject, notes: row.notes });
    result.set(row.complaint_id!, list);
  }
  return result;
}

/** The latest answer to each survey question on or before the end of `to`, with the comment left with it. */
export async function latestSurveyWithComments(db: Kysely<Database>, accountId: number, to: IsoDay): Promise<{ comeBack: SurveyAnswerOn | null; refer: SurveyAnswerOn | null }> {
  const rows = await db
    .selectFrom('touchpoints')
    .select(['occurred_at', 'come_back', 'refer', 'notes'])
    .where('account_id', '=', accountId)
    .where((eb) => eb.or([eb('come_back', 'is not', null), eb('refer', 'is not', null)]))
    .where('occurred_at', '<=', asOfMs(to))
    .orderBy('occurred_at', 'desc')
    .limit(50)
    .execute();
  const comeBack = rows.find((r) => r.come_back !== null);
  const refer = rows.find((r) => r.refer !== null);
  return {
    comeBack: comeBack ? { answer: comeBack.come_back!, at: comeBack.occurred_at, comment: comeBack.notes } : null,
    refer: refer ? { answer: refer.refer!, at: refer.occurred_at, comment: refer.notes } : null,
  };
}

/** Our last contact (outbound or a meeting) on or before the end of `to`. */
export async function lastOurContact(db: Kysely<Database>, accountId: number, to: IsoDay): Promise<number | null> {
  const row = await db
    .selectFrom('touchpoints')
    .select((eb) => eb.fn.max('occurred_at').as('last'))
    .where('account_id', '=', accountId)
    .where('ours', '=', 1)
    .where('occurred_at', '<=', asOfMs(to))
    .executeTakeFirst();
  return row?.last ?? null;
}

/** The account's daily score snapshots from `from` to `to`, oldest first. */
export async function scoreHistory(db: Kysely<Database>, accountId: number, from: IsoDay, to: IsoDay): Promise<{ day: IsoDay; score: number; band: Band }[]> {
  return db
    .selectFrom('score_snapshots')
    .select(['day', 'score', 'band'])
    .where('account_id', '=', accountId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .orderBy('day')
    .execute();
}
