import { z } from 'zod';
import { FACTORS } from '../domain';
import type { Band } from '../domain';
import type { HealthSettings } from '../health/types';
import { isoDay, owner } from './schemas';

/** The health model under the user's control, and the user's own preferences. */

const days = z.number().int().min(1).max(3650);
export const healthSettingsSchema = z
  .object({
    weights: z.object(Object.fromEntries(FACTORS.map((f) => [f, z.number().min(0).max(1000)])) as Record<(typeof FACTORS)[number], z.ZodNumber>).strict(),
    cadences: z.record(z.string().trim().min(1).max(100), days),
    defaultCadenceDays: days,
    bands: z.object({ healthy: z.number().min(0).max(100), watch: z.number().min(0).max(100), atRisk: z.number().min(0).max(100) }).strict(),
    decay: z.object({ recentDays: days, baselineDays: days }).strict(),
    sentiment: z.object({ halfLifeDays: days }).strict(),
    voice: z.object({ halfLifeDays: days }).strict(),
  })
  .strict();

export const preferencesSchema = z
  .object({
    /** "Who am I": the owner today's list opens on; null for everyone. */
    me: owner.nullable(),
    theme: z.enum(['system', 'light', 'dark']),
    /** Desktop app: a morning system notification with how many customers need you. */
    morningNotification: z.boolean(),
    /** Local time of day, HH:MM. */
    notificationTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written as HH:MM'),
  })
  .strict();
export type Preferences = z.infer<typeof preferencesSchema>;

export const settingsArgs = {
  'settings.health': z.object({}).strict(),
  /** Save new weights, cadences or bands; every account is re-scored. */
  'settings.saveHealth': z.object({ settings: healthSettingsSchema }).strict(),
  'settings.resetHealth': z.object({}).strict(),
  /** How today's list would look with these settings, without saving them. */
  'settings.previewHealth': z.object({ asOf: isoDay, owner: owner.nullable(), settings: healthSettingsSchema }).strict(),
  'preferences.get': z.object({}).strict(),
  'preferences.save': z.object({ preferences: preferencesSchema.partial().strict() }).strict(),
} as const;

/** One account in the settings preview: where it stands now and with the new settings. */
export interface RankChange {
  accountId: number;
  name: string;
  owner: string;
  value: number;
  /** 1-based rank on today's list, null when not on it. */
  rankBefore: number | null;
  rankAfter: number | null;
  scoreBefore: number;
  scoreAfter: number;
  bandBefore: Band;
  bandAfter: Band;
}

export interface HealthPreview {
  /** Problems with the settings as sentences; empty when they can be saved. */
  problems: string[];
  /** The list with the new settings, top first (at most 200 rows), with where each stood before. */
  rows: RankChange[];
  onListBefore: number;
  onListAfter: number;
  /** Accounts that join or leave the list. */
  joining: number;
  leaving: number;
}

export interface SettingsResults {
  'settings.health': HealthSettings;
  'settings.saveHealth': HealthSettings;
  'settings.resetHealth': HealthSettings;
  'settings.previewHealth': HealthPreview;
  'preferences.get': Preferences;
  'preferences.save': Preferences;
}
