import type { Kysely } from 'kysely';
import type { Store } from './db/connection';
import type { Database } from './db/schema';
import type { FileRegistry } from './import/file-registry';
import type { ImportJobs } from './import/import-jobs';
import type { Scoreboard } from './services/scoreboard';
import type { ScoreHistory } from './services/snapshots';

/** What every group of handlers works with: one open store, its scores, and the clock. */
export interface BackendContext {
  store: Store;
  db: Kysely<Database>;
  scoreboard: Scoreboard;
  files: FileRegistry;
  imports: ImportJobs;
  /** Daily score snapshots and their back-fill. */
  history: ScoreHistory;
  /** The wall clock (injectable for tests); only used to stamp when rows were written. */
  now: () => number;
}
