import { FlexRender, type Header, type Row } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, type CSSProperties } from 'react';
import type { TodayRow } from '../../shared/contract';
import { isReached } from './row-actions';
import type { TodayFeatures } from './today-features';
import type { TodayTable as TodayTableInstance } from './use-today-table';

/** Every row is the same height (two text lines), so the virtualiser never has to measure. */
export const ROW_HEIGHT = 60;

type GridStyle = CSSProperties & Record<`--${string}`, string>;

/**
 * Today's list as an accessible grid of ARIA rows. Only the rows in view (plus
 * a few either side) are in the DOM, so 50,000 accounts scroll as smoothly as
 * fifty; the header stays put while the body scrolls.
 */
export function TodayTable({ table, label }: { table: TodayTableInstance; label: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const columns = table.getVisibleLeafColumns();
  // oxlint-disable-next-line react/incompatible-library -- TanStack Virtual's API is not memoisable; this component is not compiled.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });

  const gridStyle: GridStyle = {
    '--today-columns': columns.map((column) => column.columnDef.meta?.width ?? '1fr').join(' '),
    '--today-min-width': `${columns.reduce((sum, column) => sum + (column.columnDef.meta?.minWidth ?? 100), 0)}px`,
  };
  // Rows re-render when the set of visible columns changes, not on every scroll.
  const columnsKey = columns.map((column) => column.id).join(',');

  return (
    <div ref={scrollRef} className="grid-scroll" data-testid="today-table" role="table" aria-label={label} aria-rowcount={rows.length + 1} style={gridStyle}>
      <div role="rowgroup" className="grid-head">
        {table.getHeaderGroups().map((group) => (
          <div key={group.id} role="row" aria-rowindex={1} className="grid-row grid-row--head">
            {group.headers.map((header) => (
              <HeaderCell key={header.id} header={header} />
            ))}
          </div>
        ))}
      </div>
      <div role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          return row ? <AccountRow key={row.id} row={row} index={item.index} start={item.start} columnsKey={columnsKey} /> : null;
        })}
      </div>
    </div>
  );
}

function HeaderCell({ header }: { header: Header<TodayFeatures, TodayRow, unknown> }) {
  const { column } = header;
  const meta = column.columnDef.meta;
  const sorted = column.getIsSorted();
  const alignClass = meta?.align === 'end' ? ' grid-cell--end' : '';
  if (!column.getCanSort()) {
    return (
      <div role="columnheader" className={`grid-cell grid-cell--head${alignClass}`}>
        {column.id === 'actions' ? <span className="sr-only">Actions</span> : <FlexRender header={header} />}
      </div>
    );
  }
  return (
    <div role="columnheader" className={`grid-cell grid-cell--head${alignClass}`} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
      <button
        type="button"
        className={`sort-button${sorted ? ' sort-button--active' : ''}`}
        onClick={column.getToggleSortingHandler()}
        title={meta?.label && meta.label !== column.columnDef.header ? `${meta.label} — click to sort` : 'Click to sort'}
      >
        <FlexRender header={header} />
        <span className="sort-button__arrow" aria-hidden="true">
          {sorted === 'asc' ? '↑' : sorted === 'desc' ? '↓' : '↕'}
        </span>
      </button>
    </div>
  );
}

interface AccountRowProps {
  row: Row<TodayFeatures, TodayRow>;
  index: number;
  start: number;
  columnsKey: string;
}

const AccountRow = memo(function AccountRow({ row, index, start }: AccountRowProps) {
  const account = row.original;
  const reached = isReached(account);
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={`grid-row grid-row--body${reached ? ' grid-row--reached' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
      data-testid="today-row"
      data-account-id={account.accountId}
      data-external-id={account.externalId}
      data-reached={reached ? 'true' : 'false'}
    >
      {row.getVisibleCells().map((cell) => (
        <div key={cell.id} role="cell" className={`grid-cell grid-cell--${cell.column.id}${cell.column.columnDef.meta?.align === 'end' ? ' grid-cell--end' : ''}`}>
          <FlexRender cell={cell} />
        </div>
      ))}
    </div>
  );
});

/** After an account leaves the top (logged, snoozed), keyboard users continue with the next account to reach. */
export function focusNextAccount(): void {
  const next = document.querySelector<HTMLElement>('[data-testid="today-row"][data-reached="false"] [data-testid="log-touch-button"]');
  next?.focus({ preventScroll: true });
}
