import { useCallback, useState } from 'react';
import type { AccountViewState } from '../../shared/api/accounts';
import { readPreference, writePreference } from '../ui/storage';
import { DEFAULT_VIEW } from './account-filters';

const VIEW_KEY = 'tend.accounts.view';

/** The table's filters, sort and columns, and the saved view they came from (if any). */
export interface CurrentView {
  view: AccountViewState;
  /** The saved view last picked; the view may have been changed since. */
  savedViewId: number | null;
}

function isCurrentView(value: unknown): value is CurrentView {
  if (typeof value !== 'object' || value === null) return false;
  const { view, savedViewId } = value as Partial<CurrentView>;
  return (
    (savedViewId === null || typeof savedViewId === 'number') &&
    typeof view === 'object' &&
    view !== null &&
    typeof view.search === 'string' &&
    Array.isArray(view.sort) &&
    Array.isArray(view.hiddenColumns) &&
    ['active', 'churned', 'all'].includes(view.status)
  );
}

/**
 * The accounts table's current view, remembered between visits: coming back
 * to Accounts finds the same filters, sort and columns.
 */
export function useAccountsView() {
  const [current, setCurrent] = useState<CurrentView>(() => {
    const stored = readPreference<CurrentView>(VIEW_KEY, { view: DEFAULT_VIEW, savedViewId: null }, isCurrentView);
    // Views saved by an older Tend may lack newer fields: defaults fill them in.
    return { ...stored, view: { ...DEFAULT_VIEW, ...stored.view } };
  });

  const remember = useCallback((next: CurrentView) => {
    writePreference(VIEW_KEY, next);
    return next;
  }, []);

  /** Changes part of the view, keeping which saved view it started from. */
  const updateView = useCallback(
    (change: Partial<AccountViewState> | ((view: AccountViewState) => AccountViewState)) =>
      setCurrent((old) => remember({ ...old, view: typeof change === 'function' ? change(old.view) : { ...old.view, ...change } })),
    [remember],
  );

  /** Shows a saved view (or, with null, the whole table as it first opens). */
  const applyView = useCallback(
    (view: AccountViewState, savedViewId: number | null) => setCurrent(() => remember({ view: { ...DEFAULT_VIEW, ...view }, savedViewId })),
    [remember],
  );

  return { ...current, updateView, applyView };
}
