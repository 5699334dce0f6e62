import { FACTORS, type FactorKey } from '../../shared/domain';
import type { HealthSettings } from '../../shared/health/types';

/** One tier's cadence as typed; the id keeps a row's identity while its name is being edited. */
export interface TierRow {
  id: string;
  name: string;
  days: string;
}

/** The health settings as the form holds them: numbers stay text until they are read. */
export interface HealthForm {
  weights: Record<FactorKey, string>;
  tiers: TierRow[];
  defaultCadenceDays: string;
  bands: { healthy: string; watch: string; atRisk: string };
  /** Settings the screen does not edit (windows and half-lives), kept as they were. */
  rest: Pick<HealthSettings, 'decay' | 'sentiment' | 'voice'>;
}

/**
 * What to fix, by field: `weight.recency`, `weights` (all zero),
 * `tier.<id>.name`, `tier.<id>.days`, `defaultCadenceDays`, `bands.healthy`,
 * `bands.watch`, `bands.atRisk`, `bands` (out of order).
 */
export type HealthFormErrors = Partial<Record<string, string>>;

export const MAX_WEIGHT = 1000;
export const MAX_CADENCE_DAYS = 3650;

let nextTierId = 1;
/** A fresh id for a tier row added in the form. */
export const newTierId = () => `tier-${nextTierId++}`;

export function formFromSettings(settings: HealthSettings): HealthForm {
  return {
    weights: Object.fromEntries(FACTORS.map((factor) => [factor, String(settings.weights[factor])])) as Record<FactorKey, string>,
    tiers: Object.entries(settings.cadences).map(([name, days]) => ({ id: newTierId(), name, days: String(days) })),
    defaultCadenceDays: String(settings.defaultCadenceDays),
    bands: { healthy: String(settings.bands.healthy), watch: String(settings.bands.watch), atRisk: String(settings.bands.atRisk) },
    rest: { decay: { ...settings.decay }, sentiment: { ...settings.sentiment }, voice: { ...settings.voice } },
  };
}

/** A number typed in a box: plain digits with an optional decimal part; null for anything else. */
function readNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : null;
}

function readDays(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

/**
 * The form read as settings, or what to fix field by field, in words. The
 * same rules the backend enforces, said where the user is typing: weights
 * 0–1000 with at least one above zero; tiers named once each (ignoring case,
 * as scoring matches them) with 1–3650 days; band thresholds 0–100 and in
 * order.
 *
 * @example readHealthForm(formFromSettings(DEFAULT_HEALTH_SETTINGS)).settings // equal to the defaults
 */
export function readHealthForm(form: HealthForm): { settings: HealthSettings | null; errors: HealthFormErrors } {
  const errors: HealthFormErrors = {};
  const weights = {} as Record<FactorKey, number>;
  for (const factor of FACTORS) {
    const weight = readNumber(form.weights[factor]);
    if (weight === null) errors[`weight.${factor}`] = 'Enter a number from 0 to 1000.';
    else if (weight > MAX_WEIGHT) errors[`weight.${factor}`] = 'At most 1000.';
    else weights[factor] = weight;
  }
  if (FACTORS.every((factor) => weights[factor] === 0)) errors.weights = 'At least one factor needs a weight above zero, or every account would score the same.';

  const cadences: Record<string, number> = {};
  const seen = new Set<string>();
  for (const tier of form.tiers) {
    const name = tier.name.trim();
    const days = readDays(tier.days);
    if (name === '') errors[`tier.${tier.id}.name`] = 'Name the tier as accounts spell it, e.g. Strategic.';
    else if (name.length > 100) errors[`tier.${tier.id}.name`] = 'Keep tier names under 100 characters.';
    else if (seen.has(name.toLowerCase())) errors[`tier.${tier.id}.name`] = `${name} is already listed; each tier needs one cadence.`;
    seen.add(name.toLowerCase());
    if (days === null || days < 1 || days > MAX_CADENCE_DAYS) errors[`tier.${tier.id}.days`] = 'Whole days, 1 to 3650.';
    else if (name !== '') cadences[name] = days;
  }
  const defaultCadenceDays = readDays(form.defaultCadenceDays);
  if (defaultCadenceDays === null || defaultCadenceDays < 1 || defaultCadenceDays > MAX_CADENCE_DAYS) errors.defaultCadenceDays = 'Whole days, 1 to 3650.';

  const bands = { healthy: readNumber(form.bands.healthy), watch: readNumber(form.bands.watch), atRisk: readNumber(form.bands.atRisk) };
  for (const band of ['healthy', 'watch', 'atRisk'] as const) {
    const value = bands[band];
    if (value === null || value > 100) errors[`bands.${band}`] = 'A score from 0 to 100.';
  }
  const { healthy, watch, atRisk } = bands;
  if (healthy !== null && watch !== null && atRisk !== null && !(atRisk <= watch && watch <= healthy)) {
    errors.bands = `Thresholds go down from Healthy to At risk: at risk (${atRisk}) ≤ watch (${watch}) ≤ healthy (${healthy}).`;
  }

  if (Object.keys(errors).length > 0 || defaultCadenceDays === null || healthy === null || watch === null || atRisk === null) return { settings: null, errors };
  return { settings: { weights, cadences, defaultCadenceDays, bands: { healthy, watch, atRisk }, ...form.rest }, errors };
}

const comparable = (s: HealthSettings) => JSON.stringify({ ...s, cadences: Object.entries(s.cadences).sort(([x], [y]) => x.localeCompare(y)) });

/** True when two settings score accounts the same way (tier order does not matter). */
export function sameSettings(a: HealthSettings, b: HealthSettings): boolean {
  return comparable(a) === comparable(b);
}

/**
 * Each factor's share of the total weight, in whole percent, for "23% of the score".
 * @example weightShares({ recency: 100, decay: 60, complaint: 80, sentiment: 50, voice: 60 }).recency // 29
 */
export function weightShares(weights: Partial<Record<FactorKey, number>>): Record<FactorKey, number | null> {
  const total = FACTORS.reduce((sum, factor) => sum + (weights[factor] ?? 0), 0);
  return Object.fromEntries(FACTORS.map((factor) => [factor, total > 0 && weights[factor] !== undefined ? Math.round(((weights[factor] ?? 0) / total) * 100) : null])) as Record<
    FactorKey,
    number | null
  >;
}
