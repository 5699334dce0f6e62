import {
  columnVisibilityFeature,
  createSortedRowModel,
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
 * the table is never rebuilt: header sorting and hiding columns. The text and
 * band filters narrow the rows before they reach the table (see search.ts):
 * the table's filtering pipeline allocates per row even when no filter is set,
 * which cost ~0.2 s per load at 50,000 accounts.
 */
export const todayFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { text: sortFn_text },
  columnVisibilityFeature,
  columnMeta: metaHelper<TodayColumnMeta>(),
});

export type TodayFeatures = typeof todayFeatures;
