import type { Kysely } from 'kysely';
import type { ImportPreset } from '../../../shared/contract';
import type { Mapping } from '../../../shared/import/fields';
import { findPreset, PRESETS } from '../../../shared/import/presets';
import { readSetting, writeSetting } from '../db/settings-repo';
import type { Database } from '../db/schema';
import { UserError } from '../user-error';

const KEY = 'import.presets';

interface StoredPreset {
  id: string;
  name: string;
  mapping: Mapping;
}

async function readSaved(db: Kysely<Database>): Promise<StoredPreset[]> {
  const stored = await readSetting(db, KEY);
  return Array.isArray(stored) ? (stored as StoredPreset[]).filter((p) => p && typeof p.id === 'string' && typeof p.name === 'string' && p.mapping) : [];
}

const describe = (preset: StoredPreset): ImportPreset => ({
  id: preset.id,
  name: preset.name,
  description: `Saved ${preset.mapping.kind === 'accounts' ? 'account list' : 'contact log'} layout: ${Object.keys(preset.mapping.fields).length} columns.`,
  mapping: preset.mapping,
  saved: true,
});

/** Presets shipped with Tend, then the ones saved in this store. */
export async function listPresets(db: Kysely<Database>): Promise<ImportPreset[]> {
  const shipped = PRESETS.map((p) => ({ id: p.id, name: p.name, description: p.description, mapping: p.mapping, saved: false }));
  return [...shipped, ...(await readSaved(db)).map(describe)];
}

/** A preset by id or by name (case-insensitive), shipped or saved. */
export async function lookUpPreset(db: Kysely<Database>, idOrName: string): Promise<ImportPreset | undefined> {
  const wanted = idOrName.trim().toLowerCase();
  return (await listPresets(db)).find((p) => p.id.toLowerCase() === wanted || p.name.toLowerCase() === wanted);
}

/** Saves a mapping under a name; saving again under the same name replaces it. */
export async function savePreset(db: Kysely<Database>, name: string, mapping: Mapping): Promise<ImportPreset> {
  const id = `saved-${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'preset'}`;
  if (findPreset(id) || PRESETS.some((p) => p.name.toLowerCase() === name.toLowerCase())) {
    throw new UserError('conflict', `"${name}" is the name of a preset Tend ships with; choose another name.`);
  }
  const saved = (await readSaved(db)).filter((p) => p.id !== id);
  const preset = { id, name, mapping };
  await writeSetting(db, KEY, [...saved, preset]);
  return describe(preset);
}

export async function deletePreset(db: Kysely<Database>, id: string): Promise<void> {
  const saved = await readSaved(db);
  if (!saved.some((p) => p.id === id)) throw new UserError('not_found', 'That preset is not one you saved, so it cannot be deleted.');
  await writeSetting(db, KEY, saved.filter((p) => p.id !== id));
}
