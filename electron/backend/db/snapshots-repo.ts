import { sql, type Kysely } from 'kysely';
import type { ScorePair } from '../../../shared/history/drops';
import type { DropWindow } from '../../../shared/history/drops';
import type { ScorePoint } from '../../../shared/api/account-page';
import type { Band, IsoDay } from '../../../shared/domain';
import type { Store } from './connection';
import { rawRows } from './raw-rows';
import type { Database } from './schema';

export interface SnapshotRow {
  accountId: number;
  day: IsoDay;
  score: number;
  band: Band;
}

/**
 * One upsert, compiled by kysely once and run through one prepared
 * statement per row: compiling 50,000 kysely queries would take longer than
 * writing the rows. A snapshot written on its day replaces anything; a
 * back-filled one never replaces a snapshot written on its day.
 */
function upsertStatement(store: Store, backfilled: boolean) {
  const query = store.db
    .insertInto('score_snapshots')
    .values({ account_id: -1, day: '', score: -1, band: 'healthy', backfilled: backfilled ? 1 : 0 })
    .onConflict((oc) => {
      const update = oc.columns(['account_id', 'day']).doUpdateSet((eb) => ({
        score: eb.ref('excluded.score'),
        band: eb.ref('excluded.band'),
        backfilled: eb.ref('excluded.backfilled'),
      }));
      return backfilled ? update.where('score_snapshots.backfilled', '=', 1) : update;
    });
  const compiled = query.compile();
  const [id, day, score, band, flag, ...rest] = compiled.parameters;
  // The row's values must come first, in this order, for the positional run below.
  if (id !== -1 || day !== '' || score !== -1 || band !== 'healthy' || flag !== (backfilled ? 1 : 0)) {
    throw new Error('Unexpected parameter order in the snapshot upsert');
  }
  const statement = store.sqlite.prepare(compiled.sql);
  return (row: SnapshotRow) => statement.run(row.accountId, row.day, row.score, row.band, backfilled ? 1 : 0, ...rest);
}

/**
 * Runs synchronous writes that fail at once with SQLITE_BUSY, instead of
 * waiting, while another connection (an import) holds the store: background
 * work must not stall every call for the busy timeout.
 */
export function withoutWaiting<T>(store: Store, work: () => T): T {
  const previous = Number(store.sqlite.pragma('busy_timeout', { simple: true }));
  store.sqlite.pragma('busy_timeout = 0');
  try {
    return work();
  } finally {
    store.sqlite.pragma(`busy_timeout = ${previous}`);
  }
}

/** Writes snapshots in one transaction: all of them, or none. With `wait: false`, see `withoutWaiting`. */
export function writeSnapshots(store: Store, rows: Iterable<SnapshotRow>, backfilled: boolean, options: { wait: boolean } = { wait: true }): number {
  const write = upsertStatement(store, backfilled);
  let count = 0;
  const transaction = store.sqlite.transaction(() => {
    for (const row of rows) {
      write(row);
      count++;
    }
  });
  if (options.wait) transaction();
  else withoutWaiting(store, () => transaction());
  return count;
}

/** One account's snapshots between two days (inclusive), oldest first. */
export async function accountHistory(db: Kysely<Database>, accountId: number, fromDay: IsoDay, toDay: IsoDay): Promise<ScorePoint[]> {
  return db
    .selectFrom('score_snapshots')
    .select(['day', 'score', 'band'])
    .where('account_id', '=', accountId)
    .where('day', '>=', fromDay)
    .where('day', '<=', toDay)
    .orderBy('day')
    .execute();
}

/** Which of these days already hold at least one snapshot (index `score_snapshots_day`). */
export function daysWithSnapshots(store: Store, days: IsoDay[]): Set<IsoDay> {
  if (days.length === 0) return new Set();
  const query = store.db.selectFrom('score_snapshots').select('day').distinct().where('day', 'in', days);
  return new Set((rawRows(store.sqlite, query) as [string][]).map(([day]) => day));
}

/** Thins snapshots older than `beforeDay` to one a week (Mondays); returns how many went. */
export function pruneSnapshots(store: Store, beforeDay: IsoDay): number {
  // strftime's %w (1 = Monday) is the one way to name a weekday in SQLite.
  const compiled = store.db
    .deleteFrom('score_snapshots')
    .where('day', '<', beforeDay)
    .where(sql<string>`strftime('%w', day)`, '!=', '1')
    .compile();
  return store.sqlite.prepare(compiled.sql).run(...(compiled.parameters as unknown[])).changes;
}

/** The latest day holding snapshots within [notBefore, onOrBefore], via the index on day; null when none. */
async function latestSnapshotDay(db: Kysely<Database>, onOrBefore: IsoDay, after: IsoDay | null, notBefore: IsoDay | null): Promise<IsoDay | null> {
  let query = db.selectFrom('score_snapshots').select((eb) => eb.fn.max('day').as('day')).where('day', '<=', onOrBefore);
  if (after !== null) query = query.where('day', '>', after);
  if (notBefore !== null) query = query.where('day', '>=', notBefore);
  return (await query.executeTakeFirst())?.day ?? null;
}

/**
 * Every active account's score (one owner's, or everyone's) on the two days
 * a drop compares: the latest snapshot day on or before `toOnOrBefore`, and
 * the latest on or before `fromOnOrBefore` (not before `fromNotBefore`).
 * Snapshot days hold every active account (today's rescore, the back-fill),
 * so two index range reads of one day each answer it. Only falls come back;
 * the caller ranks them.
 */
export async function scorePairs(db: Kysely<Database>, window: DropWindow, owner: string | null): Promise<ScorePair[]> {
  const toDay = await latestSnapshotDay(db, window.toOnOrBefore, window.fromOnOrBefore, null);
  const fromDay = await latestSnapshotDay(db, window.fromOnOrBefore, null, window.fromNotBefore);
  if (toDay === null || fromDay === null) return [];
  let query = db
    .selectFrom('accounts as a')
    .innerJoin('score_snapshots as f', (join) => join.onRef('f.account_id', '=', 'a.id').on('f.day', '=', fromDay))
    .innerJoin('score_snapshots as t', (join) => join.onRef('t.account_id', '=', 'a.id').on('t.day', '=', toDay))
    .select(['a.id', 'a.name', 'a.owner', 'a.value', 'f.score as from_score', 'f.band as from_band', 't.score as to_score', 't.band as to_band'])
    .where('a.status', '=', 'active')
    .whereRef('t.score', '<', 'f.score');
  if (owner !== null) query = query.where('a.owner', '=', owner);
  const rows = await query.execute();
  return rows.map((r) => ({
    accountId: r.id,
    name: r.name,
    owner: r.owner,
    value: r.value,
    from: { day: fromDay, score: r.from_score, band: r.from_band },
    to: { day: toDay, score: r.to_score, band: r.to_band },
  }));
}

/** An account as a back-fill scores it. */
export interface HistoryAccount {
  id: number;
  tier: string;
  value: number;
  createdOn: IsoDay;
  /** The day it churned, when it has: it has no score from then on. */
  churnedOn: IsoDay | null;
}

/** Accounts that were active at some point since `firstDay`, by id. */
export function historyAccounts(store: Store, firstDay: IsoDay, ids?: number[]): HistoryAccount[] {
  let query = store.db
    .selectFrom('accounts')
    .select(['id', 'tier', 'value', 'created_on', 'churned_on'])
    .where((eb) => eb.or([eb('status', '=', 'active'), eb('churned_on', '>', firstDay)]));
  if (ids) query = query.where('id', 'in', ids.length ? ids : [-1]);
  const rows = rawRows(store.sqlite, query.orderBy('id')) as [number, string, number, string, string | null][];
  return rows.map(([id, tier, value, createdOn, churnedOn]) => ({ id, tier, value, createdOn, churnedOn }));
}

/**
 * What the back-fill reads of the accounts with ids in [fromId, toId], up to
 * an instant, each list by account and time, as arrays (see raw-rows.ts).
 * Three reads, each through an index that covers it: every touchpoint via
 * `touchpoints_scoring`, complaints and survey answers via their partial
 * indexes; one query for all the columns would look up a million table rows.
 */
export function historyRows(store: Store, fromId: number, toId: number, endMs: number) {
  const base = store.db.selectFrom('touchpoints').where('account_id', '>=', fromId).where('account_id', '<=', toId).where('occurred_at', '<=', endMs);
  const contacts = base.select(['account_id', 'occurred_at', 'ours', 'sentiment']).orderBy('account_id').orderBy('occurred_at');
  const complaints = base
    .select(['account_id', 'occurred_at', 'complaint_status', 'resolved_at'])
    .where('complaint_status', 'is not', null)
    .orderBy('account_id')
    .orderBy('occurred_at');
  const surveys = base
    .select(['account_id', 'occurred_at', 'come_back', 'refer'])
    .where((eb) => eb.or([eb('come_back', 'is not', null), eb('refer', 'is not', null)]))
    .orderBy('account_id')
    .orderBy('occurred_at');
  return {
    contacts: rawRows(store.sqlite, contacts) as [accountId: number, at: number, ours: number, sentiment: number | null][],
    complaints: rawRows(store.sqlite, complaints) as [accountId: number, at: number, status: 'open' | 'resolved', resolvedAt: number | null][],
    surveys: rawRows(store.sqlite, surveys) as [accountId: number, at: number, comeBack: number | null, refer: number | null][],
  };
}

/** Where the back-fill notes its last complete run (a setting), written without waiting for a lock. */
export function saveHistoryRun(store: Store, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  const compiled = store.db
    .insertInto('settings')
    .values({ key, value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
    .compile();
  withoutWaiting(store, () => store.sqlite.prepare(compiled.sql).run(...(compiled.parameters as unknown[])));
}

/** The last time an import finished or was undone (epoch ms), 0 when never: history from before it may be stale. */
export async function lastImportChange(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('import_batches')
    .select((eb) => [eb.fn.max('finished_at').as('finished'), eb.fn.max('undone_at').as('undone')])
    .executeTakeFirst();
  return Math.max(Number(row?.finished ?? 0), Number(row?.undone ?? 0));
}
