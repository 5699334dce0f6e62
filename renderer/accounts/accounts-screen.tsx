import type { RowSelectionState } from '@tanstack/react-table';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { AccountListRow, AccountViewState, SavedView } from '../../shared/api/accounts';
import { useNavigation } from '../navigation';
import { call } from '../platform/client';
import { AppBar } from '../ui/app-bar';
import { ErrorBanner } from '../ui/error-banner';
import { ErrorState } from '../ui/error-state';
import { errorMessage } from '../ui/error-message';
import { formatCount, plural } from '../ui/format';
import { LoadingState } from '../ui/loading-state';
import { Spinner } from '../ui/spinner';
import { useToast } from '../ui/toast';
import { useListDay } from '../today/use-list-day';
import { AccountActionsContext, type AccountActions } from './account-actions';
import { clearFilters, DEFAULT_VIEW, describeFilters, filterAccounts, isFiltered } from './account-filters';
import { AccountsDialogs, type AccountsDialog } from './accounts-dialogs';
import { AccountsGrid } from './accounts-grid';
import { AccountsToolbar } from './accounts-toolbar';
import { isAccountColumnId } from './column-ids';
import { ColumnsMenu } from './columns-menu';
import { accountsCsv, exportFileName } from './csv-export';
import { EmptyAccounts } from './empty-accounts';
import { saveCsv } from './save-csv';
import { SelectionBar } from './selection-bar';
import { useAccountList } from './use-account-list';
import { useAccountsTable } from './use-accounts-table';
import { useAccountsView } from './use-accounts-view';
import { useSavedViews } from './use-saved-views';
import { ViewsMenu } from './views-menu';

const NO_ROWS: readonly AccountListRow[] = [];
const sameView = (a: AccountViewState, b: AccountViewState) => JSON.stringify({ ...DEFAULT_VIEW, ...a }) === JSON.stringify({ ...DEFAULT_VIEW, ...b });

/**
 * Every account, active and churned: find them (search, filters, saved
 * views), export what is shown, create and edit accounts, mark them churned
 * or back, and hand a selection over to another owner.
 */
export function AccountsScreen() {
  const asOf = useListDay();
  const { go } = useNavigation();
  const toast = useToast();
  const { list, loading, refreshing, error, reload } = useAccountList(asOf);
  const { view, savedViewId, updateView, applyView } = useAccountsView();
  const savedViews = useSavedViews();
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [dialog, setDialog] = useState<AccountsDialog | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  // The last background error the user dismissed: it stays away until a different one comes.
  const [dismissed, setDismissed] = useState<string | null>(null);

  // Typing in the search box stays responsive at 50,000 accounts: the filter catches up a frame later.
  const filterView = useDeferredValue(view);
  const rows = list?.rows ?? NO_ROWS;
  const shownRows = useMemo(() => filterAccounts(rows, filterView), [rows, filterView]);
  const table = useAccountsTable(shownRows, view, updateView, rowSelection, setRowSelection);
  const selectedRows = useMemo(() => rows.filter((row) => rowSelection[String(row.id)]), [rows, rowSelection]);
  const currentSaved = savedViews.views.find((saved) => saved.id === savedViewId) ?? null;
  const changed = currentSaved !== null && !sameView(currentSaved.state, view);

  const open = useCallback((row: AccountListRow) => go({ section: 'account', accountId: row.id }), [go]);
  const actions = useMemo<AccountActions>(
    () => ({
      open,
      edit: (account) => setDialog({ kind: 'edit', account }),
      churn: (account) => setDialog({ kind: 'churn', account }),
      handOver: (accounts) => setDialog({ kind: 'handover', accounts }),
      reactivate: (account) => {
        setActionError(null);
        void (async () => {
          try {
            await call('accounts.reactivate', { accountId: account.id });
            await reload();
            toast({ message: `${account.name} is active again and scored from today.` });
          } catch (failure) {
            setActionError(`Could not reactivate ${account.name}: ${errorMessage(failure)}`);
          }
        })();
      },
    }),
    [open, reload, toast],
  );

  const pickView = (saved: SavedView | null) => {
    applyView(saved?.state ?? DEFAULT_VIEW, saved?.id ?? null);
  };

  const deleteView = async (saved: SavedView) => {
    setActionError(null);
    try {
      await savedViews.remove(saved.id);
      if (saved.id === savedViewId) applyView(view, null);
      toast({
        message: `Deleted the view “${saved.name}”.`,
        tone: 'info',
        action: { label: 'Undo', run: () => void savedViews.save(saved.name, saved.state).catch((failure) => setActionError(errorMessage(failure))) },
      });
    } catch (failure) {
      setActionError(`Could not delete “${saved.name}”: ${errorMessage(failure)}`);
    }
  };

  const exportCsv = async () => {
    setExporting(true);
    setActionError(null);
    try {
      const exported = table.getRowModel().rows.map((row) => row.original);
      const columns = table
        .getVisibleLeafColumns()
        .map((column) => column.id)
        .filter(isAccountColumnId);
      const name = exportFileName(asOf, currentSaved && !changed ? currentSaved.name : null);
      const saved = await saveCsv(accountsCsv(exported, columns), name);
      if (saved) toast({ message: `Exported ${plural(exported.length, 'account')} to ${saved.savedTo === 'disk' ? saved.path : saved.name}.` });
    } catch (failure) {
      setActionError(`The export failed: ${errorMessage(failure)}`);
    } finally {
      setExporting(false);
    }
  };

  const filters = describeFilters(view);
  let body;
  if (loading) body = <LoadingState label="Loading every account…" />;
  else if (!list) body = <ErrorState title="The accounts could not be loaded" message={error ?? 'Unknown error.'} onRetry={() => void reload()} />;
  else if (rows.length === 0) body = <EmptyAccounts onLoaded={() => void reload()} onCreate={() => setDialog({ kind: 'create' })} />;
  else if (shownRows.length === 0)
    body = (
      <div className="state" data-testid="no-matches">
        <p className="state__title">No accounts match</p>
        <p className="state__text">No account matches {filters.join(', ')}.</p>
        <button type="button" className="button" onClick={() => updateView(clearFilters)}>
          Clear filters
        </button>
      </div>
    );
  else body = <AccountsGrid table={table} label="Accounts" onOpen={open} />;

  const active = rows.reduce((n, row) => n + (row.status === 'active' ? 1 : 0), 0);
  return (
    <div className="app">
      <AppBar>
        <div className="app-bar__spacer" />
      </AppBar>
      <main className="accounts" data-testid="accounts-screen">
        <div className="today__intro">
          <div>
            <h1 className="today__title">Accounts</h1>
            <p className="today__summary" data-testid="accounts-summary">
              {list ? (
                <>
                  {plural(rows.length, 'account')} · {formatCount(active)} active
                  {isFiltered(view) && <> · showing {formatCount(shownRows.length)}</>}
                </>
              ) : (
                ' '
              )}
            </p>
          </div>
          <div className="accounts__actions">
            {refreshing && (
              <span className="today__refreshing" role="status">
                <Spinner size="s" /> Updating…
              </span>
            )}
            <ViewsMenu
              views={savedViews.views}
              current={currentSaved}
              changed={changed}
              filtered={isFiltered(view)}
              onPick={pickView}
              onSaveAs={() => setDialog({ kind: 'save-view' })}
              onDelete={(saved) => void deleteView(saved)}
            />
            {list && rows.length > 0 && <ColumnsMenu table={table} />}
            <button type="button" className="button" onClick={() => void exportCsv()} disabled={!list || shownRows.length === 0 || exporting} data-testid="export-csv">
              {exporting && <Spinner size="s" />}
              Export CSV
            </button>
            <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'create' })} disabled={!list} data-testid="new-account">
              New account
            </button>
          </div>
        </div>
        {actionError && <ErrorBanner message={actionError} onDismiss={() => setActionError(null)} />}
        {savedViews.error && savedViews.error !== dismissed && (
          <ErrorBanner message={`Saved views could not be loaded: ${savedViews.error}`} onDismiss={() => setDismissed(savedViews.error)} />
        )}
        {error && list && error !== dismissed && (
          <ErrorBanner message={`The accounts could not be refreshed: ${error}`} retry={() => void reload()} onDismiss={() => setDismissed(error)} />
        )}
        <section className="card accounts__card" aria-label="All accounts">
          {list && rows.length > 0 && <AccountsToolbar list={list} view={view} onChange={updateView} onClear={() => updateView(clearFilters)} />}
          {selectedRows.length > 0 && (
            <SelectionBar
              selected={selectedRows}
              shown={shownRows}
              onHandOver={() => setDialog({ kind: 'handover', accounts: selectedRows })}
              onClear={() => setRowSelection({})}
            />
          )}
          <AccountActionsContext.Provider value={actions}>{body}</AccountActionsContext.Provider>
        </section>
      </main>
      {list && (
        <AccountsDialogs
          dialog={dialog}
          asOf={asOf}
          list={list}
          view={view}
          savedViews={savedViews}
          currentSaved={currentSaved}
          onClose={() => setDialog(null)}
          onChanged={async () => {
            setDialog(null);
            await reload();
          }}
          onViewSaved={(saved) => {
            setDialog(null);
            applyView(saved.state, saved.id);
            toast({ message: `Saved the view “${saved.name}”.` });
          }}
          onHandedOver={() => setRowSelection({})}
        />
      )}
    </div>
  );
}
