import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { HISTORY, backfillDays, daysApart, isWeeklyDay, weeklyDayOnOrBefore } from './days';

describe('back-fill days', () => {
  it('are today, the 28 days before it, then 26 Mondays, newest first and never twice', () => {
    const days = backfillDays('2026-11-24');
    expect(days).toHaveLength(1 + HISTORY.dailyDays + HISTORY.weeks);
    expect(days.slice(0, 3)).toEqual(['2026-11-24', '2026-11-23', '2026-11-22']);
    expect(days[HISTORY.dailyDays]).toBe('2026-10-27');
    const weekly = days.slice(HISTORY.dailyDays + 1);
    expect(weekly[0]).toBe('2026-10-26');
    expect(weekly.every(isWeeklyDay)).toBe(true);
    expect(weekly.every((day, i) => i === 0 || daysApart(day, weekly[i - 1]!) === 7)).toBe(true);
    expect(days.toSorted().toReversed()).toEqual(days);
    expect(new Set(days).size).toBe(days.length);
  });

  it('keep the same weekly days from one day to the next, so history does not pile up', () => {
    for (let shift = 0; shift < 7; shift++) {
      const today = addDays('2026-11-24', shift);
      const weekly = new Set(backfillDays(today).slice(HISTORY.dailyDays + 1));
      const tomorrow = backfillDays(addDays(today, 1)).slice(HISTORY.dailyDays + 1);
      // Tomorrow's weekly days are today's, or one Monday newer.
      expect(tomorrow.filter((day) => !weekly.has(day)).length).toBeLessThanOrEqual(1);
    }
  });

  it('finds the Monday on or before a day', () => {
    expect(weeklyDayOnOrBefore('2026-11-23')).toBe('2026-11-23');
    expect(weeklyDayOnOrBefore('2026-11-29')).toBe('2026-11-23');
    expect(weeklyDayOnOrBefore('2026-11-22')).toBe('2026-11-16');
    expect(daysApart('2026-11-20', '2026-11-24')).toBe(4);
    expect(daysApart('2026-11-24', '2026-11-20')).toBe(-4);
  });
});
