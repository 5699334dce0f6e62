import type { Kysely } from 'kysely';
import { preferencesSchema, type Preferences } from '../../../shared/api/settings';
import { listOwners } from '../db/accounts-repo';
import { readSetting, writeSetting } from '../db/settings-repo';
import type { Database } from '../db/schema';
import { UserError } from '../user-error';

const KEY = 'preferences';

export const DEFAULT_PREFERENCES: Preferences = Object.freeze({ me: null, theme: 'system', morningNotification: false, notificationTime: '08:30' });

/**
 * The user's preferences, field by field over the defaults: a stored field
 * that no longer fits (an older version, a hand edit) falls back alone
 * instead of losing the others.
 */
export async function loadPreferences(db: Kysely<Database>): Promise<Preferences> {
  const stored = await readSetting(db, KEY);
  const result: Preferences = { ...DEFAULT_PREFERENCES };
  if (!stored || typeof stored !== 'object') return result;
  const fields = preferencesSchema.shape;
  for (const key of Object.keys(fields) as (keyof Preferences)[]) {
    const parsed = fields[key].safeParse((stored as Record<string, unknown>)[key]);
    if (parsed.success) Object.assign(result, { [key]: parsed.data });
  }
  return result;
}

/** Saves the fields given and keeps the rest; "who am I" must be one of the store's owners. */
export async function savePreferences(db: Kysely<Database>, changes: Partial<Preferences>): Promise<Preferences> {
  if (changes.me !== undefined && changes.me !== null) {
    const owners = await listOwners(db);
    if (!owners.includes(changes.me)) {
      throw new UserError('not_found', `No accounts are owned by "${changes.me}"; choose one of the owners (${owners.join(', ') || 'none yet'}) or everyone.`);
    }
  }
  const next: Preferences = { ...(await loadPreferences(db)), ...stripUndefined(changes) };
  await writeSetting(db, KEY, next);
  return next;
}

function stripUndefined(changes: Partial<Preferences>): Partial<Preferences> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<Preferences>;
}
