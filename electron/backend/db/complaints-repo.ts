import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** A complaint as stored, with its account and the updates we sent about it. */
export interface ComplaintRow {
  complaintId: number;
  accountId: number;
  accountName: string;
  owner: string;
  value: number;
  accountStatus: 'active' | 'churned';
  subject: string | null;
  notes: string | null;
  channel: string;
  openedMs: number;
  status: 'open' | 'resolved';
  resolvedMs: number | null;
  /** Our updates tied to the complaint (outbound or meetings), on or before the as-of instant. */
  updates: number;
  lastUpdateMs: number | null;
}

export interface ComplaintFilter {
  /** One account's complaints (open and resolved), for the account page. */
  accountId?: number;
  /** One owner's active accounts (null: everyone's). */
  owner?: string | null;
  /** Resolved ones too, when they were resolved at or after this instant. */
  resolvedSinceMs?: number;
  /** Only this complaint. */
  complaintId?: number;
}

/**
 * Complaints opened on or before `endMs`: those open at `endMs` (by the health
 * model's rule: resolved after it, or marked open without a date) plus,
 * when asked, the resolved ones. Served by the partial index on complaint
 * rows; the update counts by the index on complaint updates.
 */
export async function listComplaintRows(db: Kysely<Database>, endMs: number, filter: ComplaintFilter): Promise<ComplaintRow[]> {
  let query = db
    .selectFrom('touchpoints as c')
    .innerJoin('accounts as a', 'a.id', 'c.account_id')
    .select((eb) => [
      'c.id',
      'c.account_id',
      'a.name',
      'a.owner',
      'a.value',
      'a.status',
      'c.subject',
      'c.notes',
      'c.channel',
      'c.occurred_at',
      'c.complaint_status',
      'c.resolved_at',
      eb
        .selectFrom('touchpoints as u')
        .select((u) => u.fn.countAll<number>().as('n'))
        .whereRef('u.complaint_id', '=', 'c.id')
        .where('u.ours', '=', 1)
        .where('u.occurred_at', '<=', endMs)
        .as('updates'),
      eb
        .selectFrom('touchpoints as u')
        .select((u) => u.fn.max('u.occurred_at').as('last'))
        .whereRef('u.complaint_id', '=', 'c.id')
        .where('u.ours', '=', 1)
        .where('u.occurred_at', '<=', endMs)
        .as('last_update'),
    ])
    .where('c.complaint_status', 'is not', null)
    .where('c.occurred_at', '<=', endMs);
  if (filter.complaintId !== undefined) query = query.where('c.id', '=', filter.complaintId);
  if (filter.accountId !== undefined) query = query.where('c.account_id', '=', filter.accountId);
  else if (filter.complaintId === undefined) query = query.where('a.status', '=', 'active');
  if (filter.owner) query = query.where('a.owner', '=', filter.owner);
  if (filter.accountId === undefined && filter.complaintId === undefined) {
    const since = filter.resolvedSinceMs;
    query = query.where((eb) => {
      const open = eb.or([eb('c.resolved_at', '>', endMs), eb.and([eb('c.resolved_at', 'is', null), eb('c.complaint_status', '=', 'open')])]);
      return since === undefined ? open : eb.or([open, eb.and([eb('c.resolved_at', '>=', since), eb('c.resolved_at', '<=', endMs)])]);
    });
  }
  const rows = await query.orderBy('c.occurred_at').orderBy('c.id').execute();
  return rows.map((r) => ({
    complaintId: r.id,
    accountId: r.account_id,
    accountName: r.name,
    owner: r.owner,
    value: r.value,
    accountStatus: r.status,
    subject: r.subject,
    notes: r.notes,
    channel: r.channel,
    openedMs: r.occurred_at,
    status: r.complaint_status ?? 'open',
    resolvedMs: r.resolved_at,
    updates: Number(r.updates ?? 0),
    lastUpdateMs: r.last_update === null || r.last_update === undefined ? null : Number(r.last_update),
  }));
}

/** Marks a complaint resolved at an instant. */
export async function markResolved(db: Kysely<Database>, complaintId: number, resolvedMs: number): Promise<void> {
  await db.updateTable('touchpoints').set({ complaint_status: 'resolved', resolved_at: resolvedMs }).where('id', '=', complaintId).execute();
}

/** The channel of our latest update about a complaint, to answer the same way. */
export async function lastUpdateChannel(db: Kysely<Database>, complaintId: number): Promise<string | null> {
  const row = await db
    .selectFrom('touchpoints')
    .select('channel')
    .where('complaint_id', '=', complaintId)
    .orderBy('occurred_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.channel ?? null;
}

/** When we first updated the customer about a complaint (epoch ms), null when never. */
export async function firstUpdateAt(db: Kysely<Database>, complaintId: number): Promise<number | null> {
  const row = await db
    .selectFrom('touchpoints')
    .select((eb) => eb.fn.min('occurred_at').as('first'))
    .where('complaint_id', '=', complaintId)
    .executeTakeFirst();
  return row?.first === null || row?.first === undefined ? null : Number(row.first);
}
