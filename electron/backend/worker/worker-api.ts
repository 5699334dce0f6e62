import { API_METHODS, type ApiMethod, type PickedFile, type TendApi } from '../../../shared/contract';
import { fail, type Result } from '../../../shared/result';
import type { CallMessage, WorkerMessage, WorkerSetup } from './protocol';
import { startWorker } from './start-worker';

export interface BackendThread {
  api: TendApi;
  /** For transports only (native dialog, upload): makes a chosen file importable by id. */
  registerFile(path: string, name: string, temporary: boolean): Promise<Result<PickedFile>>;
  close(): Promise<void>;
}

/**
 * Starts the backend on its own worker thread and returns the contract as an
 * API object whose calls cross to that thread. `entry` is the worker module:
 * the bundled `.js` in the desktop app, `backend-worker.ts` under tsx.
 */
export async function startBackendThread(entry: URL, setup: WorkerSetup): Promise<BackendThread> {
  const worker = startWorker(entry, { workerData: setup });

  const pending = new Map<number, (result: Result<unknown>) => void>();
  let nextId = 1;
  let stopped: string | null = null;

  await new Promise<void>((resolve, reject) => {
    const onMessage = (message: WorkerMessage) => {
      if (message.type === 'ready') settle(null);
      else if (message.type === 'failed') settle(new Error(message.message));
    };
    // A worker that fails to start posts why and then exits; give that message a moment to arrive first.
    const onExit = (code: number) => setTimeout(() => settle(new Error(`The backend stopped while starting (exit code ${code}).`)), 100);
    // Remove only our own listeners: Worker keeps internal ones of its own.
    let settled = false;
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      worker.off('message', onMessage).off('error', settle).off('exit', onExit);
      if (error) reject(error);
      else resolve();
    };
    worker.on('message', onMessage).on('error', settle).on('exit', onExit);
  });

  worker.on('message', (message: WorkerMessage) => {
    if (message.type !== 'result' && message.type !== 'registered') return;
    pending.get(message.id)?.(message.result);
    pending.delete(message.id);
  });
  const stop = (why: string) => {
    stopped = why;
    for (const settle of pending.values()) settle(fail('internal', why));
    pending.clear();
  };
  worker.on('error', (error) => stop(`Tend's backend failed: ${error.message}. Restart Tend.`));
  worker.on('exit', () => stop('Tend\'s backend has stopped. Restart Tend.'));

  const call = (method: ApiMethod, args: unknown) =>
    new Promise<Result<unknown>>((resolve) => {
      if (stopped) return resolve(fail('internal', stopped));
      const id = nextId++;
      pending.set(id, resolve);
      worker.postMessage({ id, method, args } satisfies CallMessage);
    });
  const api = Object.fromEntries(API_METHODS.map((method) => [method, (args: unknown) => call(method, args)])) as TendApi;
  const registerFile = (path: string, name: string, temporary: boolean) =>
    new Promise<Result<PickedFile>>((resolve) => {
      if (stopped) return resolve(fail('internal', stopped));
      const id = nextId++;
      pending.set(id, resolve as (result: Result<unknown>) => void);
      worker.postMessage({ id, register: { path, name, temporary } } satisfies CallMessage);
    });
  return {
    api,
    registerFile,
    close: async () => {
      if (stopped) return;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage({ close: true } satisfies CallMessage);
      const timer = setTimeout(() => void worker.terminate(), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
