import { availableParallelism } from 'node:os';
import type { Store } from '../db/connection';

/**
 * Files this big load in bulk: the scoring index dropped and rebuilt once at
 * the end, and the WAL folded into the database by another thread afterwards.
 */
export const BULK_LOAD_BYTES = 16 * 1024 * 1024;

/**
 * Keeping the covering scoring index up to date row by row makes a bulk load's
 * inserts about twice as slow (4.9 s → 9.0 s for a million rows, measured
 * here; see docs/architecture.md); for a big file it is cheaper to drop
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
  buildIndex(store, index.sql);
}

/** Sort memory for building the index: small enough to cut a big table's keys into several runs. */
const INDEX_SORT_CACHE_KIB = 4 * 1024;

/**
 * Builds an index over the whole table with SQLite's sorter on helper
 * threads, one per spare core: a small sort memory cuts the keys into several
 * runs, which the helpers sort while this thread goes on scanning the table.
 * At the end of an import the other cores are otherwise idle. Measured on two
 * cores, a million rows: ~1.05 s → ~0.67 s (one helper; two were no better).
 */
function buildIndex(store: Store, createSql: string): void {
  const { sqlite } = store;
  const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number;
  const threads = sqlite.pragma('threads', { simple: true }) as number;
  sqlite.pragma(`cache_size = -${INDEX_SORT_CACHE_KIB}`);
  sqlite.pragma(`threads = ${Math.max(1, Math.min(4, availableParallelism() - 1))}`);
  try {
    sqlite.exec(createSql);
  } finally {
    sqlite.pragma(`threads = ${threads}`);
    sqlite.pragma(`cache_size = ${cacheSize}`);
  }
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
