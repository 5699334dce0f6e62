import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBackendThread } from '../../electron/backend/worker/worker-api';
import { AS_OF, tempDir } from './helpers';

const entry = new URL(`file://${resolve(import.meta.dirname, '../../electron/backend/worker/backend-worker.ts')}`);
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('the backend on its own thread', () => {
  it('serves the contract across the thread boundary and closes cleanly', async () => {
    const thread = await startBackendThread(entry, { file: join(dir, 'tend.db') });
    try {
      expect(await thread.api['demo.load']({ asOf: AS_OF })).toMatchObject({ ok: true, value: { accounts: 300 } });
      const list = await thread.api['today.list']({ asOf: AS_OF, owner: null });
      expect(list.ok && list.value.rows.length).toBeGreaterThan(10);
      // Validation still happens in the backend, whatever the transport.
      expect(await thread.api['today.list']({ asOf: 'soon', owner: null } as never)).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    } finally {
      await thread.close();
    }
    expect(await thread.api['store.summary']({})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('reports a database it cannot open when starting, with the reason', async () => {
    const file = join(dir, 'broken.db');
    writeFileSync(file, 'not a database at all'.repeat(200));
    await expect(startBackendThread(entry, { file })).rejects.toThrow(/not a database/);
  });
});
