import { useEffect, useState } from 'react';
import type { ScoreDrop } from '../../shared/api/account-page';
import type { IsoDay } from '../../shared/domain';
import { call } from '../platform/client';
import { errorMessage } from '../ui/error-message';

/** "This week": the drops panel compares each account's score with a week ago. */
export const DROP_DAYS = 7;
const SHOWN_DROPS = 5;

export type ScoreDropsState = { state: 'loading' } | { state: 'ready'; drops: ScoreDrop[] } | { state: 'failed'; message: string };

/**
 * The accounts (of one owner, or everyone's) whose score fell most over the
 * last week, from the daily score snapshots. Fetched again when the owner or
 * the day changes; a slow answer for an earlier owner is dropped.
 */
export function useScoreDrops(asOf: IsoDay, owner: string | null): ScoreDropsState {
  const key = `${asOf}\n${owner ?? ''}`;
  const [answer, setAnswer] = useState<{ key: string; result: ScoreDropsState } | null>(null);

  useEffect(() => {
    let current = true;
    call('history.drops', { asOf, owner, days: DROP_DAYS, limit: SHOWN_DROPS }).then(
      (drops) => current && setAnswer({ key, result: { state: 'ready', drops } }),
      (failure: unknown) => current && setAnswer({ key, result: { state: 'failed', message: errorMessage(failure) } }),
    );
    return () => {
      current = false;
    };
  }, [asOf, owner, key]);

  return answer?.key === key ? answer.result : { state: 'loading' };
}
