import type { Kysely } from 'kysely';
import { DEFAULT_HEALTH_SETTINGS, validateHealthSettings } from '../../../shared/health/settings';
import type { HealthSettings } from '../../../shared/health/types';
import { readSetting } from '../db/settings-repo';
import type { Database } from '../db/schema';

const KEY = 'health';

/**
 * The health model's settings: stored overrides merged over the defaults. A
 * stored value that no longer validates (an old or hand-edited file) falls
 * back to the defaults rather than scoring with nonsense.
 */
export async function loadHealthSettings(db: Kysely<Database>): Promise<HealthSettings> {
  const stored = await readSetting(db, KEY);
  if (!stored || typeof stored !== 'object') return DEFAULT_HEALTH_SETTINGS;
  const partial = stored as Partial<HealthSettings>;
  const merged: HealthSettings = {
    ...DEFAULT_HEALTH_SETTINGS,
    ...partial,
    weights: { ...DEFAULT_HEALTH_SETTINGS.weights, ...partial.weights },
    cadences: { ...DEFAULT_HEALTH_SETTINGS.cadences, ...partial.cadences },
    bands: { ...DEFAULT_HEALTH_SETTINGS.bands, ...partial.bands },
    decay: { ...DEFAULT_HEALTH_SETTINGS.decay, ...partial.decay },
    sentiment: { ...DEFAULT_HEALTH_SETTINGS.sentiment, ...partial.sentiment },
    voice: { ...DEFAULT_HEALTH_SETTINGS.voice, ...partial.voice },
  };
  return validateHealthSettings(merged).length === 0 ? merged : DEFAULT_HEALTH_SETTINGS;
}
