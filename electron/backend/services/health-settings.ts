import type { Kysely } from 'kysely';
import { DEFAULT_HEALTH_SETTINGS, validateHealthSettings } from '../../../shared/health/settings';
import type { HealthSettings } from '../../../shared/health/types';
import { deleteSetting, readSetting, writeSetting } from '../db/settings-repo';
import type { Database } from '../db/schema';
import { UserError } from '../user-error';
import type { Scoreboard } from './scoreboard';

const KEY = 'health';

/**
 * The health model's settings: stored overrides merged over the defaults. A
 * stored value that no longer validates (an old or hand-edited file) falls
 * back to the defaults rather than scoring with nonsense. Tier cadences are
 * taken whole when stored: a tier the user removed must stay removed.
 */
export async function loadHealthSettings(db: Kysely<Database>): Promise<HealthSettings> {
  const stored = await readSetting(db, KEY);
  if (!stored || typeof stored !== 'object') return DEFAULT_HEALTH_SETTINGS;
  const partial = stored as Partial<HealthSettings>;
  const merged: HealthSettings = {
    ...DEFAULT_HEALTH_SETTINGS,
    ...partial,
    weights: { ...DEFAULT_HEALTH_SETTINGS.weights, ...partial.weights },
    cadences: partial.cadences && typeof partial.cadences === 'object' ? { ...partial.cadences } : { ...DEFAULT_HEALTH_SETTINGS.cadences },
    bands: { ...DEFAULT_HEALTH_SETTINGS.bands, ...partial.bands },
    decay: { ...DEFAULT_HEALTH_SETTINGS.decay, ...partial.decay },
    sentiment: { ...DEFAULT_HEALTH_SETTINGS.sentiment, ...partial.sentiment },
    voice: { ...DEFAULT_HEALTH_SETTINGS.voice, ...partial.voice },
  };
  return validateHealthSettings(merged).length === 0 ? merged : DEFAULT_HEALTH_SETTINGS;
}

/**
 * Saves new settings and re-scores everything with them on the next read.
 * Settings with problems are refused with every problem in one message.
 */
export async function saveHealthSettings(db: Kysely<Database>, scoreboard: Scoreboard, settings: HealthSettings): Promise<HealthSettings> {
  const problems = validateHealthSettings(settings);
  if (problems.length > 0) throw new UserError('invalid_argument', `These settings cannot be saved. ${problems.join(' ')}`);
  await writeSetting(db, KEY, settings);
  const saved = await loadHealthSettings(db);
  scoreboard.setSettings(saved);
  return saved;
}

/** Back to the settings Tend ships with. */
export async function resetHealthSettings(db: Kysely<Database>, scoreboard: Scoreboard): Promise<HealthSettings> {
  await deleteSetting(db, KEY);
  scoreboard.setSettings(DEFAULT_HEALTH_SETTINGS);
  return DEFAULT_HEALTH_SETTINGS;
}
