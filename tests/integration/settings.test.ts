import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { DEFAULT_HEALTH_SETTINGS } from '../../shared/health/settings';
import type { HealthSettings } from '../../shared/health/types';
import { AS_OF, demoBackend, tempDir, value } from './helpers';

let dir: string;
let cleanup: () => void;
let backend: Backend;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  backend = await demoBackend(dir);
});
afterEach(async () => {
  await backend.close();
  cleanup();
});


const today = async (owner: string | null = null) => value(await backend.api['today.list']({ asOf: AS_OF, owner }));
const copy = (): HealthSettings => structuredClone(DEFAULT_HEALTH_SETTINGS) as HealthSettings;
const standardTen = (): HealthSettings => {
  const settings = copy();
  settings.cadences.Standard = 10;
  return settings;
};

describe('the health model under the user’s control', () => {
  it('previews a shorter Standard cadence without touching the stored list, then saving re-ranks it the same way', async () => {
    expect(value(await backend.api['settings.health']({}))).toEqual(DEFAULT_HEALTH_SETTINGS);
    const before = await today();
    const standardBefore = before.rows.filter((r) => r.tier === 'Standard').length;

    const preview = value(await backend.api['settings.previewHealth']({ asOf: AS_OF, owner: null, settings: standardTen() }));
    expect(preview.problems).toEqual([]);
    expect(preview.onListBefore).toBe(before.total);
    expect(preview.onListAfter).toBeGreaterThan(preview.onListBefore);
    expect(preview.onListAfter - preview.onListBefore).toBe(preview.joining - preview.leaving);
    expect(preview.joining).toBeGreaterThan(0);
    const joined = preview.rows.filter((r) => r.rankBefore === null);
    expect(joined.length).toBeGreaterThan(0);
    for (const row of joined) expect(row.scoreAfter).toBeLessThan(row.scoreBefore);
    expect(preview.rows.map((r) => r.rankAfter)).toEqual(preview.rows.map((_, i) => i + 1));

    // Nothing stored changed: same settings, same list, same scores.
    expect(value(await backend.api['settings.health']({}))).toEqual(DEFAULT_HEALTH_SETTINGS);
    expect(await today()).toEqual(before);

    const saved = value(await backend.api['settings.saveHealth']({ settings: standardTen() }));
    expect(saved.cadences.Standard).toBe(10);
    const after = await today();
    expect(after.rows.filter((r) => r.tier === 'Standard').length).toBeGreaterThan(standardBefore);
    expect(after.total).toBe(preview.onListAfter);
    expect(after.rows.slice(0, preview.rows.length).map((r) => [r.accountId, r.score, r.band])).toEqual(
      preview.rows.map((r) => [r.accountId, r.scoreAfter, r.bandAfter]),
    );
    for (const row of preview.rows.filter((r) => r.rankBefore !== null)) {
      expect(before.rows[row.rankBefore! - 1]?.accountId).toBe(row.accountId);
      expect(before.rows[row.rankBefore! - 1]?.score).toBe(row.scoreBefore);
    }
  });

  it('keeps saved settings across a restart (a removed tier stays removed) and restores the defaults', async () => {
    const original = await today();
    const settings = copy();
    delete settings.cadences['Long tail'];
    settings.defaultCadenceDays = 45;
    settings.weights.sentiment = 0;
    value(await backend.api['settings.saveHealth']({ settings }));
    await backend.close();

    backend = await openBackend(join(dir, 'tend.db'));
    const reloaded = value(await backend.api['settings.health']({}));
    expect(reloaded).toEqual(settings);
    expect(Object.keys(reloaded.cadences)).not.toContain('Long tail');
    expect(await today()).not.toEqual(original);

    expect(value(await backend.api['settings.resetHealth']({}))).toEqual(DEFAULT_HEALTH_SETTINGS);
    expect(await today()).toEqual(original);
    await backend.close();
    backend = await openBackend(join(dir, 'tend.db'));
    expect(value(await backend.api['settings.health']({}))).toEqual(DEFAULT_HEALTH_SETTINGS);
  });

  it('refuses unusable settings with every problem in words, and previews them as problems', async () => {
    const settings = copy();
    settings.bands = { healthy: 40, watch: 60, atRisk: 20 };
    for (const factor of Object.keys(settings.weights) as (keyof HealthSettings['weights'])[]) settings.weights[factor] = 0;
    const refused = await backend.api['settings.saveHealth']({ settings });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    if (!refused.ok) {
      expect(refused.error.message).toContain('At least one factor needs a weight above zero.');
      expect(refused.error.message).toContain('Band thresholds must be in order: at risk (20) ≤ watch (60) ≤ healthy (40).');
    }
    expect(value(await backend.api['settings.health']({}))).toEqual(DEFAULT_HEALTH_SETTINGS);
    const preview = value(await backend.api['settings.previewHealth']({ asOf: AS_OF, owner: null, settings }));
    expect(preview.problems).toHaveLength(2);
    expect(preview).toMatchObject({ rows: [], joining: 0, leaving: 0 });
    const shape = await backend.api['settings.saveHealth']({ settings: { ...settings, defaultCadenceDays: 0 } });
    expect(shape).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
  });

  it('previews one owner’s list only', async () => {
    const mine = await today('Jonas Berg');
    const preview = value(await backend.api['settings.previewHealth']({ asOf: AS_OF, owner: 'Jonas Berg', settings: standardTen() }));
    expect(preview.onListBefore).toBe(mine.total);
    expect(preview.rows.length).toBeGreaterThan(0);
    expect(preview.rows.every((r) => r.owner === 'Jonas Berg')).toBe(true);
    // The same settings unchanged: the preview is the list as it is.
    const same = value(await backend.api['settings.previewHealth']({ asOf: AS_OF, owner: 'Jonas Berg', settings: copy() }));
    expect(same).toMatchObject({ joining: 0, leaving: 0, onListAfter: mine.total });
    expect(same.rows.map((r) => r.accountId)).toEqual(mine.rows.slice(0, 200).map((r) => r.accountId));
    expect(same.rows.every((r) => r.rankBefore === r.rankAfter && r.scoreBefore === r.scoreAfter && r.bandBefore === r.bandAfter)).toBe(true);
  });
});
