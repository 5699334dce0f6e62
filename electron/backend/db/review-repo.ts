import type { Kysely } from 'kysely';
import type { IsoDay, ReviewState } from '../../../shared/domain';
import type { Database } from './schema';

/** Review states that matter on a day: reviewed that day, or snoozed past it. */
export async function reviewStatesFor(db: Kysely<Database>, day: IsoDay): Promise<Map<number, ReviewState>> {
  const rows = await db
    .selectFrom('review_state')
    .selectAll()
    .where((eb) => eb.or([eb('reviewed_on', '=', day), eb('snoozed_until', '>', day)]))
    .execute();
  return new Map(rows.map((r) => [r.account_id, { accountId: r.account_id, reviewedOn: r.reviewed_on, snoozedUntil: r.snoozed_until }]));
}

export async function setReviewed(db: Kysely<Database>, accountId: number, day: IsoDay | null): Promise<void> {
  await db
    .insertInto('review_state')
    .values({ account_id: accountId, reviewed_on: day, snoozed_until: null })
    .onConflict((oc) => oc.column('account_id').doUpdateSet({ reviewed_on: day }))
    .execute();
}

export async function setSnoozed(db: Kysely<Database>, accountId: number, until: IsoDay | null): Promise<void> {
  await db
    .insertInto('review_state')
    .values({ account_id: accountId, reviewed_on: null, snoozed_until: until })
    .onConflict((oc) => oc.column('account_id').doUpdateSet({ snoozed_until: until }))
    .execute();
}
