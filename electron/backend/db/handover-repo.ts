import type { Kysely } from 'kysely';
import { chunks } from './accounts-repo';
import type { Database } from './schema';

/**
 * An "introduce the new owner" item. Whether a touch has answered it is
 * worked out from the account's scores each time the list is read
 * (services/today.ts), so nothing here marks it done (`done_at` stays null);
 * handing the account on again replaces it.
 */
export interface PendingIntro {
  accountId: number;
  from: string;
  to: string;
  /** Epoch ms: a touch of ours after this instant is the introduction. */
  since: number;
}

/**
 * Leaves an intro item on each account for its new owner, replacing any
 * earlier one (an account handed on again before anyone called). The item
 * waits for a touch after the hand-over, or after the latest touch already
 * in the store if that is later: a contact recorded before the accounts
 * changed hands (an import dated later in the day, say) is not an introduction.
 */
export async function upsertIntros(db: Kysely<Database>, accountIds: number[], from: string, to: string, at: number): Promise<void> {
  for (const chunk of chunks(accountIds, 2000)) {
    const latest = await db
      .selectFrom('touchpoints')
      .select((eb) => ['account_id', eb.fn.max('occurred_at').as('last')])
      .where('account_id', 'in', chunk)
      .where('ours', '=', 1)
      .groupBy('account_id')
      .execute();
    const lastById = new Map(latest.map((r) => [r.account_id, Number(r.last)]));
    await db
      .insertInto('handover_intros')
      .values(chunk.map((id) => ({ account_id: id, from_owner: from, to_owner: to, created_at: Math.max(at, lastById.get(id) ?? 0), done_at: null })))
      .onConflict((oc) =>
        oc.column('account_id').doUpdateSet((eb) => ({
          from_owner: eb.ref('excluded.from_owner'),
          to_owner: eb.ref('excluded.to_owner'),
          created_at: eb.ref('excluded.created_at'),
          done_at: null,
        })),
      )
      .execute();
  }
}

/** Every intro item, by account (at most one per account). */
export async function pendingIntros(db: Kysely<Database>): Promise<Map<number, PendingIntro>> {
  const rows = await db.selectFrom('handover_intros').select(['account_id', 'from_owner', 'to_owner', 'created_at']).where('done_at', 'is', null).execute();
  return new Map(rows.map((r) => [r.account_id, { accountId: r.account_id, from: r.from_owner, to: r.to_owner, since: r.created_at }]));
}

/** One account's intro item, if it has one. */
export async function pendingIntroOf(db: Kysely<Database>, accountId: number): Promise<PendingIntro | null> {
  const row = await db
    .selectFrom('handover_intros')
    .select(['account_id', 'from_owner', 'to_owner', 'created_at'])
    .where('account_id', '=', accountId)
    .where('done_at', 'is', null)
    .executeTakeFirst();
  return row ? { accountId: row.account_id, from: row.from_owner, to: row.to_owner, since: row.created_at } : null;
}
