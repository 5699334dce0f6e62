import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type MigrationProvider } from 'kysely';
import { MIGRATIONS } from './migrations/index';
import type { Database } from './schema';

export interface Store {
  /** The typed query builder every repository uses. */
  db: Kysely<Database>;
  /** The raw connection, for prepared bulk statements and synchronous transactions. */
  sqlite: BetterSqlite3.Database;
  file: string;
  /** The better-sqlite3 addon the connection was opened with, for threads that open their own. */
  nativeBinding?: string;
  /** Has `close()` wait for work on another thread that uses this store's file (a background checkpoint). */
  waitFor(work: Promise<void>): Promise<void>;
  /** Waits for that work, then closes the connection. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * Path to a better-sqlite3 `.node` addon built for a different runtime ABI.
   * The Electron main process passes its Electron-ABI build here so the Node
   * build in node_modules stays untouched for tests, the CLI and the browser host.
   */
  nativeBinding?: string;
  readonly?: boolean;
}

const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};

/**
 * Opens (creating if needed) a Tend store and brings its schema up to date.
 *
 * @example
 *   const store = await openStore('/tmp/tend.db');
 *   const n = await store.db.selectFrom('accounts').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
 */
export async function openStore(file: string, options: OpenOptions = {}): Promise<Store> {
  const sqlite = new BetterSqlite3(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
  });
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('cache_size = -16384');
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const pending = new Set<Promise<void>>();
  return {
    db,
    sqlite,
    file,
    nativeBinding: options.nativeBinding,
    waitFor: (work) => {
      pending.add(work);
      return work.finally(() => pending.delete(work));
    },
    close: async () => {
      await Promise.all(pending);
      await db.destroy();
    },
  };
}

/** Runs every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableName: 'tend_migrations', migrationLockTableName: 'tend_migrations_lock' });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(`Could not bring the database up to date${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
