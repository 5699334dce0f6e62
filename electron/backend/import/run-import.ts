import type { ImportProgressInfo } from '../../../shared/contract';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { dayOf } from '../../../shared/dates';
import type { Mapping } from '../../../shared/import/fields';
import { checkpointInBackground } from '../db/background-checkpoint';
import type { Store } from '../db/connection';
import { finishBatch, insertBatch, loadAccountKeys, loadFingerprints, nextAccountId, prepareImportStatements } from '../db/import-repo';
import { UserError } from '../user-error';
import { AccountIndex } from './account-index';
import { hashFile } from './file-hash';
import { AccountSink } from './account-sink';
import { ImportFileError } from './read/errors';
import type { OpenOptions, TableInfo } from './read/types';
import { ReaderThread } from './reader-thread';
import type { ImportCounts, RejectedRow } from './sink';
import { TouchpointWriter } from './touchpoint-writer';
import { BULK_LOAD_BYTES, withBulkLoadIndexes, withImportSettings } from './bulk-indexes';

/** `secondsLeft` is null until there is enough to estimate. */
export type ImportProgress = ImportProgressInfo;

export interface ImportRequest {
  file: string;
  /** The name shown in the history (the user's file name, not a temp upload's). */
  fileName?: string;
  mapping: Mapping;
  read?: Pick<OpenOptions, 'encoding' | 'delimiter' | 'sheet'>;
  unknownAccounts: 'create' | 'reject';
  /** Do everything, report what would happen, and keep nothing. */
  dryRun?: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  now?: () => number;
}

export interface ImportSummary extends ImportCounts {
  batchId: number | null;
  kind: Mapping['kind'];
  fileName: string;
  info: TableInfo;
  dryRun: boolean;
  millis: number;
  /** The first rejected rows (all of them are stored with the batch). */
  rejects: RejectedRow[];
}

const PROGRESS_EVERY_MS = 200;

/**
 * Imports one file as one batch, in one transaction: either the whole batch
 * lands (touchpoints, created accounts, rejected rows, the batch record) or
 * nothing does — on a bad file, on cancel, or if the process dies half-way
 * (SQLite's journal rolls an unfinished transaction back). Runs on its own
 * connection, so the console stays usable while a big file loads.
 *
 * Two threads share the work: a reading thread (reader-worker) parses the
 * file and, for a contact log, plans every row — normalised, matched to its
 * account, fingerprinted — while this one de-duplicates and writes; whichever
 * is less busy infers sentiment. On two cores the halves overlap; after a big
 * load a third folds the WAL into the database (docs/architecture.md).
 */
export async function runImport(store: Store, request: ImportRequest): Promise<ImportSummary> {
  const now = request.now ?? Date.now;
  const started = now();
  const startedPerf = performance.now();
  const fileName = request.fileName ?? basename(request.file);
  const { kind } = request.mapping;
  let fileBytes: number;
  try {
    fileBytes = statSync(request.file).size;
  } catch {
    throw new UserError('not_found', `Tend cannot find the file ${fileName}. Check that it still exists and try again.`);
  }
  request.signal?.throwIfAborted();
  // The file's hash (the history shows when the same file came twice) is read on this thread while the other parses:
  // this one has time to spare between batches. Awaited at the end; a file that cannot be read fails the import earlier.
  const stopHashing = new AbortController();
  const hashing = hashFile(request.file, stopHashing.signal);
  hashing.catch(() => {});
  let reader: ReaderThread;
  try {
    reader = await openReader(request);
  } catch (error) {
    stopHashing.abort();
    throw error;
  }
  // Cancelling ends the reading thread at once, even in the middle of a slow sheet.
  const stopReading = () => void reader.close();
  request.signal?.addEventListener('abort', stopReading, { once: true });
  const { sqlite } = store;
  const bulk = fileBytes >= BULK_LOAD_BYTES;
  try {
    return await withImportSettings(store, bulk, async () => {
      sqlite.exec('begin immediate');
      try {
        const batchId = insertBatch(store, { kind, fileName, fileHash: '', fileBytes, startedAt: started, mapping: { ...request.mapping, file: reader.info, header: reader.header } });
        const statements = prepareImportStatements(store, { id: batchId, createdAt: started });
        const touchpoints = kind === 'touchpoints' ? new TouchpointWriter({ statements, batchId, fingerprints: loadFingerprints(store) }) : null;
        const accounts =
          kind === 'accounts'
            ? new AccountSink({ statements, batchId, mapping: request.mapping, header: reader.header, accounts: new AccountIndex(loadAccountKeys(store)), today: dayOf(started) })
            : null;
        // What the plan depends on is read inside the write transaction, so it cannot change before the batch commits.
        reader.start(
          kind === 'touchpoints'
            ? { type: 'start', kind, mapping: request.mapping, unknownAccounts: request.unknownAccounts, accounts: loadAccountKeys(store), nextAccountId: nextAccountId(store) }
            : { type: 'start', kind },
        );
        const counts = (touchpoints ?? accounts!).counts;
        await withBulkLoadIndexes(store, bulk, async () => {
          let lastReport = 0;
          const batches = reader.batches();
          for (;;) {
            const next = await batches.next();
            if (request.signal?.aborted) throw new ImportCancelled();
            if (next.done) {
              // What is left — saving, the index — has no rows to count: say so rather than sit at 100%.
              request.onProgress?.({ ...progressOf(counts.rowsRead, reader.info.totalBytes, reader.info.totalBytes, performance.now() - startedPerf), secondsLeft: null, finishing: true });
              // The reading thread's memory (the account keys, the accounts it created) goes before the index is built.
              await reader.close();
              touchpoints?.customerSince(next.value.customerSince);
              accounts?.finish();
              break;
            }
            if (next.value.type === 'planned') {
              // After the first batch the file's size tells roughly how many rows are to come.
              if (counts.rowsRead === 0 && next.value.bytesRead > 0) touchpoints!.expect(Math.round((next.value.batch.rowsRead * reader.info.totalBytes) / next.value.bytesRead));
              touchpoints!.write(next.value.batch);
            } else accounts!.accept(next.value.rows);
            const elapsed = performance.now() - startedPerf;
            if (request.onProgress && elapsed - lastReport >= PROGRESS_EVERY_MS) {
              lastReport = elapsed;
              request.onProgress(progressOf(counts.rowsRead, next.value.bytesRead, reader.info.totalBytes, elapsed));
            }
          }
        });
        finishBatch(store, batchId, { ...counts, fileHash: await hashOf(hashing, fileName), finishedAt: now() });
        if (request.dryRun) sqlite.exec('rollback');
        else sqlite.exec('commit');
        // The batch is in; folding its WAL into the database file goes on beside the console.
        if (!request.dryRun && bulk) void checkpointInBackground(store);
        const millis = performance.now() - startedPerf;
        request.onProgress?.(progressOf(counts.rowsRead, reader.info.totalBytes, reader.info.totalBytes, millis));
        return {
          ...counts,
          batchId: request.dryRun ? null : batchId,
          kind,
          fileName,
          info: reader.info,
          dryRun: request.dryRun ?? false,
          millis,
          rejects: (touchpoints ?? accounts!).rejects.firstRejects,
        };
      } catch (error) {
        if (sqlite.inTransaction) sqlite.exec('rollback');
        if (request.signal?.aborted && !(error instanceof ImportCancelled)) throw new ImportCancelled();
        throw asUserError(error);
      }
    });
  } finally {
    stopHashing.abort();
    request.signal?.removeEventListener('abort', stopReading);
    await reader.close();
  }
}

/** The file's hash, or why the file could not be read to its end (it was moved or changed while it loaded). */
async function hashOf(hashing: Promise<string>, fileName: string): Promise<string> {
  try {
    return await hashing;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it was moved or deleted while it loaded' : (error as Error).message;
    throw new UserError('invalid_argument', `Tend could not read ${fileName} to its end (${reason}). Nothing was imported; check the file and import it again.`);
  }
}

export class ImportCancelled extends UserError {
  constructor() {
    super('conflict', 'The import was cancelled. Nothing was changed; you can run it again at any time.');
  }
}

async function openReader(request: ImportRequest): Promise<ReaderThread> {
  try {
    return await ReaderThread.open({ file: request.file, read: request.read ?? {}, kind: request.mapping.kind });
  } catch (error) {
    throw asUserError(error);
  }
}

/** A problem with the file itself is the user's to fix: its message says how. */
function asUserError(error: unknown): unknown {
  return error instanceof ImportFileError ? new UserError('invalid_argument', error.message) : error;
}

function progressOf(rowsRead: number, bytesRead: number, totalBytes: number, elapsedMs: number): ImportProgress {
  const seconds = elapsedMs / 1000;
  const rowsPerSecond = seconds > 0 ? Math.round(rowsRead / seconds) : 0;
  const fraction = totalBytes > 0 ? bytesRead / totalBytes : 0;
  const secondsLeft = fraction > 0.02 && seconds > 0.5 ? Math.max(0, Math.round((seconds / fraction) * (1 - fraction))) : null;
  return { rowsRead, bytesRead, totalBytes, rowsPerSecond, secondsLeft, finishing: false };
}
