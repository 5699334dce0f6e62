import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef, type CSSProperties } from 'react';
import { useRovingRows } from './use-roving-rows';

/** The height of a grid's sticky header row, in pixels (grid.css). */
export const GRID_HEAD_HEIGHT = 40;

export interface VirtualGridOptions {
  /** The rows' keys in the order they are shown. */
  keys: readonly string[];
  /** Every body row's height, in pixels. */
  rowHeight: number;
  /** Rows rendered beyond each edge of the view. */
  overscan: number;
}

/**
 * The machinery both big grids (today's list, the accounts table) share:
 * only the rows in view, plus `overscan` either side, are rendered, below a
 * sticky header in the same scroll box; one row is the Tab stop and the arrow
 * keys, Page Up/Down, Home and End move it (useRovingRows), scrolling rows
 * that are not rendered yet into view. Put `scrollRef` on the scroll box and
 * `bodyRef` on the rows' group, and place each virtual item at
 * `item.start - GRID_HEAD_HEIGHT`.
 */
export function useVirtualGrid({ keys, rowHeight, overscan }: VirtualGridOptions) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  // oxlint-disable-next-line react/incompatible-library -- TanStack Virtual's API is not memoisable; this hook is not compiled.
  const virtualizer = useVirtualizer({
    count: keys.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    // The rows start below the sticky header, inside the same scroll box.
    scrollMargin: GRID_HEAD_HEIGHT,
    scrollPaddingStart: GRID_HEAD_HEIGHT,
  });
  const roving = useRovingRows({
    keys,
    containerRef: bodyRef,
    scrollToIndex: useCallback((index: number) => virtualizer.scrollToIndex(index), [virtualizer]),
    pageSize: useCallback(() => Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 600) - GRID_HEAD_HEIGHT) / rowHeight) - 1), [rowHeight]),
  });
  return { scrollRef, bodyRef, virtualizer, roving };
}

type GridStyle = CSSProperties & Record<`--${string}`, string>;

interface SizedColumn {
  id: string;
  columnDef: { meta?: { width?: string; minWidth?: number } };
}

/**
 * The grid's column template from the visible columns' widths, and a key
 * that changes only when the set of visible columns does: rows re-render on
 * that, not on every scroll.
 */
export function gridColumns(columns: readonly SizedColumn[]): { style: GridStyle; columnsKey: string } {
  return {
    style: {
      '--today-columns': columns.map((column) => column.columnDef.meta?.width ?? '1fr').join(' '),
      '--today-min-width': `${columns.reduce((sum, column) => sum + (column.columnDef.meta?.minWidth ?? 100), 0)}px`,
    },
    columnsKey: columns.map((column) => column.id).join(','),
  };
}
