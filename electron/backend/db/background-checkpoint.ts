import type { Store } from './connection';
import { siblingModule, startWorker } from '../worker/start-worker';

export interface CheckpointSetup {
  file: string;
  nativeBinding?: string;
}

/**
 * Copies a big write's WAL into the database file on another thread, so the
 * thread that wrote it can answer the console at once. SQLite would otherwise
 * do this inside the commit that crosses `wal_autocheckpoint`: for a million
 * imported rows, most of a second spent copying 200 MB. SQLite's documentation
 * suggests exactly this — automatic checkpoints off for the writer, the
 * checkpoint run on a thread of its own (https://sqlite.org/wal.html#ckpt).
 *
 * Nothing depends on it finishing: readers see the committed data either
 * way, and a checkpoint cut short (the app quits) is finished by the next
 * one. `store.close()` waits for it, so the CLI and tests end tidily.
 */
export function checkpointInBackground(store: Store): Promise<void> {
  const setup: CheckpointSetup = { file: store.file, nativeBinding: store.nativeBinding };
  const worker = startWorker(siblingModule(import.meta.url, 'checkpoint-worker'), { workerData: setup });
  const finished = new Promise<void>((resolve) => {
    worker.once('error', (error) => {
      // The WAL stays as it is and the next checkpoint folds it: worth a line in the log, not a failed import.
      console.warn(`Tend could not fold the write-ahead log into ${store.file} in the background: ${error.message}`);
    });
    worker.once('exit', () => resolve());
  });
  return store.waitFor(finished);
}
