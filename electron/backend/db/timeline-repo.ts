import type { Kysely } from 'kysely';
import type { IsoDay } from '../../../shared/domain';
import type { Database } from './schema';
import { toStoredTouchpoint, type StoredTouchpoint } from './touchpoints-repo';

/** An account's touchpoints, newest first; at most `limit`, and only up to `endMs` when given. */
export async function accountTouchpoints(db: Kysely<Database>, accountId: number, options: { limit?: number; endMs?: number } = {}): Promise<StoredTouchpoint[]> {
  let query = db.selectFrom('touchpoints').selectAll().where('account_id', '=', accountId);
  if (options.endMs !== undefined) query = query.where('occurred_at', '<=', options.endMs);
  query = query.orderBy('occurred_at', 'desc').orderBy('id', 'desc');
  if (options.limit !== undefined) query = query.limit(options.limit);
  return (await query.execute()).map(toStoredTouchpoint);
}

/** The account's "introduce the new owner" item, when one is still open. */
export async function openIntroFor(db: Kysely<Database>, accountId: number): Promise<{ from: string; to: string; since: number } | null> {
  const row = await db
    .selectFrom('handover_intros')
    .select(['from_owner', 'to_owner', 'created_at'])
    .where('account_id', '=', accountId)
    .where('done_at', 'is', null)
    .executeTakeFirst();
  return row ? { from: row.from_owner, to: row.to_owner, since: row.created_at } : null;
}

/** Whether the account is marked reviewed, and until when it is snoozed. */
export async function reviewStateOf(db: Kysely<Database>, accountId: number): Promise<{ reviewedOn: IsoDay | null; snoozedUntil: IsoDay | null }> {
  const row = await db.selectFrom('review_state').select(['reviewed_on', 'snoozed_until']).where('account_id', '=', accountId).executeTakeFirst();
  return { reviewedOn: row?.reviewed_on ?? null, snoozedUntil: row?.snoozed_until ?? null };
}
