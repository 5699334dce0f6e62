import type { Kysely } from 'kysely';
import type { NewTouchpoint } from '../../../shared/domain';
import type { Database } from './schema';

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
