import { useCallback, useEffect, useRef, useState } from 'react';
import type { AccountPage, TimelineEntry } from '../../shared/api/account-page';
import type { IsoDay } from '../../shared/domain';
import type { HealthSettings } from '../../shared/health/types';
import { call } from '../platform/client';
import { errorMessage } from '../ui/error-message';

export type BandThresholds = HealthSettings['bands'];

export interface AccountPageState {
  page: AccountPage | null;
  timeline: TimelineEntry[] | null;
  /** The band thresholds, for the score chart's background; null until known (the chart then shows no bands). */
  bands: BandThresholds | null;
  loading: boolean;
  refreshing: boolean;
  error: string | null;
  /** Fetches the page and timeline again (after a change); resolves with the new page once it is on screen (null if it failed or was superseded). */
  reload: () => Promise<AccountPage | null>;
}

interface Answer {
  /** Which account and day this answer is for. */
  key: string;
  page: AccountPage | null;
  timeline: TimelineEntry[] | null;
  error: string | null;
}

/**
 * One account's page and timeline as of a day. A reload keeps the page on
 * screen until the new one arrives; a reply to a superseded request is dropped.
 */
export function useAccountPage(accountId: number, asOf: IsoDay): AccountPageState {
  const key = `${accountId}\n${asOf}`;
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [bands, setBands] = useState<BandThresholds | null>(null);
  const [reloads, setReloads] = useState(0);
  const latestRequest = useRef(0);

  // Answers arrive in .then callbacks: nothing is set while the effect that asks is still running.
  const fetchPage = useCallback((): Promise<AccountPage | null> => {
    const request = ++latestRequest.current;
    return Promise.all([call('account.detail', { accountId, asOf }), call('account.timeline', { accountId })]).then(
      ([page, timeline]) => {
        if (request !== latestRequest.current) return null;
        setAnswer({ key, page, timeline, error: null });
        return page;
      },
      (failure: unknown) => {
        if (request === latestRequest.current) setAnswer((previous) => ({ key, page: previous?.page ?? null, timeline: previous?.timeline ?? null, error: errorMessage(failure) }));
        return null;
      },
    );
  }, [accountId, asOf, key]);

  useEffect(() => {
    void fetchPage();
  }, [fetchPage]);

  const reload = useCallback(async () => {
    setReloads((n) => n + 1);
    try {
      return await fetchPage();
    } finally {
      setReloads((n) => n - 1);
    }
  }, [fetchPage]);

  // The thresholds only paint the chart's background: without them the page is still whole.
  useEffect(() => {
    let current = true;
    call('settings.health', {}).then(
      (settings) => current && setBands(settings.bands),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  const page = answer?.page ?? null;
  const waiting = answer?.key !== key || reloads > 0;
  return {
    page,
    timeline: answer?.timeline ?? null,
    bands,
    loading: page === null && waiting,
    refreshing: page !== null && waiting,
    error: answer?.key === key ? answer.error : null,
    reload,
  };
}
