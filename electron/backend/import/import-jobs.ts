import { randomBytes } from 'node:crypto';
import type { ImportJobState } from '../../../shared/contract';
import { openStore } from '../db/connection';
import { UserError } from '../user-error';
import { runImport, type ImportProgress, type ImportRequest } from './run-import';

interface Job {
  controller: AbortController;
  state: ImportJobState;
}

const STARTING: ImportProgress = { rowsRead: 0, bytesRead: 0, totalBytes: 0, rowsPerSecond: 0, secondsLeft: null, finishing: false };

/**
 * Imports running in the background. Each runs on a connection of its own, so
 * its one big transaction never swallows what the console does meanwhile (a
 * logged touch, a snooze); the UI polls `import.progress` and may cancel.
 */
export class ImportJobs {
  #jobs = new Map<string, Job>();
  #dbFile: string;
  #nativeBinding: string | undefined;
  #onImported: () => void;

  constructor(dbFile: string, nativeBinding: string | undefined, onImported: () => void) {
    this.#dbFile = dbFile;
    this.#nativeBinding = nativeBinding;
    this.#onImported = onImported;
  }

  start(request: Omit<ImportRequest, 'signal' | 'onProgress'>): string {
    if ([...this.#jobs.values()].some((job) => job.state.state === 'running')) {
      throw new UserError('conflict', 'Another import is still running. Wait for it to finish, or cancel it first.');
    }
    const jobId = randomBytes(12).toString('base64url');
    const job: Job = { controller: new AbortController(), state: { state: 'running', progress: STARTING } };
    this.#jobs.set(jobId, job);
    void this.#run(job, request);
    return jobId;
  }

  get(jobId: string): ImportJobState {
    const job = this.#jobs.get(jobId);
    if (!job) throw new UserError('not_found', 'That import is not known (Tend may have restarted). Check the import history.');
    return job.state;
  }

  cancel(jobId: string): void {
    const job = this.#jobs.get(jobId);
    if (!job) throw new UserError('not_found', 'That import is not known (Tend may have restarted). Check the import history.');
    job.controller.abort();
  }

  async #run(job: Job, request: Omit<ImportRequest, 'signal' | 'onProgress'>): Promise<void> {
    let store;
    try {
      store = await openStore(this.#dbFile, { nativeBinding: this.#nativeBinding });
      const summary = await runImport(store, {
        ...request,
        signal: job.controller.signal,
        onProgress: (progress) => {
          job.state = { state: 'running', progress };
        },
      });
      const progress = job.state.state === 'running' ? job.state.progress : STARTING;
      job.state = { state: 'done', progress, summary: { ...summary, rejects: summary.rejects } };
      if (!summary.dryRun) this.#onImported();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      job.state = job.controller.signal.aborted ? { state: 'cancelled', message } : { state: 'failed', message };
    } finally {
      await store?.close();
    }
  }
}
