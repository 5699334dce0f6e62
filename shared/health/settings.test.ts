import { describe, expect, it } from 'vitest';
import { DEFAULT_HEALTH_SETTINGS, cadenceFor, tierCadence, validateHealthSettings } from './settings';
import type { HealthSettings } from './types';

const withChange = (change: (s: HealthSettings) => void): HealthSettings => {
  const copy = structuredClone(DEFAULT_HEALTH_SETTINGS) as HealthSettings;
  change(copy);
  return copy;
};

const problemsWith = (change: (s: HealthSettings) => void) => validateHealthSettings(withChange(change));

describe('DEFAULT_HEALTH_SETTINGS', () => {
  it('is valid', () => {
    expect(validateHealthSettings(DEFAULT_HEALTH_SETTINGS)).toEqual([]);
  });

  it('has the agreed cadences and windows', () => {
    expect(DEFAULT_HEALTH_SETTINGS.cadences).toEqual({ Strategic: 14, Standard: 30, 'Long tail': 90 });
    expect(DEFAULT_HEALTH_SETTINGS.defaultCadenceDays).toBe(30);
    expect(DEFAULT_HEALTH_SETTINGS.decay).toEqual({ recentDays: 90, baselineDays: 365 });
    expect(DEFAULT_HEALTH_SETTINGS.sentiment.halfLifeDays).toBe(45);
    expect(DEFAULT_HEALTH_SETTINGS.voice.halfLifeDays).toBe(180);
  });

  it('cannot be edited in place', () => {
    expect(() => {
      (DEFAULT_HEALTH_SETTINGS.weights as { recency: number }).recency = 1;
    }).toThrow(TypeError);
    expect(Object.isFrozen(DEFAULT_HEALTH_SETTINGS.cadences)).toBe(true);
  });
});

describe('cadenceFor', () => {
  it('uses the tier’s cadence, forgiving case and spaces', () => {
    expect(cadenceFor('Strategic', DEFAULT_HEALTH_SETTINGS)).toBe(14);
    expect(cadenceFor('long TAIL ', DEFAULT_HEALTH_SETTINGS)).toBe(90);
    expect(tierCadence('standard', DEFAULT_HEALTH_SETTINGS)).toEqual({ tier: 'Standard', days: 30 });
  });

  it('falls back to the default cadence for unknown tiers, including object-prototype names', () => {
    expect(cadenceFor('Partner', DEFAULT_HEALTH_SETTINGS)).toBe(30);
    expect(cadenceFor('', DEFAULT_HEALTH_SETTINGS)).toBe(30);
    expect(cadenceFor('constructor', DEFAULT_HEALTH_SETTINGS)).toBe(30);
    expect(tierCadence('toString', DEFAULT_HEALTH_SETTINGS)).toBeNull();
  });

  it('prefers an exact match and ignores unusable entries', () => {
    const settings = withChange((s) => {
      s.cadences = { vip: 7, VIP: 3, Broken: 0 };
    });
    expect(cadenceFor('VIP', settings)).toBe(3);
    expect(cadenceFor('vip', settings)).toBe(7);
    expect(cadenceFor('Broken', settings)).toBe(settings.defaultCadenceDays);
  });
});

describe('validateHealthSettings', () => {

  it('rejects negative and non-numeric weights', () => {
    expect(problemsWith((s) => (s.weights.decay = -1))).toEqual(['The weight for decay cannot be negative (got -1).']);
    expect(problemsWith((s) => (s.weights.voice = Number.NaN))).toEqual(['The weight for voice must be a number (got NaN).']);
  });

  it('rejects all-zero weights', () => {
    const problems = problemsWith((s) => {
      s.weights = { recency: 0, decay: 0, complaint: 0, sentiment: 0, voice: 0 };
    });
    expect(problems).toEqual(['At least one factor needs a weight above zero.']);
  });

  it('rejects thresholds out of order or outside 0–100', () => {
    expect(problemsWith((s) => (s.bands = { healthy: 50, watch: 60, atRisk: 30 }))).toEqual([
      'Band thresholds must be in order: at risk (30) ≤ watch (60) ≤ healthy (50).',
    ]);
    expect(problemsWith((s) => (s.bands.healthy = 101))).toEqual(['The healthy threshold must be between 0 and 100 (got 101).']);
    expect(problemsWith((s) => (s.bands = { healthy: 60, watch: 60, atRisk: 60 }))).toEqual([]);
  });

  it('rejects cadences and windows that are not positive', () => {
    expect(problemsWith((s) => (s.cadences.Strategic = 0))).toEqual(['The cadence for Strategic must be a positive number of days (got 0).']);
    expect(problemsWith((s) => (s.cadences[' '] = 5))).toEqual(['A tier cadence has an empty tier name.']);
    expect(problemsWith((s) => (s.defaultCadenceDays = -3))).toEqual(['The default cadence must be a positive number of days (got -3).']);
    expect(problemsWith((s) => (s.decay.recentDays = 0))).toEqual(['The recent window must be a positive number of days (got 0).']);
    expect(problemsWith((s) => (s.decay.baselineDays = Number.POSITIVE_INFINITY))).toEqual([
      'The baseline window must be a positive number of days (got Infinity).',
    ]);
    expect(problemsWith((s) => (s.sentiment.halfLifeDays = 0))).toEqual(['The sentiment half-life must be a positive number of days (got 0).']);
    expect(problemsWith((s) => (s.voice.halfLifeDays = -1))).toEqual(['The survey-answer half-life must be a positive number of days (got -1).']);
  });

  it('reports every problem at once, and survives a malformed object from storage', () => {
    const problems = problemsWith((s) => {
      s.weights.recency = -5;
      s.defaultCadenceDays = 0;
      s.bands.atRisk = 90;
    });
    expect(problems).toHaveLength(3);
    const malformed = { weights: { recency: '10' } } as unknown as HealthSettings;
    expect(validateHealthSettings(malformed).length).toBeGreaterThan(5);
  });
});
