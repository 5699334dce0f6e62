import { addDays, isIsoDay } from '../../shared/dates';
import type { IsoDay } from '../../shared/domain';

/** The days an account update covers, both ends included. */
export interface Period {
  from: IsoDay;
  to: IsoDay;
}

export type PeriodPreset = 'last-30' | 'last-90' | 'this-quarter' | 'last-quarter' | 'year-to-date';

/** The presets the export dialog offers, in the order it shows them. */
export const PERIOD_PRESETS: readonly { value: PeriodPreset; label: string }[] = [
  { value: 'last-30', label: 'Last 30 days' },
  { value: 'last-90', label: 'Last 90 days' },
  { value: 'this-quarter', label: 'This quarter' },
  { value: 'last-quarter', label: 'Last quarter' },
  { value: 'year-to-date', label: 'Year to date' },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day of the calendar quarter that holds `day`. */
function quarterStart(day: IsoDay): IsoDay {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return `${year}-${pad(Math.floor((month - 1) / 3) * 3 + 1)}-01`;
}

/**
 * The period a preset stands for, seen from `today` (a UTC day, included in
 * every "last N days" and "this …" period).
 * @example presetPeriod('this-quarter', '2026-11-24') // { from: '2026-10-01', to: '2026-11-24' }
 */
export function presetPeriod(preset: PeriodPreset, today: IsoDay): Period {
  switch (preset) {
    case 'last-30':
      return { from: addDays(today, -29), to: today };
    case 'last-90':
      return { from: addDays(today, -89), to: today };
    case 'this-quarter':
      return { from: quarterStart(today), to: today };
    case 'last-quarter': {
      const to = addDays(quarterStart(today), -1);
      return { from: quarterStart(to), to };
    }
    case 'year-to-date':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}

/** Which preset a period is, if any (so hand-picked days that happen to match still show their preset). */
export function presetOf(period: Period, today: IsoDay): PeriodPreset | null {
  for (const { value } of PERIOD_PRESETS) {
    const candidate = presetPeriod(value, today);
    if (candidate.from === period.from && candidate.to === period.to) return value;
  }
  return null;
}

/** What is wrong with a hand-picked period, in words; null when it can be reported on. */
export function periodProblem(period: Period, today: IsoDay): string | null {
  if (!isIsoDay(period.from)) return 'Pick the first day of the period.';
  if (!isIsoDay(period.to)) return 'Pick the last day of the period.';
  if (period.from > period.to) return 'The period starts after it ends: pick a first day on or before the last day.';
  if (period.to > today) return 'The period cannot end after today: pick today or an earlier last day.';
  return null;
}

/** How many days a period covers, both ends included. */
export function periodLength(period: Period): number {
  return Math.round((Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000) + 1;
}
