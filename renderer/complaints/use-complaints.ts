import { useCallback, useEffect, useRef, useState } from 'react';
import type { ComplaintInfo, SurveySummary } from '../../shared/api/account-page';
import type { IsoDay } from '../../shared/domain';
import { call } from '../platform/client';
import { errorMessage } from '../ui/error-message';

export interface ComplaintsState {
  complaints: ComplaintInfo[] | null;
  /** The portfolio's NPS-style figure for the same owner; null until known or when it could not be had. */
  voice: SurveySummary | null;
  owners: string[];
  loading: boolean;
  refreshing: boolean;
  error: string | null;
  reload: () => Promise<void>;
}

interface Answer {
  /** Which day, owner and resolved choice this answer is for. */
  key: string;
  complaints: ComplaintInfo[] | null;
  voice: SurveySummary | null;
  error: string | null;
}

/**
 * The complaints for one owner (or everyone), with or without resolved ones,
 * and the survey summary beside them. Changing the owner keeps the current
 * list on screen until the new one arrives, and a newer request always wins
 * over a slower, older one.
 */
export function useComplaints(asOf: IsoDay, owner: string | null, includeResolved: boolean): ComplaintsState {
  const key = `${asOf}\n${owner ?? ''}\n${includeResolved}`;
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [owners, setOwners] = useState<string[]>([]);
  const [reloads, setReloads] = useState(0);
  const latestRequest = useRef(0);

  // Answers arrive in .then callbacks: nothing is set while the effect that asks is still running.
  const fetchAll = useCallback((): Promise<void> => {
    const request = ++latestRequest.current;
    return Promise.all([
      call('complaints.list', { asOf, owner, includeResolved }),
      // The figure is a companion to the list: the list still shows when it cannot be had.
      call('surveys.summary', { asOf, owner }).catch(() => null),
    ]).then(
      ([complaints, voice]) => {
        if (request === latestRequest.current) setAnswer({ key, complaints, voice, error: null });
      },
      (failure: unknown) => {
        if (request === latestRequest.current) setAnswer((previous) => ({ key, complaints: previous?.complaints ?? null, voice: previous?.voice ?? null, error: errorMessage(failure) }));
      },
    );
  }, [asOf, owner, includeResolved, key]);

  useEffect(() => {
    void fetchAll();
  }, [fetchAll]);

  const reload = useCallback(async () => {
    setReloads((n) => n + 1);
    try {
      await fetchAll();
    } finally {
      setReloads((n) => n - 1);
    }
  }, [fetchAll]);

  useEffect(() => {
    let current = true;
    call('store.summary', {}).then(
      (summary) => current && setOwners(summary.owners),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  const complaints = answer?.complaints ?? null;
  const waiting = answer?.key !== key || reloads > 0;
  return {
    complaints,
    voice: answer?.voice ?? null,
    owners,
    loading: complaints === null && waiting,
    refreshing: complaints !== null && waiting,
    error: answer?.key === key ? answer.error : null,
    reload,
  };
}
