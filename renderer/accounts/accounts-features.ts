import {
  columnVisibilityFeature,
  createSortedRowModel,
  metaHelper,
  rowSelectionFeature,
  rowSortingFeature,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';

/** How a column sits in the grid: its name for menus, its CSS track and its alignment. */
export interface AccountColumnMeta {
  /** The column's name in the column menu and for screen readers. */
  label: string;
  /** A CSS grid track, e.g. "120px" or "minmax(240px, 2fr)". */
  width: string;
  /** The narrowest the track gets, for the table's minimum width. */
  minWidth: number;
  align?: 'end';
}

/**
 * The accounts table's features, registered once at module scope so the
 * table is never rebuilt: header sorting (Shift-click adds a second key),
 * hiding columns, and selecting rows for a hand-over. The view's filters
 * narrow the rows before they reach the table (account-filters.ts): the
 * table's filtering pipeline allocates per row even with no filter set.
 */
export const accountsFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { text: sortFn_text },
  columnVisibilityFeature,
  rowSelectionFeature,
  columnMeta: metaHelper<AccountColumnMeta>(),
});

export type AccountsFeatures = typeof accountsFeatures;
