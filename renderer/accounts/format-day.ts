import type { IsoDay } from '../../shared/domain';

const dayWithYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "14 Nov 2026" (in the user's locale): accounts span years, so the year is always shown. */
export function formatDay(day: IsoDay): string {
  return dayWithYear.format(new Date(`${day}T00:00:00Z`));
}
