import BetterSqlite3 from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckpointSetup } from './background-checkpoint';

/**
 * Folds the WAL into the database file on a thread of its own (see
 * background-checkpoint.ts). A passive checkpoint first copies what it can
 * without holding anyone up; the truncating one then finishes the rest and
 * gives the WAL's disk space back, waiting briefly for writers if it must.
 */
const { file, nativeBinding } = workerData as CheckpointSetup;
const sqlite = new BetterSqlite3(file, { nativeBinding });
try {
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('wal_checkpoint(PASSIVE)');
  const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number; log: number; checkpointed: number }>;
  parentPort!.postMessage({ folded: result?.busy === 0 });
} finally {
  sqlite.close();
}
