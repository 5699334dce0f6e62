import { useCallback, useEffect, useRef, useState } from 'react';
import type { TodayList } from '../../shared/contract';
import type { IsoDay } from '../../shared/domain';
import { call } from '../platform/client';
import { errorMessage } from '../ui/error-message';
import { FIRST_ROWS, takePrefetchedList } from './prefetch';

export interface TodayListState {
  list: TodayList | null;
  /** Nothing to show yet: the first load (or a retry after it failed) is running. */
  loading: boolean;
  /** A newer list is on its way while the current one stays on screen. */
  refreshing: boolean;
  error: string | null;
  /** Fetches the list again (after logging a touch, snoozing…); resolves once it is on screen. */
  reload: () => Promise<void>;
}

interface Answer {
  /** Which day and owner this answer is for. */
  key: string;
  list: TodayList | null;
  error: string | null;
}

async function fetchAnswer(asOf: IsoDay, owner: string | null, key: string, limit?: number): Promise<Answer> {
  try {
    const early = limit === FIRST_ROWS ? takePrefetchedList(asOf, owner) : null;
    return { key, list: await (early ?? call('today.list', { asOf, owner, limit })), error: null };
  } catch (failure) {
    return { key, list: null, error: errorMessage(failure) };
  }
}

/**
 * Today's list for one owner (or everyone). Changing owner or reloading keeps
 * the current list visible until the new one arrives; answers to superseded
 * requests are dropped so a slow reply never overwrites a newer one.
 */
export function useTodayList(asOf: IsoDay, owner: string | null): TodayListState {
  const key = `${asOf}\n${owner ?? ''}`;
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [reloads, setReloads] = useState(0);
  const latestRequest = useRef(0);

  // Fetches the list and shows it, unless a newer request was made meanwhile.
  const fetchList = useCallback((): Promise<void> => {
    const request = ++latestRequest.current;
    const show = (fetched: Answer) => {
      if (request === latestRequest.current) setAnswer((previous) => ({ ...fetched, list: fetched.list ?? previous?.list ?? null }));
    };
    return fetchAnswer(asOf, owner, key, FIRST_ROWS).then(async (first) => {
      show(first);
      if (first.list && first.list.total > first.list.rows.length && request === latestRequest.current) {
        show(await fetchAnswer(asOf, owner, key));
      }
    });
  }, [asOf, owner, key]);

  useEffect(() => {
    void fetchList();
  }, [fetchList]);

  const reload = useCallback(async () => {
    setReloads((n) => n + 1);
    try {
      await fetchList();
    } finally {
      setReloads((n) => n - 1);
    }
  }, [fetchList]);

  const list = answer?.list ?? null;
  const waiting = answer?.key !== key || reloads > 0;
  return {
    list,
    loading: list === null && waiting,
    refreshing: list !== null && waiting,
    error: answer?.key === key ? answer.error : null,
    reload,
  };
}
