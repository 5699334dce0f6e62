import type { Kysely, Selectable } from 'kysely';
import type { NewTouchpoint, Touchpoint } from '../../../shared/domain';
import { toTouchpoint } from './rows';
import type { Database, TouchpointsTable } from './schema';

/** Our contact: we reached out, or we met (a meeting is two-way). Inbound calls and emails are the customer's effort. */
export function isOurContact(touchpoint: Pick<NewTouchpoint, 'direction' | 'channel'>): boolean {
  return touchpoint.direction === 'outbound' || touchpoint.channel === 'meeting';
}

export function touchpointValues(touchpoint: NewTouchpoint, createdAt: number) {
  return {
    account_id: touchpoint.accountId,
    occurred_at: Date.parse(touchpoint.occurredAt),
    channel: touchpoint.channel,
    direction: touchpoint.direction,
    person: touchpoint.person,
    subject: touchpoint.subject,
    notes: touchpoint.notes,
    sentiment: touchpoint.sentiment,
    sentiment_source: touchpoint.sentiment === null ? null : touchpoint.sentimentSource,
    complaint_status: touchpoint.complaintStatus,
    resolved_at: touchpoint.resolvedAt === null ? null : Date.parse(touchpoint.resolvedAt),
    come_back: touchpoint.comeBack,
    refer: touchpoint.refer,
    created_at: createdAt,
    ours: isOurContact(touchpoint) ? 1 : 0,
  };
}

export async function insertTouchpoint(db: Kysely<Database>, touchpoint: NewTouchpoint, createdAt: number): Promise<number> {
  const row = await db
    .insertInto('touchpoints')
    .values(touchpointValues(touchpoint, createdAt))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function touchpointInsertQuery(db: Kysely<Database>, touchpoint: NewTouchpoint, createdAt: number) {
  return db.insertInto('touchpoints').values(touchpointValues(touchpoint, createdAt));
}

export async function countTouchpoints(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('touchpoints').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A stored touchpoint with what ties it to the rest: its complaint (for an update) and its import. */
export interface StoredTouchpoint extends Touchpoint {
  complaintId: number | null;
  batchId: number | null;
}

export function toStoredTouchpoint(row: Selectable<TouchpointsTable>): StoredTouchpoint {
  return { ...toTouchpoint(row), complaintId: row.complaint_id, batchId: row.batch_id };
}

export async function getTouchpoint(db: Kysely<Database>, id: number): Promise<StoredTouchpoint | null> {
  const row = await db.selectFrom('touchpoints').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toStoredTouchpoint(row) : null;
}

/** Ties a touchpoint to the complaint it answers (for bulk loads). */
export function complaintLinkQuery(db: Kysely<Database>, touchpointId: number, complaintId: number) {
  return db.updateTable('touchpoints').set({ complaint_id: complaintId }).where('id', '=', touchpointId);
}

/** Inserts a touchpoint that answers a complaint (or not, with null). */
export async function insertLinkedTouchpoint(db: Kysely<Database>, touchpoint: NewTouchpoint, complaintId: number | null, createdAt: number): Promise<number> {
  const row = await db
    .insertInto('touchpoints')
    .values({ ...touchpointValues(touchpoint, createdAt), complaint_id: complaintId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Rewrites a touchpoint's own fields (the whole touchpoint, already merged
 * with the edit). Its account, creation time, import batch, fingerprint and
 * complaint link stay as they were.
 */
export async function replaceTouchpoint(db: Kysely<Database>, id: number, touchpoint: NewTouchpoint): Promise<void> {
  const { account_id: _account, created_at: _created, ...values } = touchpointValues(touchpoint, 0);
  await db.updateTable('touchpoints').set(values).where('id', '=', id).execute();
}

/**
 * Deletes a touchpoint. The updates that answered it, when it is a complaint,
 * stay (they still happened and still count as contact) and lose their link
 * through the foreign key's ON DELETE SET NULL.
 */
export async function deleteTouchpoint(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('touchpoints').where('id', '=', id).execute();
}
