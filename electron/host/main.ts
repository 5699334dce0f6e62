import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveDbFile, userDataDir } from '../backend/paths';
import { startBackendThread } from '../backend/worker/worker-api';
import { startHost } from './server';

/**
 * `npm run web`: serves the console to a browser on 127.0.0.1 and prints the
 * address (with its token). The readiness line "Tend is running at …" is what
 * scripts and the end-to-end tests wait for.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' }, renderer: { type: 'string' } },
  });
  const rendererDir = resolve(values.renderer ?? 'out/renderer');
  if (!existsSync(`${rendererDir}/index.html`)) {
    throw new Error(`The console has not been built (${rendererDir}/index.html is missing). Run "npm run build:web" first.`);
  }
  const file = resolveDbFile(values.db);
  if (dirname(file) === userDataDir()) mkdirSync(dirname(file), { recursive: true });
  // The backend gets its own thread so a long rescore never stalls this HTTP server.
  const backend = await startBackendThread(new URL('../backend/worker/backend-worker.ts', import.meta.url), { file });
  const port = values.port === undefined ? 0 : Number(values.port);
  const host = await startHost({ api: backend.api, rendererDir, port, registerUpload: (path, name) => backend.registerFile(path, name, true) });
  console.log(`Tend is running at ${host.url}`);
  console.log(`Data: ${file}`);
  console.log('Open the address above in your browser. Press Ctrl+C to stop.');
  const stop = async () => {
    await host.close();
    await backend.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`tend: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
