import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend, type Backend } from '../../electron/backend/backend';
import type { Result } from '../../shared/result';

/** A fresh folder per test, removed afterwards. */
export function tempDir(prefix = 'tend-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
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
