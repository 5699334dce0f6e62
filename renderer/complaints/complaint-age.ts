/**
 * How worrying a complaint's age, or the customer's wait for news, is. The
 * steps follow the health model: silence counts fully after 14 days, age after
 * 60, so a week is where "new" ends.
 */
export type AgeBucket = 'new' | 'aging' | 'old' | 'stale';

/** Open under a week: new; under two weeks: aging; under a month: old; a month or more: stale. */
export function ageBucket(days: number): AgeBucket {
  if (days < 7) return 'new';
  if (days < 14) return 'aging';
  return days < 30 ? 'old' : 'stale';
}

export type SilenceBucket = 'recent' | 'waiting' | 'silent' | 'forgotten';

/** Heard from us in the last 2 days: recent; within a week: waiting; within two weeks: silent; longer: forgotten. */
export function silenceBucket(days: number): SilenceBucket {
  if (days <= 2) return 'recent';
  if (days <= 6) return 'waiting';
  return days < 14 ? 'silent' : 'forgotten';
}

export const AGE_BUCKET_LABELS: Record<AgeBucket, string> = {
  new: 'Under a week',
  aging: '1–2 weeks',
  old: '2–4 weeks',
  stale: 'A month or more',
};
