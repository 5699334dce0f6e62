import type { Store } from '../db/connection';

/**
 * Files this big load in bulk: the scoring index dropped and rebuilt once at
 * the end, and the WAL folded into the database by another thread afterwards.
 */
export const BULK_LOAD_BYTES = 16 * 1024 * 1024;

/**
 * Keeping the covering scoring index up to date row by row makes a bulk load
 * 3–5× slower (see docs/architecture.md); for a big file it is cheaper to drop
 * it inside the import's transaction and build it once afterwards. Being in the
 * transaction, a failed or cancelled import gets the index back with its rollback.
 */
export async function withBulkLoadIndexes(store: Store, bulk: boolean, load: () => Promise<void>): Promise<void> {
  if (!bulk) return load();
  const index = store.sqlite
    .prepare("select name, sql from sqlite_master where type = 'index' and name = 'touchpoints_scoring'")
    .get() as { name: string; sql: string } | undefined;
  if (!index) return load();
  store.sqlite.exec(`drop index ${index.name}`);
  await load();
  store.sqlite.exec(index.sql);
}

/** Page cache for the import's connection while it loads: fewer spills of half-filled pages to the WAL. */
const IMPORT_CACHE_KIB = 16 * 1024;

/**
 * Connection settings for the length of one import, put back afterwards (the
 * CLI imports on the connection it goes on using).
 *
 * Foreign keys are off because every key the import writes is one it has just
 * read or made inside the same write transaction: account ids come from the
 * accounts table read after `begin immediate` or from rows it inserted, and
 * the batch id from its own insert. Checking them again costs a B-tree
 * look-up per key, about a third of the insert time measured here. SQLite
 * ignores this pragma inside a transaction, so it is set before `begin`.
 *
 * For a bulk load the commit does not fold the WAL into the database itself:
 * the import hands that to another thread (checkpointInBackground).
 */
export function withImportSettings<T>(store: Store, bulk: boolean, run: () => Promise<T>): Promise<T> {
  const { sqlite } = store;
  const foreignKeys = sqlite.pragma('foreign_keys', { simple: true }) as number;
  const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number;
  const autoCheckpoint = sqlite.pragma('wal_autocheckpoint', { simple: true }) as number;
  sqlite.pragma('foreign_keys = OFF');
  sqlite.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  if (bulk) sqlite.pragma('wal_autocheckpoint = 0');
  return run().finally(() => {
    sqlite.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    sqlite.pragma(`cache_size = ${cacheSize}`);
    sqlite.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
  });
}
