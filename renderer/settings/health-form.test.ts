import { describe, expect, it } from 'vitest';
import { DEFAULT_HEALTH_SETTINGS, validateHealthSettings } from '../../shared/health/settings';
import { formFromSettings, readHealthForm, sameSettings, weightShares, type HealthForm } from './health-form';

const defaults = () => formFromSettings(DEFAULT_HEALTH_SETTINGS);
const withForm = (change: (form: HealthForm) => void) => {
  const form = defaults();
  change(form);
  return readHealthForm(form);
};

describe('reading the health settings form', () => {
  it('reads the defaults back unchanged', () => {
    const { settings, errors } = readHealthForm(defaults());
    expect(errors).toEqual({});
    expect(settings).toEqual(DEFAULT_HEALTH_SETTINGS);
    expect(sameSettings(settings!, DEFAULT_HEALTH_SETTINGS)).toBe(true);
  });

  it('takes a changed cadence, and what it reads always passes the engine’s own validation', () => {
    const { settings } = withForm((form) => {
      form.tiers[0]!.days = ' 7 ';
      form.weights.voice = '12.5';
    });
    expect(settings?.cadences.Strategic).toBe(7);
    expect(settings?.weights.voice).toBe(12.5);
    expect(validateHealthSettings(settings!)).toEqual([]);
    expect(sameSettings(settings!, DEFAULT_HEALTH_SETTINGS)).toBe(false);
  });

  it('says which weight is wrong, and refuses all-zero weights', () => {
    expect(withForm((form) => (form.weights.recency = 'lots')).errors).toEqual({ 'weight.recency': 'Enter a number from 0 to 1000.' });
    expect(withForm((form) => (form.weights.decay = '1001')).errors).toEqual({ 'weight.decay': 'At most 1000.' });
    expect(withForm((form) => (form.weights.complaint = '-5')).errors['weight.complaint']).toBeDefined();
    const allZero = withForm((form) => {
      for (const key of Object.keys(form.weights) as (keyof typeof form.weights)[]) form.weights[key] = '0';
    });
    expect(allZero.settings).toBeNull();
    expect(allZero.errors.weights).toMatch(/above zero/);
  });

  it('refuses empty, repeated (in any capitalisation) and out-of-range tiers, on the row at fault', () => {
    const result = withForm((form) => {
      form.tiers.push({ id: 'a', name: 'strategic ', days: '10' }, { id: 'b', name: '', days: '10' }, { id: 'c', name: 'Partner', days: '0' }, { id: 'd', name: 'Reseller', days: '2.5' });
    });
    expect(result.settings).toBeNull();
    expect(result.errors).toEqual({
      'tier.a.name': 'strategic is already listed; each tier needs one cadence.',
      'tier.b.name': 'Name the tier as accounts spell it, e.g. Strategic.',
      'tier.c.days': 'Whole days, 1 to 3650.',
      'tier.d.days': 'Whole days, 1 to 3650.',
    });
  });

  it('allows no tiers at all: every account then uses the default cadence', () => {
    const { settings } = withForm((form) => {
      form.tiers = [];
      form.defaultCadenceDays = '21';
    });
    expect(settings?.cadences).toEqual({});
    expect(settings?.defaultCadenceDays).toBe(21);
  });

  it('checks each band threshold and their order', () => {
    expect(withForm((form) => (form.bands.healthy = '101')).errors).toEqual({ 'bands.healthy': 'A score from 0 to 100.' });
    expect(withForm((form) => (form.defaultCadenceDays = '')).errors).toEqual({ defaultCadenceDays: 'Whole days, 1 to 3650.' });
    const disorder = withForm((form) => (form.bands.watch = '80'));
    expect(disorder.errors.bands).toBe('Thresholds go down from Healthy to At risk: at risk (35) ≤ watch (80) ≤ healthy (75).');
  });
});

describe('weightShares', () => {
  it('gives each factor its part of the total weight, in whole percent', () => {
    expect(weightShares(DEFAULT_HEALTH_SETTINGS.weights)).toEqual({ recency: 29, decay: 17, complaint: 23, sentiment: 14, voice: 17 });
    expect(weightShares({ recency: 0, decay: 0, complaint: 0, sentiment: 0, voice: 0 }).recency).toBeNull();
  });
});
