import { functionalUpdate, useTable, type ColumnFiltersState, type ColumnVisibilityState, type ReactTable } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import type { TodayRow } from '../../shared/contract';
import type { Band } from '../../shared/domain';
import { readPreference, writePreference } from '../ui/storage';
import { todayColumns } from './columns';
import { matchesSearch } from './search';
import { todayFeatures, type TodayFeatures } from './today-features';

export type TodayTable = ReactTable<TodayFeatures, TodayRow>;

const VISIBILITY_KEY = 'tend.today.columns';
const isVisibility = (value: unknown): value is ColumnVisibilityState =>
  typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'boolean');

const getRowId = (row: TodayRow) => String(row.accountId);
const onlyTheAccountColumn = (column: { id: string }) => column.id === 'account';

/**
 * The one table instance behind today's list. Rows come from the backend in
 * priority order; the user's search text and band narrow them here, sorting
 * lives in the table, and the visible columns are remembered between mornings.
 */
export function useTodayTable(rows: readonly TodayRow[], search: string, band: Band | null): TodayTable {
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(() => readPreference(VISIBILITY_KEY, {}, isVisibility));
  const onColumnVisibilityChange = useCallback((updater: ColumnVisibilityState | ((old: ColumnVisibilityState) => ColumnVisibilityState)) => {
    setColumnVisibility((old) => {
      const next = functionalUpdate(updater, old);
      writePreference(VISIBILITY_KEY, next);
      return next;
    });
  }, []);
  const columnFilters = useMemo<ColumnFiltersState>(() => (band ? [{ id: 'band', value: band }] : []), [band]);

  return useTable({
    features: todayFeatures,
    columns: todayColumns,
    data: rows,
    getRowId,
    // The search text and band are owned by the toolbar; the table only reads them.
    state: { globalFilter: search, columnFilters, columnVisibility },
    onGlobalFilterChange: () => {},
    onColumnFiltersChange: () => {},
    onColumnVisibilityChange,
    globalFilterFn: matchesSearch,
    getColumnCanGlobalFilter: onlyTheAccountColumn,
    // A re-fetched list keeps the user's chosen sort.
    autoResetAll: false,
  });
}
