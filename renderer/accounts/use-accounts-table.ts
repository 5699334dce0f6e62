import { functionalUpdate, useTable, type ColumnVisibilityState, type ReactTable, type RowSelectionState, type SortingState, type Updater } from '@tanstack/react-table';
import { useCallback, useMemo } from 'react';
import type { AccountListRow, AccountViewState } from '../../shared/api/accounts';
import { accountsFeatures, type AccountsFeatures } from './accounts-features';
import { accountColumns } from './columns';

export type AccountsTable = ReactTable<AccountsFeatures, AccountListRow>;

const getRowId = (row: AccountListRow) => String(row.id);

/**
 * The one table instance behind the accounts screen. Sorting and hidden
 * columns live in the view (so a saved view keeps them); the selection is the
 * screen's, for handing accounts over.
 */
export function useAccountsTable(
  rows: readonly AccountListRow[],
  view: AccountViewState,
  updateView: (change: Partial<AccountViewState>) => void,
  rowSelection: RowSelectionState,
  onRowSelectionChange: (updater: Updater<RowSelectionState>) => void,
): AccountsTable {
  const { sort, hiddenColumns } = view;
  const columnVisibility = useMemo<ColumnVisibilityState>(() => Object.fromEntries(hiddenColumns.map((id) => [id, false])), [hiddenColumns]);

  const onSortingChange = useCallback(
    (updater: Updater<SortingState>) => updateView({ sort: functionalUpdate(updater, sort).map(({ id, desc }) => ({ id, desc })) }),
    [sort, updateView],
  );
  const onColumnVisibilityChange = useCallback(
    (updater: Updater<ColumnVisibilityState>) => {
      const next = functionalUpdate(updater, columnVisibility);
      updateView({ hiddenColumns: Object.keys(next).filter((id) => next[id] === false) });
    },
    [columnVisibility, updateView],
  );

  return useTable({
    features: accountsFeatures,
    columns: accountColumns,
    data: rows,
    getRowId,
    state: { sorting: sort, columnVisibility, rowSelection },
    onSortingChange,
    onColumnVisibilityChange,
    onRowSelectionChange,
    enableMultiSort: true,
    maxMultiSortColCount: 5,
    // A reload after an edit keeps the user's sort and selection.
    autoResetAll: false,
  });
}
