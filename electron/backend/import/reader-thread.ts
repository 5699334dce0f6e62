import type { Worker } from 'node:worker_threads';
import { siblingModule, startWorker } from '../worker/start-worker';
import type { FromReader, ReaderSetup, ReaderStart } from './reader-protocol';
import { ImportFileError } from './read/errors';
import type { TableInfo } from './read/types';

type Batch = Extract<FromReader, { type: 'rows' | 'planned' }>;
type Done = Extract<FromReader, { type: 'done' }>;

/**
 * The writing side's handle on the import's reading thread (reader-worker):
 * open it, start it once the write transaction has begun, then take its
 * batches one by one. Taking the next batch tells the thread the previous
 * one is written. Errors from the thread come out as ImportFileError (about
 * the file: say it to the user as it is) or Error.
 */
export class ReaderThread {
  readonly info: TableInfo;
  readonly header: string[];
  readonly #worker: Worker;
  readonly #inbox: Inbox;

  private constructor(worker: Worker, inbox: Inbox, opened: Extract<FromReader, { type: 'opened' }>) {
    this.#worker = worker;
    this.#inbox = inbox;
    this.info = opened.info;
    this.header = opened.header;
  }

  static async open(setup: ReaderSetup): Promise<ReaderThread> {
    const worker = startWorker(siblingModule(import.meta.url, 'reader-worker'), { workerData: setup });
    const inbox = new Inbox(worker);
    try {
      const first = await inbox.next();
      if (first.type !== 'opened') throw new Error(`The import's reading thread sent ${first.type} before opening the file.`);
      return new ReaderThread(worker, inbox, first);
    } catch (error) {
      await worker.terminate();
      throw error;
    }
  }

  start(start: ReaderStart): void {
    this.#worker.postMessage(start);
  }

  /** The batches, then what the thread reports at the end (returned by the generator). */
  async *batches(): AsyncGenerator<Batch, Done, undefined> {
    for (;;) {
      const message = await this.#inbox.next();
      if (message.type === 'done') return message;
      if (message.type !== 'rows' && message.type !== 'planned') throw new Error(`The import's reading thread sent ${message.type} out of turn.`);
      yield message;
      this.#worker.postMessage({ type: 'ack' });
    }
  }

  /** Ends the thread, wherever it is. Safe to call more than once. */
  close(): Promise<number> {
    return this.#worker.terminate();
  }
}

/** Messages from the thread in order, with its failures (and an unexpected exit) as thrown errors. */
class Inbox {
  #queue: FromReader[] = [];
  #waiting: { resolve: (message: FromReader) => void; reject: (error: Error) => void } | null = null;
  #failure: Error | null = null;

  constructor(worker: Worker) {
    worker.on('message', (message: FromReader) => {
      if (message.type === 'failed') this.#fail(message.file ? new ImportFileError(message.file.code, message.message, message.file.line) : new Error(message.message));
      else if (this.#waiting) this.#take().resolve(message);
      else this.#queue.push(message);
    });
    worker.on('error', (error) => this.#fail(error));
    worker.on('exit', (code) => this.#fail(new Error(`The import's reading thread stopped unexpectedly (exit code ${code}).`)));
  }

  next(): Promise<FromReader> {
    const queued = this.#queue.shift();
    if (queued) return Promise.resolve(queued);
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => (this.#waiting = { resolve, reject }));
  }

  #take() {
    const waiting = this.#waiting!;
    this.#waiting = null;
    return waiting;
  }

  #fail(error: Error): void {
    // The first failure is the one that explains; an exit after it is its consequence.
    this.#failure ??= error;
    if (this.#waiting) this.#take().reject(this.#failure);
  }
}
