import { FACTORS } from '../domain';
import type { HealthSettings } from './types';

/**
 * The settings Tend ships with. Weights are relative: the heaviest factor can
 * take 80% of the score on its own (MAX_SINGLE_BITE), a factor with half that
 * weight at most 40% (see docs/health-model.md). Frozen so that no caller edits the defaults
 * in place; copy them to change anything.
 *
 * @example
 * const settings = { ...DEFAULT_HEALTH_SETTINGS, defaultCadenceDays: 45 };
 */
export const DEFAULT_HEALTH_SETTINGS: HealthSettings = deepFreeze({
  weights: { recency: 100, decay: 60, complaint: 80, sentiment: 50, voice: 60 },
  cadences: { Strategic: 14, Standard: 30, 'Long tail': 90 },
  defaultCadenceDays: 30,
  bands: { healthy: 75, watch: 55, atRisk: 35 },
  decay: { recentDays: 90, baselineDays: 365 },
  sentiment: { halfLifeDays: 45 },
  voice: { halfLifeDays: 180 },
});

/**
 * The tier entry an account's tier resolves to, or null when the default cadence
 * applies. Imports spell tiers loosely ("strategic ", "STRATEGIC"), so an exact
 * match wins and a trimmed, case-insensitive one is the fallback.
 *
 * @example
 * tierCadence('strategic', DEFAULT_HEALTH_SETTINGS); // { tier: 'Strategic', days: 14 }
 */
export function tierCadence(tier: string, settings: HealthSettings): { tier: string; days: number } | null {
  const { cadences } = settings;
  if (Object.hasOwn(cadences, tier) && isPositive(cadences[tier])) {
    return { tier, days: cadences[tier] as number };
  }
  const wanted = tier.trim().toLowerCase();
  for (const [name, days] of Object.entries(cadences)) {
    if (name.trim().toLowerCase() === wanted && isPositive(days)) return { tier: name, days };
  }
  return null;
}

/**
 * Expected days between our contacts for an account of this tier.
 *
 * @example
 * cadenceFor('Strategic', DEFAULT_HEALTH_SETTINGS); // 14
 * cadenceFor('Partner', DEFAULT_HEALTH_SETTINGS);   // 30 (defaultCadenceDays)
 */
export function cadenceFor(tier: string, settings: HealthSettings): number {
  return tierCadence(tier, settings)?.days ?? settings.defaultCadenceDays;
}

/**
 * Problems with a settings object, as sentences a user can fix in the settings
 * screen; an empty list means the settings are usable. Defensive about shape
 * because settings arrive from storage and forms, not only from typed code.
 *
 * @example
 * validateHealthSettings(DEFAULT_HEALTH_SETTINGS); // []
 * validateHealthSettings({ ...DEFAULT_HEALTH_SETTINGS, defaultCadenceDays: 0 });
 * // ['The default cadence must be a positive number of days (got 0).']
 */
export function validateHealthSettings(s: HealthSettings): string[] {
  const problems: string[] = [];
  const weights = (s.weights ?? {}) as Partial<Record<string, unknown>>;
  let anyWeight = false;
  for (const factor of FACTORS) {
    const weight = weights[factor];
    if (typeof weight !== 'number' || !Number.isFinite(weight)) {
      problems.push(`The weight for ${factor} must be a number (got ${show(weight)}).`);
    } else if (weight < 0) {
      problems.push(`The weight for ${factor} cannot be negative (got ${weight}).`);
    } else if (weight > 0) {
      anyWeight = true;
    }
  }
  if (!anyWeight && problems.length === 0) problems.push('At least one factor needs a weight above zero.');

  for (const [tier, days] of Object.entries(s.cadences ?? {})) {
    if (tier.trim() === '') problems.push('A tier cadence has an empty tier name.');
    if (!isPositive(days)) problems.push(`The cadence for ${tier} must be a positive number of days (got ${show(days)}).`);
  }
  if (!isPositive(s.defaultCadenceDays)) {
    problems.push(`The default cadence must be a positive number of days (got ${show(s.defaultCadenceDays)}).`);
  }

  const { healthy, watch, atRisk } = s.bands ?? ({} as HealthSettings['bands']);
  const thresholds = { healthy, watch, 'at risk': atRisk };
  let thresholdsAreNumbers = true;
  for (const [band, value] of Object.entries(thresholds)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
      problems.push(`The ${band} threshold must be between 0 and 100 (got ${show(value)}).`);
      thresholdsAreNumbers = false;
    }
  }
  if (thresholdsAreNumbers && !(atRisk <= watch && watch <= healthy)) {
    problems.push(`Band thresholds must be in order: at risk (${atRisk}) ≤ watch (${watch}) ≤ healthy (${healthy}).`);
  }

  const windows: Array<[string, unknown]> = [
    ['The recent window', s.decay?.recentDays],
    ['The baseline window', s.decay?.baselineDays],
    ['The sentiment half-life', s.sentiment?.halfLifeDays],
    ['The survey-answer half-life', s.voice?.halfLifeDays],
  ];
  for (const [what, days] of windows) {
    if (!isPositive(days)) problems.push(`${what} must be a positive number of days (got ${show(days)}).`);
  }
  return problems;
}

function isPositive(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : typeof value === 'string' ? `"${value}"` : String(value);
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) deepFreeze(child);
  }
  return Object.freeze(value);
}
