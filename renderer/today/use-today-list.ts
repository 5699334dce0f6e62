import { useCallback, useEffect, useRef, useState } from 'react';
import type { TodayList } from '../../shared/contract';
import type { IsoDay } from '../../shared/domain';
import { call } from '../platform/client';
import { errorMessage } from '../ui/error-message';

export interface TodayListState {
  list: TodayList | null;
  /** The first load has not finished yet (nothing to show). */
  loading: boolean;
  /** A reload is running while the previous list stays on screen. */
  refreshing: boolean;
  error: string | null;
  /** Fetches the list again (after logging a touch, snoozing…); resolves once it is on screen. */
  reload: () => Promise<void>;
}

/**
 * Today's list for one owner (or everyone). Changing owner or reloading keeps
 * the current list visible until the new one arrives; answers to superseded
 * requests are dropped so a slow reply never overwrites a newer one.
 */
export function useTodayList(asOf: IsoDay, owner: string | null): TodayListState {
  const [list, setList] = useState<TodayList | null>(null);
  const [pending, setPending] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const latestRequest = useRef(0);

  const load = useCallback(async () => {
    const request = ++latestRequest.current;
    setPending((n) => n + 1);
    try {
      const fetched = await call('today.list', { asOf, owner });
      if (request === latestRequest.current) {
        setList(fetched);
        setError(null);
      }
    } catch (failure) {
      if (request === latestRequest.current) setError(errorMessage(failure));
    } finally {
      setPending((n) => n - 1);
    }
  }, [asOf, owner]);

  useEffect(() => {
    void load();
  }, [load]);

  return { list, loading: list === null && pending > 0, refreshing: list !== null && pending > 0, error, reload: load };
}
