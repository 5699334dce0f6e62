import { parentPort, workerData } from 'node:worker_threads';
import { API_METHODS } from '../../../shared/contract';
import { fail, ok } from '../../../shared/result';
import { openBackend } from '../backend';
import type { CallMessage, WorkerMessage, WorkerSetup } from './protocol';

/**
 * The backend's own thread: it owns the database connection and runs every
 * call, so a full rescore never blocks the thread that serves the UI (the
 * Electron main process or the browser host's HTTP server).
 */
const port = parentPort;
if (!port) throw new Error('backend-worker must run as a worker thread');
const setup = workerData as WorkerSetup;
const send = (message: WorkerMessage) => port.postMessage(message);

try {
  const backend = await openBackend(setup.file, {
    nativeBinding: setup.nativeBinding,
    onInternalError: (method, error) => console.error(`[tend] ${method} failed:`, error),
  });
  port.on('message', (message: CallMessage) => {
    if ('close' in message) {
      // Close the database cleanly (WAL checkpoint) before the thread ends.
      void backend.close().finally(() => port.close());
      return;
    }
    if ('register' in message) {
      try {
        const { path, name, temporary } = message.register;
        send({ type: 'registered', id: message.id, result: ok(backend.files.register(path, name, temporary)) });
      } catch (error) {
        send({ type: 'registered', id: message.id, result: fail('not_found', `Tend could not read the file: ${error instanceof Error ? error.message : String(error)}`) });
      }
      return;
    }
    if (message === null || typeof message !== 'object' || !(API_METHODS as string[]).includes(message.method)) {
      send({ type: 'result', id: message?.id ?? -1, result: fail('not_found', 'Unknown API method.') });
      return;
    }
    void backend.api[message.method](message.args as never).then((result) => send({ type: 'result', id: message.id, result }));
  });
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
