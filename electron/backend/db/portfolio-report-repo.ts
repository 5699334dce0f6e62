import { sql, type Kysely } from 'kysely';
import { asOfMs } from '../../../shared/dates';
import type { Band, IsoDay } from '../../../shared/domain';
import type { ComplaintText } from '../../../shared/reports/pain-points';
import type { OpenComplaint } from '../../../shared/reports/portfolio-report';
import type { Store } from './connection';
import { rawRows } from './raw-rows';
import type { Database } from './schema';

/**
 * What the portfolio report reads besides the scoreboard: score snapshots
 * (movers and the trend), complaints (ageing, time to resolve, pain points)
 * and churn in the period. Scope is one owner's active accounts or every
 * active account; a period is (asOf − N days, asOf], in epoch ms.
 */

export interface Scope {
  owner: string | null;
}

/** The last day on or before `day` that has any snapshot, or null. */
export async function snapshotDayOnOrBefore(db: Kysely<Database>, day: IsoDay): Promise<IsoDay | null> {
  const row = await db.selectFrom('score_snapshots').select((eb) => eb.fn.max('day').as('day')).where('day', '<=', day).executeTakeFirst();
  return row?.day ?? null;
}

/** The first day with any snapshot, or null when history is empty. */
export async function firstSnapshotDay(db: Kysely<Database>): Promise<IsoDay | null> {
  const row = await db.selectFrom('score_snapshots').select((eb) => eb.fn.min('day').as('day')).executeTakeFirst();
  return row?.day ?? null;
}

/** Every account's snapshot on one day (on the (day, account_id) index; rows as arrays: 50,000 of them is normal). */
export function snapshotsOn(store: Store, day: IsoDay): Map<number, { score: number; band: Band }> {
  const query = store.db.selectFrom('score_snapshots').select(['account_id', 'score', 'band']).where('day', '=', day);
  const result = new Map<number, { score: number; band: Band }>();
  for (const [accountId, score, band] of rawRows(store.sqlite, query) as [number, number, Band][]) result.set(accountId, { score, band });
  return result;
}

/** The average snapshot score per day between two days (inclusive), over the scope's active accounts. */
export async function averageScoreByDay(db: Kysely<Database>, from: IsoDay, to: IsoDay, scope: Scope): Promise<{ day: IsoDay; average: number; accounts: number }[]> {
  // A set of account ids to test against reads a third faster than a join per snapshot row.
  let inScope = db.selectFrom('accounts').select('id').where('status', '=', 'active');
  if (scope.owner !== null) inScope = inScope.where('owner', '=', scope.owner);
  const rows = await db
    .selectFrom('score_snapshots')
    .select((eb) => ['day', eb.fn.avg<number>('score').as('average'), eb.fn.countAll<number>().as('accounts')])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .where('account_id', 'in', inScope)
    .groupBy('day')
    .orderBy('day')
    .execute();
  return rows.map((r) => ({ day: r.day, average: Number(r.average), accounts: Number(r.accounts) }));
}

/** Complaints open at the end of the as-of day, with our last update about each. */
export async function openComplaintsAsOf(db: Kysely<Database>, asOf: IsoDay, scope: Scope): Promise<OpenComplaint[]> {
  const end = asOfMs(asOf);
  let query = db
    .selectFrom('touchpoints as t')
    .innerJoin('accounts as a', 'a.id', 't.account_id')
    .select((eb) => [
      't.id',
      't.account_id',
      't.occurred_at',
      't.subject',
      't.notes',
      eb
        .selectFrom('touchpoints as u')
        .select((u) => u.fn.max('u.occurred_at').as('last'))
        .whereRef('u.complaint_id', '=', 't.id')
        .where('u.occurred_at', '<=', end)
        .as('last_update_at'),
    ])
    .where('a.status', '=', 'active')
    .where('t.complaint_status', 'is not', null)
    .where('t.occurred_at', '<=', end)
    // The same rule as scoring: resolved after the day, or open with no resolution date.
    .where((eb) => eb.or([eb('t.resolved_at', '>', end), eb.and([eb('t.resolved_at', 'is', null), eb('t.complaint_status', '=', 'open')])]));
  if (scope.owner !== null) query = query.where('a.owner', '=', scope.owner);
  const rows = await query.orderBy('t.occurred_at').execute();
  return rows.map((r) => ({
    id: r.id,
    accountId: r.account_id,
    openedAt: r.occurred_at,
    subject: r.subject,
    notes: r.notes,
    lastUpdateAt: r.last_update_at ?? null,
  }));
}

/** Complaints resolved inside the period: when each was raised and resolved. */
export async function complaintsResolvedBetween(db: Kysely<Database>, startMs: number, endMs: number, scope: Scope): Promise<{ openedAt: number; resolvedAt: number }[]> {
  let query = db
    .selectFrom('touchpoints as t')
    .innerJoin('accounts as a', 'a.id', 't.account_id')
    .select(['t.occurred_at', 't.resolved_at'])
    .where('a.status', '=', 'active')
    .where('t.complaint_status', '=', 'resolved')
    .where('t.resolved_at', '>', startMs)
    .where('t.resolved_at', '<=', endMs);
  if (scope.owner !== null) query = query.where('a.owner', '=', scope.owner);
  const rows = await query.execute();
  return rows.map((r) => ({ openedAt: r.occurred_at, resolvedAt: r.resolved_at! }));
}

/** Complaints raised inside the period, with their words, and whether each is still open at the period's end. */
export async function complaintsRaisedBetween(db: Kysely<Database>, startMs: number, endMs: number, scope: Scope): Promise<ComplaintText[]> {
  let query = db
    .selectFrom('touchpoints as t')
    .innerJoin('accounts as a', 'a.id', 't.account_id')
    .select(['t.account_id', 't.subject', 't.notes', 't.person', 't.complaint_status', 't.resolved_at'])
    .where('a.status', '=', 'active')
    .where('t.complaint_status', 'is not', null)
    .where('t.occurred_at', '>', startMs)
    .where('t.occurred_at', '<=', endMs);
  if (scope.owner !== null) query = query.where('a.owner', '=', scope.owner);
  const rows = await query.orderBy('t.occurred_at').execute();
  return rows.map((r) => ({
    accountId: r.account_id,
    subject: r.subject,
    notes: r.notes,
    person: r.person,
    open: r.resolved_at === null ? r.complaint_status === 'open' : r.resolved_at > endMs,
  }));
}

/** Accounts marked churned on a day inside the period, and their value. */
export async function churnedBetween(db: Kysely<Database>, fromExclusive: IsoDay, to: IsoDay, scope: Scope): Promise<{ accounts: number; value: number }> {
  let query = db
    .selectFrom('accounts')
    .select((eb) => [eb.fn.countAll<number>().as('accounts'), sql<number>`coalesce(sum(value), 0)`.as('value')])
    .where('status', '=', 'churned')
    .where('churned_on', '>', fromExclusive)
    .where('churned_on', '<=', to);
  if (scope.owner !== null) query = query.where('owner', '=', scope.owner);
  const row = await query.executeTakeFirstOrThrow();
  return { accounts: Number(row.accounts), value: Number(row.value) };
}
