import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');
const READY = /Tend is running at (http:\/\/\S+)/;
const START_TIMEOUT_MS = 30_000;

export interface ConsoleFixtures {
  /** A fresh temp folder for this test only. */
  dataDir: string;
  /** The database file the host serves (inside dataDir). */
  dbFile: string;
  /** The address printed by the host, token included. */
  consoleUrl: string;
}

/** Starts the browser host on the given database and resolves with its address once it prints the readiness line. */
function startHost(dbFile: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(join(repoRoot, 'node_modules/.bin/tsx'), ['electron/host/main.ts', '--db', dbFile], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`The console host did not report ready within ${START_TIMEOUT_MS} ms.\n${output}`)), START_TIMEOUT_MS);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolvePromise({ child, url: match[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => fail(new Error(`The console host exited (code ${code}) before it was ready.\n${output}`)));
    child.once('error', fail);
  });
}

function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}

/** Every test gets its own temp folder, database and running console host; all are removed afterwards. */
export const test = base.extend<ConsoleFixtures>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  dbFile: async ({ dataDir }, use) => {
    await use(join(dataDir, 'tend.db'));
  },
  consoleUrl: async ({ dbFile }, use) => {
    const { child, url } = await startHost(dbFile);
    try {
      await use(url);
    } finally {
      await stopHost(child);
    }
  },
});

export { expect } from '@playwright/test';
export { repoRoot };
