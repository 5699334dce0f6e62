import type { Kysely } from 'kysely';
import type { Account, NewAccount } from '../../../shared/domain';
import type { Store } from './connection';
import { rawRows } from './raw-rows';
import { toAccount } from './rows';
import type { Database } from './schema';

export interface AccountFilter {
  status?: 'active' | 'churned';
  owner?: string | null;
  ids?: number[];
}

export async function listAccounts(db: Kysely<Database>, filter: AccountFilter = {}): Promise<Account[]> {
  let query = db.selectFrom('accounts').selectAll();
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.owner) query = query.where('owner', '=', filter.owner);
  if (filter.ids) query = query.where('id', 'in', filter.ids.length ? filter.ids : [-1]);
  const rows = await query.orderBy('id').execute();
  return rows.map(toAccount);
}

/** What scoring and today's list need of an account. */
export type ScoringAccount = Pick<Account, 'id' | 'externalId' | 'name' | 'owner' | 'tier' | 'value' | 'createdOn'>;

/**
 * Every active account, for a full rescore. Rows come back as arrays (see
 * raw-rows.ts): on 50,000 accounts that is the difference between a blink
 * and a noticeable pause.
 */
export function listScoringAccounts(store: Store): ScoringAccount[] {
  const query = store.db
    .selectFrom('accounts')
    .select(['id', 'external_id', 'name', 'owner', 'tier', 'value', 'created_on'])
    .where('status', '=', 'active')
    .orderBy('id');
  const rows = rawRows(store.sqlite, query) as [number, string, string, string, string, number, string][];
  return rows.map(([id, externalId, name, owner, tier, value, createdOn]) => ({ id, externalId, name, owner, tier, value, createdOn }));
}

export async function getAccount(db: Kysely<Database>, id: number): Promise<Account | null> {
  const row = await db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toAccount(row) : null;
}

export async function listOwners(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('accounts').select('owner').distinct().orderBy('owner').execute();
  return rows.map((r) => r.owner);
}

export async function countAccounts(db: Kysely<Database>): Promise<{ all: number; active: number }> {
  const row = await db
    .selectFrom('accounts')
    .select((eb) => [
      eb.fn.countAll<number>().as('all'),
      eb.fn.countAll<number>().filterWhere('status', '=', 'active').as('active'),
    ])
    .executeTakeFirstOrThrow();
  return { all: Number(row.all), active: Number(row.active) };
}

/** Compiled once by kysely, run through one prepared statement for bulk loads. */
export function accountInsertQuery(db: Kysely<Database>, account: NewAccount) {
  return db.insertInto('accounts').values({
    external_id: account.externalId,
    name: account.name,
    owner: account.owner,
    tier: account.tier,
    value: account.value,
    status: account.status,
    created_on: account.createdOn,
    tags: JSON.stringify(account.tags),
  });
}
