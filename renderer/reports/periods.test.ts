import { describe, expect, it } from 'vitest';
import { periodLength, periodProblem, presetOf, presetPeriod, PERIOD_PRESETS } from './periods';

describe('period presets', () => {
  it('counts "last N days" with today included', () => {
    expect(presetPeriod('last-30', '2026-11-24')).toEqual({ from: '2026-10-26', to: '2026-11-24' });
    expect(periodLength(presetPeriod('last-30', '2026-11-24'))).toBe(30);
    expect(periodLength(presetPeriod('last-90', '2026-03-01'))).toBe(90);
  });

  it('starts this quarter on its first day, whatever the month', () => {
    expect(presetPeriod('this-quarter', '2026-11-24')).toEqual({ from: '2026-10-01', to: '2026-11-24' });
    expect(presetPeriod('this-quarter', '2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-01-01' });
    expect(presetPeriod('this-quarter', '2026-06-30')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
  });

  it('takes last quarter whole, across a year end and a leap February', () => {
    expect(presetPeriod('last-quarter', '2026-11-24')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(presetPeriod('last-quarter', '2027-02-10')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(presetPeriod('last-quarter', '2024-05-01')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
  });

  it('runs year to date from 1 January', () => {
    expect(presetPeriod('year-to-date', '2026-11-24')).toEqual({ from: '2026-01-01', to: '2026-11-24' });
  });

  it('recognises a preset from its days, and nothing else', () => {
    for (const { value } of PERIOD_PRESETS) {
      const period = presetPeriod(value, '2026-08-15');
      // "Last 30 days" and "this quarter" can coincide; the first listed wins, and it is the same period.
      expect(presetPeriod(presetOf(period, '2026-08-15')!, '2026-08-15')).toEqual(period);
    }
    expect(presetOf({ from: '2026-08-02', to: '2026-08-15' }, '2026-08-15')).toBeNull();
  });

  it('says what is wrong with a hand-picked period', () => {
    expect(periodProblem({ from: '2026-08-01', to: '2026-08-15' }, '2026-08-15')).toBeNull();
    expect(periodProblem({ from: '2026-08-15', to: '2026-08-15' }, '2026-08-15')).toBeNull();
    expect(periodProblem({ from: '2026-08-16', to: '2026-08-15' }, '2026-08-20')).toMatch(/starts after it ends/);
    expect(periodProblem({ from: '2026-08-01', to: '2026-08-21' }, '2026-08-20')).toMatch(/after today/);
    expect(periodProblem({ from: '', to: '2026-08-15' }, '2026-08-20')).toMatch(/first day/);
    expect(periodProblem({ from: '2026-08-01', to: '2026-02-30' }, '2026-08-20')).toMatch(/last day/);
  });
});
