import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { TodayRow } from '../../shared/contract';
import { BAND_LABELS, type Band } from '../../shared/domain';
import { ErrorBanner } from '../ui/error-banner';
import { ErrorState } from '../ui/error-state';
import { formatCount, plural } from '../ui/format';
import { LoadingState } from '../ui/loading-state';
import { Spinner } from '../ui/spinner';
import { DropsPanel } from './drops-panel';
import { LogTouchDialog } from './log-touch-dialog';
import { RowActionsContext } from './row-actions';
import { filterTodayRows, toSearchQuery } from './search';
import { SnoozeDialog } from './snooze-dialog';
import { TodayHeader } from './today-header';
import { focusNextAccount, TodayTable } from './today-table';
import { TodayToolbar } from './today-toolbar';
import { useListDay } from './use-list-day';
import { useOwnerPreference } from './use-owner-preference';
import { useRowActions } from './use-row-actions';
import { useTodayList } from './use-today-list';
import { useTodayTable } from './use-today-table';

const NO_ROWS: readonly TodayRow[] = [];

/** Today's neglected-customer list: who to reach first, why, and what they are worth. */
export function TodayScreen() {
  const asOf = useListDay();
  const [owner, setOwner] = useOwnerPreference();
  const { list, loading, refreshing, error, reload } = useTodayList(asOf, owner);
  const [search, setSearch] = useState('');
  const [band, setBand] = useState<Band | null>(null);
  const [refreshErrorSeen, setRefreshErrorSeen] = useState<string | null>(null);
  // Typing stays responsive on huge lists: the filter catches up a frame later.
  const query = useDeferredValue(toSearchQuery(search));
  const rows = list?.rows ?? NO_ROWS;
  const shownRows = useMemo(() => filterTodayRows(rows, query, band), [rows, query, band]);
  const table = useTodayTable(shownRows);
  // Once an account is logged or snoozed, keyboard focus moves on to the next account when the new list is on screen.
  const focusNextOnUpdate = useRef(false);
  const accountDone = useCallback(() => {
    focusNextOnUpdate.current = true;
  }, []);
  useEffect(() => {
    if (!list || !focusNextOnUpdate.current) return;
    focusNextOnUpdate.current = false;
    focusNextAccount();
  }, [list]);
  const { dialog, closeDialog, rowActions, touchLogged, snoozed, actionError, clearActionError } = useRowActions(asOf, reload, accountDone);

  // An owner remembered from another day may have left; fall back to everyone.
  useEffect(() => {
    if (list && list.owner === owner && owner !== null && !list.owners.includes(owner)) setOwner(null);
  }, [list, owner, setOwner]);

  const shown = shownRows.length;
  // Accounts handed over to this owner and not yet introduced: they stay on the list until a touch is logged.
  const introductions = useMemo(() => rows.reduce((n, row) => n + (row.intro ? 1 : 0), 0), [rows]);
  const filtered = query !== '' || band !== null;
  const waiting = list ? list.total - list.reached : 0;
  const clearFilters = () => {
    setSearch('');
    setBand(null);
  };

  let body;
  if (loading) body = <LoadingState label="Loading today's list…" />;
  else if (!list) body = <ErrorState title="Today's list could not be loaded" message={error ?? 'Unknown error.'} onRetry={() => void reload()} />;
  else if (rows.length === 0) body = <NothingToDo who={owner} snoozed={list.snoozed} />;
  else if (shown === 0)
    body = (
      <div className="state" data-testid="no-matches">
        <p className="state__title">No accounts match</p>
        <p className="state__text">
          Nothing on today's list matches {query ? `“${search.trim()}”` : ''}
          {query && band ? ' in ' : ''}
          {band ? `the ${BAND_LABELS[band]} band` : ''}.
        </p>
        <button type="button" className="button" onClick={clearFilters}>
          Clear filters
        </button>
      </div>
    );
  else
    body = (
      <RowActionsContext.Provider value={rowActions}>
        <TodayTable table={table} label={`Accounts that need attention for ${owner ?? 'everyone'}`} />
      </RowActionsContext.Provider>
    );

  return (
    <div className="app">
      <TodayHeader
        asOf={asOf}
        owners={list?.owners ?? []}
        owner={owner}
        onOwnerChange={setOwner}
        progress={list ? { reached: list.reached, total: list.total } : null}
      />
      <main className="today">
        <div className="today__intro">
          <div>
            <h1 className="today__title">Who needs you today</h1>
            <p className="today__summary" data-testid="today-summary">
              {list ? (
                <>
                  {plural(waiting, 'account')} {waiting === 1 ? 'needs' : 'need'} attention
                  {list.reached > 0 && <> · {formatCount(list.reached)} reached</>}
                  {list.snoozed > 0 && <> · {formatCount(list.snoozed)} snoozed</>}
                  {introductions > 0 && (
                    <>
                      {' '}
                      · <span data-testid="intro-count">{plural(introductions, 'introduction')} waiting</span>
                    </>
                  )}
                  {filtered && <> · showing {formatCount(shown)}</>}
                </>
              ) : (
                ' '
              )}
            </p>
          </div>
          {refreshing && (
            <span className="today__refreshing" role="status">
              <Spinner size="s" /> Updating…
            </span>
          )}
        </div>
        {actionError && <ErrorBanner message={actionError} onDismiss={clearActionError} />}
        {error && list && error !== refreshErrorSeen && (
          <ErrorBanner message={`The list could not be refreshed: ${error}`} retry={() => void reload()} onDismiss={() => setRefreshErrorSeen(error)} />
        )}
        <DropsPanel asOf={asOf} owner={owner} />
        <section className="card today__card" aria-label="Today's list">
          <TodayToolbar table={table} search={search} onSearchChange={setSearch} band={band} onBandChange={setBand} />
          {body}
        </section>
      </main>
      {dialog?.kind === 'log-touch' && (
        <LogTouchDialog account={dialog.account} asOf={asOf} onClose={closeDialog} onLogged={(details) => void touchLogged(dialog.account, details)} />
      )}
      {dialog?.kind === 'snooze' && (
        <SnoozeDialog account={dialog.account} asOf={asOf} onClose={closeDialog} onSnoozed={(until) => void snoozed(dialog.account, until)} />
      )}
    </div>
  );
}

function NothingToDo({ who, snoozed }: { who: string | null; snoozed: number }) {
  return (
    <div className="state" data-testid="nothing-to-do">
      <p className="state__title">Everyone is in good shape</p>
      <p className="state__text">
        Nobody needs attention {who ? `in ${who}'s portfolio` : ''} today.
        {snoozed > 0 ? ` ${plural(snoozed, 'account')} ${snoozed === 1 ? 'is' : 'are'} snoozed.` : ''}
      </p>
    </div>
  );
}
