import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  metaHelper,
  rowSortingFeature,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';

/** How a column sits in the grid: its name for menus, its CSS track and its alignment. */
export interface TodayColumnMeta {
  /** The column's name in the column menu and for screen readers. */
  label: string;
  /** A CSS grid track, e.g. "120px" or "minmax(240px, 2fr)". */
  width: string;
  /** The narrowest the track gets, for the table's minimum width. */
  minWidth: number;
  align?: 'end';
}

/**
 * The table features today's list uses, registered once at module scope so
 * the table is never rebuilt: header sorting, the text and band filters, and
 * hiding columns.
 */
export const todayFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { text: sortFn_text },
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  columnVisibilityFeature,
  columnMeta: metaHelper<TodayColumnMeta>(),
});

export type TodayFeatures = typeof todayFeatures;
