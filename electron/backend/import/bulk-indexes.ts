import type { Store } from '../db/connection';

/** Files bigger than this load with the scoring index dropped and rebuilt once at the end. */
export const BULK_LOAD_BYTES = 16 * 1024 * 1024;

/**
 * Keeping the covering scoring index up to date row by row makes a bulk load
 * 3–5× slower (see docs/architecture.md); for a big file it is cheaper to drop
 * it inside the import's transaction and build it once afterwards. Being in the
 * transaction, a failed or cancelled import gets the index back with its rollback.
 */
export async function withBulkLoadIndexes(store: Store, fileBytes: number, load: () => Promise<void>): Promise<void> {
  if (fileBytes < BULK_LOAD_BYTES) return load();
  const index = store.sqlite
    .prepare("select name, sql from sqlite_master where type = 'index' and name = 'touchpoints_scoring'")
    .get() as { name: string; sql: string } | undefined;
  if (!index) return load();
  store.sqlite.exec(`drop index ${index.name}`);
  await load();
  store.sqlite.exec(index.sql);
}
