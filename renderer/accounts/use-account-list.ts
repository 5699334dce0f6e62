import { useCallback, useEffect, useRef, useState } from 'react';
import type { AccountList } from '../../shared/api/accounts';
import type { IsoDay } from '../../shared/domain';
import { call } from '../platform/client';
import { errorMessage } from '../ui/error-message';

export interface AccountListState {
  list: AccountList | null;
  /** Nothing to show yet: the first load is running. */
  loading: boolean;
  /** A newer list is on its way while the current one stays on screen. */
  refreshing: boolean;
  error: string | null;
  /** Fetches the accounts again (after an edit, a hand-over…); resolves once they are on screen. */
  reload: () => Promise<void>;
}

/**
 * Every account with its health as of the day. A reload keeps the current
 * table on screen until the new one arrives, and a slow answer never
 * overwrites a newer one.
 */
export function useAccountList(asOf: IsoDay): AccountListState {
  const [list, setList] = useState<AccountList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const latest = useRef(0);

  // Fetches and shows the accounts, unless a newer request was made meanwhile; state changes only once the answer is in.
  const fetchList = useCallback((): Promise<void> => {
    const request = ++latest.current;
    return call('accounts.list', { asOf }).then(
      (fetched) => {
        if (request !== latest.current) return;
        setList(fetched);
        setError(null);
      },
      (failure: unknown) => {
        if (request === latest.current) setError(errorMessage(failure));
      },
    );
  }, [asOf]);

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

  return { list, loading: list === null && (error === null || reloads > 0), refreshing: list !== null && reloads > 0, error, reload };
}
