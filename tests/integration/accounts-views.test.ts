import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import type { AccountViewState } from '../../shared/api/accounts';
import { tempDir, value } from './helpers';

let dir: string;
let cleanup: () => void;
let backend: Backend;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  backend = await openBackend(join(dir, 'views.db'));
});
afterEach(async () => {
  await backend.close();
  cleanup();
});


const state: AccountViewState = {
  search: 'bakery',
  owner: 'Maya Patel',
  tier: null,
  band: 'at_risk',
  status: 'active',
  tag: 'eu',
  noContactDays: 30,
  sort: [{ id: 'value', desc: true }],
  hiddenColumns: ['tags'],
};

describe('saved views of the accounts table', () => {
  it('saves, lists by name, overwrites a view of the same name and deletes', async () => {
    expect(value(await backend.api['views.list']({}))).toEqual([]);
    const mine = value(await backend.api['views.save']({ name: 'My at-risk EU', state }));
    const quiet = value(await backend.api['views.save']({ name: 'Churned', state: { ...state, status: 'churned', band: null } }));
    expect(value(await backend.api['views.list']({})).map((v) => v.name)).toEqual(['Churned', 'My at-risk EU']);

    const changed = { ...state, noContactDays: 60 };
    const overwritten = value(await backend.api['views.save']({ name: 'My at-risk EU', state: changed }));
    expect(overwritten.id).toBe(mine.id);
    const views = value(await backend.api['views.list']({}));
    expect(views).toHaveLength(2);
    expect(views.find((v) => v.id === mine.id)?.state).toEqual(changed);

    expect(value(await backend.api['views.delete']({ id: quiet.id }))).toEqual({ id: quiet.id });
    expect(value(await backend.api['views.list']({})).map((v) => v.name)).toEqual(['My at-risk EU']);
    const gone = await backend.api['views.delete']({ id: quiet.id });
    expect(gone).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('no saved view') } });
  });

  it('refuses a state the table cannot show, and reads an older stored view field by field', async () => {
    const bad = await backend.api['views.save']({ name: 'Bad', state: { ...state, band: 'purple' } as never });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    // A view written by another version: unknown fields are dropped, missing ones mean "no filter".
    backend.store.sqlite
      .prepare('insert into saved_views (name, state, created_at) values (?, ?, ?)')
      .run('Old', JSON.stringify({ search: 'acme', owner: 42, colour: 'red' }), 0);
    const [old] = value(await backend.api['views.list']({}));
    expect(old?.state).toEqual({ search: 'acme', owner: null, tier: null, band: null, status: 'all', tag: null, noContactDays: null, sort: [], hiddenColumns: [] });
  });
});
