import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { openStore, type Store } from '../../electron/backend/db/connection';
import type { Result } from '../../shared/result';

/** A fresh folder per test, removed afterwards. */
export function tempDir(prefix = 'tend-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A new store in its own temp folder for every test of the file, closed and
 * removed afterwards; `take` receives each one.
 *
 * @example
 * let store: Store;
 * freshStorePerTest((fresh) => ({ store } = fresh));
 */
export function freshStorePerTest(take: (fresh: { dir: string; store: Store }) => void): void {
  let current: { store: Store; cleanup: () => void } | null = null;
  beforeEach(async () => {
    const { dir, cleanup } = tempDir();
    const store = await openStore(join(dir, 'tend.db'));
    current = { store, cleanup };
    take({ dir, store });
  });
  afterEach(async () => {
    await current?.store.close();
    current?.cleanup();
    current = null;
  });
}

export const AS_OF = '2026-11-24';

/** A backend on a new temp file, with the sample portfolio loaded as of AS_OF. */
export async function demoBackend(dir: string): Promise<Backend> {
  const backend = await openBackend(join(dir, 'tend.db'), { now: () => Date.parse('2026-11-24T08:00:00Z') });
  const loaded = await backend.api['demo.load']({ asOf: AS_OF });
  if (!loaded.ok) throw new Error(loaded.error.message);
  return backend;
}

/** The value of an API result, or the failure's message as a thrown error (so a test fails saying why). */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
