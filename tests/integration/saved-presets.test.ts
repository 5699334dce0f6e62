import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
let backend: Backend;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  backend = await openBackend(join(dir, 'tend.db'));
});
afterEach(async () => {
  await backend.close();
  cleanup();
});

describe('presets a user saves', () => {
  it('are listed after the shipped ones, preview a file by id, replace one of the same name, and can be deleted', async () => {
    const mapping = { kind: 'touchpoints' as const, fields: { account: 'Kunde', occurred_at: 'Datum' }, dateFormat: 'dmy' as const };
    const saved = await backend.api['import.savePreset']({ name: 'Our phone system', mapping });
    expect(saved).toMatchObject({ ok: true, value: { id: 'saved-our-phone-system', name: 'Our phone system', saved: true } });
    await backend.api['import.savePreset']({ name: 'Our phone system', mapping: { ...mapping, dateFormat: 'mdy' } });
    const listed = await backend.api['import.presets']({});
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.filter((p) => p.saved)).toEqual([expect.objectContaining({ id: 'saved-our-phone-system', mapping: expect.objectContaining({ dateFormat: 'mdy' }) })]);
    expect(listed.value.filter((p) => !p.saved).length).toBeGreaterThanOrEqual(3);

    const file = join(dir, 'calls.csv');
    writeFileSync(file, 'Datum,Kunde\n11/24/2026,Northwind\n');
    const { fileId } = backend.files.register(file, 'calls.csv', false);
    const preview = await backend.api['import.preview']({ fileId, presetId: 'saved-our-phone-system' });
    expect(preview).toMatchObject({ ok: true, value: { problems: [], mapping: { fields: { account: 'Kunde' } } } });

    expect(await backend.api['import.savePreset']({ name: 'Zendesk tickets', mapping })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await backend.api['import.deletePreset']({ id: 'zendesk-tickets' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await backend.api['import.deletePreset']({ id: 'saved-our-phone-system' })).toMatchObject({ ok: true });
    const after = await backend.api['import.presets']({});
    expect(after.ok && after.value.some((p) => p.saved)).toBe(false);
  });
});
