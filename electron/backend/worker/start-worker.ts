import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread from a module: the bundled `.js` in the desktop app,
 * or the `.ts` source under tsx and vitest — which a worker cannot load on
 * its own, hence the small bootstrap that registers tsx inside the thread
 * first.
 */
export function startWorker(entry: URL, options: WorkerOptions = {}): Worker {
  return entry.pathname.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`, { ...options, eval: true })
    : new Worker(entry, options);
}

/** A module beside the calling one, in whichever form the caller runs as (`.ts` source or bundled `.js`). */
export function siblingModule(callerUrl: string, name: string): URL {
  return new URL(`./${name}${callerUrl.endsWith('.ts') ? '.ts' : '.js'}`, callerUrl);
}
