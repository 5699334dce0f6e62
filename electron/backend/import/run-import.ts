import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { dayOf } from '../../../shared/dates';
import type { Mapping } from '../../../shared/import/fields';
import type { Store } from '../db/connection';
import { finishBatch, insertBatch, loadAccountKeys, loadFingerprints, prepareImportStatements } from '../db/import-repo';
import { UserError } from '../user-error';
import { AccountIndex } from './account-index';
import { AccountSink } from './account-sink';
import { hashFile } from './file-hash';
import { ImportFileError } from './read/errors';
import { openTable } from './read/open-table';
import type { OpenOptions, TableInfo } from './read/types';
import type { ImportCounts, ImportSink, RejectedRow } from './sink';
import { TouchpointSink } from './touchpoint-sink';
import { withBulkLoadIndexes, withImportSettings } from './bulk-indexes';

export interface ImportProgress {
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
  rowsPerSecond: number;
  /** Null until there is enough to estimate. */
  secondsLeft: number | null;
}

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
 */
export async function runImport(store: Store, request: ImportRequest): Promise<ImportSummary> {
  const now = request.now ?? Date.now;
  const started = now();
  const startedPerf = performance.now();
  const fileName = request.fileName ?? basename(request.file);
  let fileBytes: number;
  try {
    fileBytes = statSync(request.file).size;
  } catch {
    throw new UserError('not_found', `Tend cannot find the file ${fileName}. Check that it still exists and try again.`);
  }
  const reader = await openFile(request);
  const { sqlite } = store;
  try {
    const fileHash = await hashFile(request.file);
    return await withImportSettings(store, async () => {
    sqlite.exec('begin immediate');
    try {
      const statements = prepareImportStatements(store);
      const batchId = insertBatch(store, { kind: request.mapping.kind, fileName, fileHash, fileBytes, startedAt: started, mapping: { ...request.mapping, file: reader.info, header: reader.header } });
      const accounts = new AccountIndex(loadAccountKeys(store));
      const sink: ImportSink & { rejects: { firstRejects: RejectedRow[] } } =
        request.mapping.kind === 'touchpoints'
          ? new TouchpointSink({ statements, batchId, mapping: request.mapping, header: reader.header, accounts, fingerprints: loadFingerprints(store), unknownAccounts: request.unknownAccounts, now: started })
          : new AccountSink({ statements, batchId, mapping: request.mapping, header: reader.header, accounts, today: dayOf(started) });

      await withBulkLoadIndexes(store, fileBytes, async () => {
        let lastReport = 0;
        for await (const rows of reader.rows()) {
          if (request.signal?.aborted) throw new ImportCancelled();
          sink.accept(rows);
          const elapsed = performance.now() - startedPerf;
          if (request.onProgress && elapsed - lastReport >= PROGRESS_EVERY_MS) {
            lastReport = elapsed;
            request.onProgress(progressOf(sink.counts.rowsRead, reader.bytesRead(), reader.info.totalBytes, elapsed));
          }
        }
        sink.finish();
      });
      finishBatch(store, batchId, { ...sink.counts, finishedAt: now() });
      if (request.dryRun) sqlite.exec('rollback');
      else sqlite.exec('commit');
      // Fold the batch into the main file so the next reads are not served from a huge WAL.
      if (!request.dryRun && fileBytes > 8 * 1024 * 1024) sqlite.pragma('wal_checkpoint(TRUNCATE)');
      const millis = performance.now() - startedPerf;
      request.onProgress?.(progressOf(sink.counts.rowsRead, reader.info.totalBytes, reader.info.totalBytes, millis));
      return {
        ...sink.counts,
        batchId: request.dryRun ? null : batchId,
        kind: request.mapping.kind,
        fileName,
        info: reader.info,
        dryRun: request.dryRun ?? false,
        millis,
        rejects: sink.rejects.firstRejects,
      };
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('rollback');
      throw error;
    }
    });
  } finally {
    await reader.close();
  }
}

export class ImportCancelled extends UserError {
  constructor() {
    super('conflict', 'The import was cancelled. Nothing was changed; you can run it again at any time.');
  }
}

async function openFile(request: ImportRequest) {
  try {
    return await openTable(request.file, { ...request.read, signal: request.signal });
  } catch (error) {
    if (error instanceof ImportFileError) throw new UserError('invalid_argument', error.message);
    throw error;
  }
}

function progressOf(rowsRead: number, bytesRead: number, totalBytes: number, elapsedMs: number): ImportProgress {
  const seconds = elapsedMs / 1000;
  const rowsPerSecond = seconds > 0 ? Math.round(rowsRead / seconds) : 0;
  const fraction = totalBytes > 0 ? bytesRead / totalBytes : 0;
  const secondsLeft = fraction > 0.02 && seconds > 0.5 ? Math.max(0, Math.round((seconds / fraction) * (1 - fraction))) : null;
  return { rowsRead, bytesRead, totalBytes, rowsPerSecond, secondsLeft };
}
