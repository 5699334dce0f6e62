import { functionalUpdate, useTable, type ColumnVisibilityState, type ReactTable } from '@tanstack/react-table';
import { useCallback, useState } from 'react';
import type { TodayRow } from '../../shared/contract';
import { readPreference, writePreference } from '../ui/storage';
import { todayColumns } from './columns';
import { todayFeatures, type TodayFeatures } from './today-features';

export type TodayTable = ReactTable<TodayFeatures, TodayRow>;

const VISIBILITY_KEY = 'tend.today.columns';
const isVisibility = (value: unknown): value is ColumnVisibilityState =>
  typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'boolean');

const getRowId = (row: TodayRow) => String(row.accountId);

/**
 * The one table instance behind today's list. Rows arrive in the backend's
 * priority order (already narrowed by the toolbar's filters); sorting by a
 * header lives in the table, and the visible columns are remembered between
 * mornings.
 */
export function useTodayTable(rows: readonly TodayRow[]): TodayTable {
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(() => readPreference(VISIBILITY_KEY, {}, isVisibility));
  const onColumnVisibilityChange = useCallback((updater: ColumnVisibilityState | ((old: ColumnVisibilityState) => ColumnVisibilityState)) => {
    setColumnVisibility((old) => {
      const next = functionalUpdate(updater, old);
      writePreference(VISIBILITY_KEY, next);
      return next;
    });
  }, []);

  return useTable({
    features: todayFeatures,
    columns: todayColumns,
    data: rows,
    getRowId,
    state: { columnVisibility },
    onColumnVisibilityChange,
    // A re-fetched list keeps the user's chosen sort.
    autoResetAll: false,
  });
}
