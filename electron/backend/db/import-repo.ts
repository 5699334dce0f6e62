import type BetterSqlite3 from 'better-sqlite3';
import type { ImportBatchInfo } from '../../../shared/contract';
import { sql, type Kysely } from 'kysely';
import { UserError } from '../user-error';
import type { AccountKeys } from '../import/account-index';
import { FingerprintSet } from '../import/fingerprint-set';
import { runBulk } from './bulk';
import type { Store } from './connection';
import { rawRows } from './raw-rows';
import type { Database } from './schema';

/** One import as stored: the history's view of it (see the contract), with instants as numbers and the mapping used. */
export type ImportBatchRecord = Omit<ImportBatchInfo, 'startedAt' | 'undoneAt'> & {
  fileHash: string;
  fileBytes: number;
  startedAt: number;
  finishedAt: number;
  undoneAt: number | null;
  mapping: unknown;
};

export type NewBatch = Pick<ImportBatchRecord, 'kind' | 'fileName' | 'fileHash' | 'fileBytes' | 'startedAt' | 'mapping'>;
export type BatchCounts = Pick<ImportBatchRecord, 'rowsRead' | 'added' | 'duplicates' | 'rejected' | 'accountsCreated' | 'accountsUpdated' | 'finishedAt' | 'fileHash'>;

/** Every fingerprint already stored, streamed into a compact set: re-imports and overlapping exports are checked against it in memory. */
export function loadFingerprints(store: Store): FingerprintSet {
  const compiled = store.db.selectFrom('touchpoints').select('fingerprint').where('fingerprint', 'is not', null).compile();
  const statement = store.sqlite.prepare(compiled.sql).pluck();
  const counted = store.db.selectFrom('touchpoints').select((eb) => eb.fn.countAll<number>().as('n')).compile();
  const count = store.sqlite.prepare(counted.sql).pluck().get(...(counted.parameters as unknown[])) as number;
  const set = new FingerprintSet(count);
  for (const fingerprint of statement.iterate(...(compiled.parameters as unknown[])) as Iterable<string>) set.add(fingerprint);
  return set;
}

/** Accounts by external id and by name, for resolving the "account" column of an import. */
export function loadAccountKeys(store: Store): AccountKeys[] {
  return rawRows(store.sqlite, store.db.selectFrom('accounts').select(['id', 'external_id', 'name', 'owner'])) as AccountKeys[];
}

/**
 * The id SQLite would give the next account: past every id in use and every
 * id ever used (accounts.id is AUTOINCREMENT, so deleted ids are not reused).
 * Only meaningful inside a write transaction, which keeps it so.
 */
export function nextAccountId(store: Store): number {
  const used = store.sqlite.prepare("select max(coalesce((select seq from sqlite_sequence where name = 'accounts'), 0), coalesce((select max(id) from accounts), 0))").pluck().get() as number;
  return used + 1;
}

export function insertBatch(store: Store, batch: NewBatch): number {
  const compiled = store.db
    .insertInto('import_batches')
    .values({
      kind: batch.kind,
      file_name: batch.fileName,
      file_hash: batch.fileHash,
      file_bytes: batch.fileBytes,
      mapping: JSON.stringify(batch.mapping),
      status: 'complete',
      started_at: batch.startedAt,
      finished_at: batch.startedAt,
      rows_read: 0,
      added: 0,
      duplicates: 0,
      rejected: 0,
      accounts_created: 0,
      accounts_updated: 0,
    })
    .compile();
  return Number(store.sqlite.prepare(compiled.sql).run(...(compiled.parameters as unknown[])).lastInsertRowid);
}

export function finishBatch(store: Store, id: number, counts: BatchCounts): void {
  const compiled = store.db
    .updateTable('import_batches')
    .set({
      rows_read: counts.rowsRead,
      added: counts.added,
      duplicates: counts.duplicates,
      rejected: counts.rejected,
      accounts_created: counts.accountsCreated,
      accounts_updated: counts.accountsUpdated,
      finished_at: counts.finishedAt,
      // Known only once the whole file has been read (the reading thread hashes it as it goes).
      file_hash: counts.fileHash,
    })
    .where('id', '=', id)
    .compile();
  store.sqlite.prepare(compiled.sql).run(...(compiled.parameters as unknown[]));
}

/**
 * Prepared statements for the bulk part of an import, compiled from kysely
 * once (so the SQL stays here) and run with positional values per row.
 */
export interface ImportStatements {
  insertTouchpoint: BetterSqlite3.Statement;
  /** `TOUCHPOINTS_PER_INSERT` touchpoints at once, their values one after another in one array. */
  insertTouchpoints: BetterSqlite3.Statement;
  insertAccount: BetterSqlite3.Statement;
  /** The same with the id given: a contact log's new accounts get theirs while the file is read (see `nextAccountId`). */
  insertAccountWithId: BetterSqlite3.Statement;
  updateAccount: BetterSqlite3.Statement;
  insertReject: BetterSqlite3.Statement;
  recordAccountChange: BetterSqlite3.Statement;
  setCreatedOn: BetterSqlite3.Statement;
  /** name, owner, tier, value, status of one account, for recording what an update changes. */
  readAccount: BetterSqlite3.Statement;
}

/** Column order of `insertTouchpoint`'s values (the batch and the created-at are in the statement itself). */
export const TOUCHPOINT_INSERT_COLUMNS = [
  'account_id', 'occurred_at', 'channel', 'direction', 'person', 'subject', 'notes', 'sentiment', 'sentiment_source',
  'complaint_status', 'resolved_at', 'come_back', 'refer', 'ours', 'fingerprint',
] as const;

/**
 * Touchpoints per multi-row insert. Each statement run crosses from
 * JavaScript into better-sqlite3 and back and builds a result object; 32 rows
 * a run took the INSERTs of a million rows (timed alone, values made
 * beforehand) from ~3.2 s to ~2.6 s here, a few tenths of a second off the
 * whole import. Larger groups gained nothing more.
 */
export const TOUCHPOINTS_PER_INSERT = 32;

/**
 * The statements for one batch. Its id and created-at are written into the
 * touchpoint insert as literals (both are numbers Tend made): two values
 * fewer to bind per row of a million-row file.
 */
export function prepareImportStatements(store: Store, batch: { id: number; createdAt: number }): ImportStatements {
  const { db, sqlite } = store;
  const placeholderRow = Object.fromEntries(TOUCHPOINT_INSERT_COLUMNS.map((c) => [c, null]));
  const touchpointRow = { ...placeholderRow, batch_id: sql.lit(batch.id), created_at: sql.lit(batch.createdAt) } as never;
  const touchpoint = db.insertInto('touchpoints').values(touchpointRow).compile();
  const touchpoints = db
    .insertInto('touchpoints')
    .values(Array.from({ length: TOUCHPOINTS_PER_INSERT }, () => touchpointRow))
    .compile();
  const account = db
    .insertInto('accounts')
    .values({ external_id: '', name: '', owner: '', tier: '', value: 0, status: 'active', created_on: '', tags: '[]', batch_id: 0 })
    .compile();
  const accountWithId = db
    .insertInto('accounts')
    .values({ id: 0, external_id: '', name: '', owner: '', tier: '', value: 0, status: 'active', created_on: '', tags: '[]', batch_id: 0 })
    .compile();
  const update = db
    .updateTable('accounts')
    .set({ name: '', owner: '', tier: '', value: 0, status: 'active' })
    .where('id', '=', 0)
    .compile();
  const reject = db.insertInto('import_rejects').values({ batch_id: 0, line: 0, reason: '', cells: '' }).compile();
  const change = db.insertInto('import_account_changes').values({ batch_id: 0, account_id: 0, previous: '' }).compile();
  const createdOn = db.updateTable('accounts').set({ created_on: '' }).where('id', '=', 0).compile();
  const read = db.selectFrom('accounts').select(['name', 'owner', 'tier', 'value', 'status']).where('id', '=', 0).compile();
  return {
    insertTouchpoint: sqlite.prepare(touchpoint.sql),
    insertTouchpoints: sqlite.prepare(touchpoints.sql),
    insertAccount: sqlite.prepare(account.sql),
    insertAccountWithId: sqlite.prepare(accountWithId.sql),
    updateAccount: sqlite.prepare(update.sql),
    insertReject: sqlite.prepare(reject.sql),
    recordAccountChange: sqlite.prepare(change.sql),
    setCreatedOn: sqlite.prepare(createdOn.sql),
    readAccount: sqlite.prepare(read.sql),
  };
}

export async function listBatches(db: Kysely<Database>): Promise<ImportBatchRecord[]> {
  const rows = await db.selectFrom('import_batches').selectAll().orderBy('id', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    fileName: r.file_name,
    fileHash: r.file_hash,
    fileBytes: r.file_bytes,
    status: r.status,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    undoneAt: r.undone_at,
    rowsRead: r.rows_read,
    added: r.added,
    duplicates: r.duplicates,
    rejected: r.rejected,
    accountsCreated: r.accounts_created,
    accountsUpdated: r.accounts_updated,
    mapping: JSON.parse(r.mapping) as unknown,
  }));
}

export async function batchRejects(db: Kysely<Database>, batchId: number): Promise<Array<{ line: number; reason: string; cells: string[] }>> {
  const rows = await db.selectFrom('import_rejects').select(['line', 'reason', 'cells']).where('batch_id', '=', batchId).orderBy('line').execute();
  return rows.map((r) => ({ line: r.line, reason: r.reason, cells: JSON.parse(r.cells) as string[] }));
}

export interface UndoResult {
  batchId: number;
  touchpointsRemoved: number;
  accountsRemoved: number;
  accountsRestored: number;
}

/**
 * Takes a batch back out, in one transaction: its touchpoints and the accounts
 * it created go, accounts it changed get their old values back, and the batch
 * stays in the history marked undone. Refuses (changing nothing) when a later
 * import or a logged touch has since built on an account this batch created.
 */
export function undoBatch(store: Store, batchId: number, now: number): UndoResult {
  const { db } = store;
  let result: UndoResult | null = null;
  runBulk(store, (bulk) => {
    const [batch] = bulk.all(db.selectFrom('import_batches').select(['status', 'file_name']).where('id', '=', batchId));
    if (!batch) throw new UserError('not_found', `There is no import #${batchId}. See the import history for the numbers.`);
    if (batch.status === 'undone') throw new UserError('conflict', `Import #${batchId} (${batch.file_name}) has already been undone.`);
    const [dependants] = bulk.all(
      db
        .selectFrom('touchpoints as t')
        .innerJoin('accounts as a', 'a.id', 't.account_id')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('a.batch_id', '=', batchId)
        .where((eb) => eb.or([eb('t.batch_id', 'is', null), eb('t.batch_id', '!=', batchId)])),
    );
    if (dependants && Number(dependants.n) > 0) {
      throw new UserError(
        'conflict',
        `Import #${batchId} created accounts that later imports or logged touches have added to (${dependants.n} touchpoints). Undo those later imports first.`,
      );
    }
    const touchpoints = bulk.run(db.deleteFrom('touchpoints').where('batch_id', '=', batchId)).changes;
    const changes = bulk.all(db.selectFrom('import_account_changes').select(['account_id', 'previous']).where('batch_id', '=', batchId));
    for (const change of changes) {
      const previous = JSON.parse(change.previous) as { name: string; owner: string; tier: string; value: number; status: 'active' | 'churned' };
      bulk.run(db.updateTable('accounts').set(previous).where('id', '=', change.account_id));
    }
    const accounts = bulk.run(db.deleteFrom('accounts').where('batch_id', '=', batchId)).changes;
    bulk.run(db.updateTable('import_batches').set({ status: 'undone', undone_at: now }).where('id', '=', batchId));
    result = { batchId, touchpointsRemoved: touchpoints, accountsRemoved: accounts, accountsRestored: changes.length };
  });
  return result!;
}
