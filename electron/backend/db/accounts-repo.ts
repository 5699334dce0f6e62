import type { Kysely, Selectable } from 'kysely';
import type { AccountRecord } from '../../../shared/api/accounts';
import type { Account, IsoDay, NewAccount } from '../../../shared/domain';
import type { Store } from './connection';
import { rawRows } from './raw-rows';
import { toAccount } from './rows';
import type { AccountsTable, Database } from './schema';

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

/** Stored account row → the account with its churn details. */
function toAccountRecord(row: Selectable<AccountsTable>): AccountRecord {
  return { ...toAccount(row), churnedOn: row.churned_on, churnReason: row.churn_reason };
}

export async function getAccountRecord(db: Kysely<Database>, id: number): Promise<AccountRecord | null> {
  const row = await db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toAccountRecord(row) : null;
}

/** The account that already uses a CRM id, if any. */
export async function findByExternalId(db: Kysely<Database>, externalId: string): Promise<{ id: number; name: string } | null> {
  const row = await db.selectFrom('accounts').select(['id', 'name']).where('external_id', '=', externalId).executeTakeFirst();
  return row ?? null;
}

/** Internal ids for CRM ids (the CLI names accounts by their CRM id); unknown ones are left out. */
export async function idsByExternalId(db: Kysely<Database>, externalIds: string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (const chunk of chunks(externalIds)) {
    const rows = await db.selectFrom('accounts').select(['id', 'external_id']).where('external_id', 'in', chunk).execute();
    for (const row of rows) found.set(row.external_id, row.id);
  }
  return found;
}

/** The highest account id so far, 0 for an empty store (a starting point for made-up CRM ids). */
export async function maxAccountId(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('accounts').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
  return Number(row?.max ?? 0);
}

export async function insertAccount(db: Kysely<Database>, account: NewAccount): Promise<number> {
  const row = await accountInsertQuery(db, account).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export type AccountChanges = Partial<Pick<Account, 'externalId' | 'name' | 'owner' | 'tier' | 'value' | 'tags'>>;

export async function updateAccount(db: Kysely<Database>, id: number, changes: AccountChanges): Promise<void> {
  const values = {
    ...(changes.externalId !== undefined && { external_id: changes.externalId }),
    ...(changes.name !== undefined && { name: changes.name }),
    ...(changes.owner !== undefined && { owner: changes.owner }),
    ...(changes.tier !== undefined && { tier: changes.tier }),
    ...(changes.value !== undefined && { value: changes.value }),
    ...(changes.tags !== undefined && { tags: JSON.stringify(changes.tags) }),
  };
  if (Object.keys(values).length === 0) return;
  await db.updateTable('accounts').set(values).where('id', '=', id).execute();
}

/** Marks an account churned on a day with a reason, or (null) active again. */
export async function setChurn(db: Kysely<Database>, id: number, churn: { on: IsoDay; reason: string } | null): Promise<void> {
  await db
    .updateTable('accounts')
    .set(churn ? { status: 'churned', churned_on: churn.on, churn_reason: churn.reason } : { status: 'active', churned_on: null, churn_reason: null })
    .where('id', '=', id)
    .execute();
}

/** Gives accounts a new owner (in chunks: SQLite caps the parameters of one statement). */
export async function setOwner(db: Kysely<Database>, ids: number[], owner: string): Promise<void> {
  for (const chunk of chunks(ids)) await db.updateTable('accounts').set({ owner }).where('id', 'in', chunk).execute();
}

/** An owner's accounts, active and churned, as the hand-over checks them. */
export async function listOwnedAccounts(db: Kysely<Database>, owner: string): Promise<Pick<Account, 'id' | 'name' | 'status'>[]> {
  return db.selectFrom('accounts').select(['id', 'name', 'status']).where('owner', '=', owner).orderBy('id').execute();
}

/** One row of the accounts table as stored, in select order (see listAccountTable). */
export type AccountTableRow = [id: number, externalId: string, name: string, owner: string, tier: string, value: number, status: Account['status'], tags: string, createdOn: string, churnedOn: string | null];

/**
 * Every account, active and churned, for the accounts table: one query, rows
 * as arrays (50,000 of them), tags still as their stored JSON.
 */
export function listAccountTable(store: Store): AccountTableRow[] {
  const query = store.db
    .selectFrom('accounts')
    .select(['id', 'external_id', 'name', 'owner', 'tier', 'value', 'status', 'tags', 'created_on', 'churned_on'])
    .orderBy('name')
    .orderBy('id');
  return rawRows(store.sqlite, query) as AccountTableRow[];
}

/**
 * Our last contact (outbound or meeting) on or before an instant, for every
 * churned account: the scoreboard knows it for active ones. One grouped pass
 * over the scoring index, limited to churned accounts.
 */
export function lastOurContactOfChurned(store: Store, endMs: number): Map<number, number> {
  const query = store.db
    .selectFrom('touchpoints')
    .innerJoin('accounts', 'accounts.id', 'touchpoints.account_id')
    .select((eb) => ['touchpoints.account_id', eb.fn.max('touchpoints.occurred_at').as('last')])
    .where('accounts.status', '=', 'churned')
    .where('touchpoints.ours', '=', 1)
    .where('touchpoints.occurred_at', '<=', endMs)
    .groupBy('touchpoints.account_id');
  return new Map(rawRows(store.sqlite, query) as [number, number][]);
}

const CHUNK = 5000;

/** Splits a long id list: one SQLite statement takes at most 32,766 parameters. */
export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
