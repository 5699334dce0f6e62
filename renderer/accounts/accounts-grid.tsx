import { FlexRender, type Header, type Row } from '@tanstack/react-table';
import { memo, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import type { AccountListRow } from '../../shared/api/accounts';
import { GRID_HEAD_HEIGHT, gridColumns, useVirtualGrid } from '../ui/use-virtual-grid';
import type { AccountsFeatures } from './accounts-features';
import { ActiveRowContext } from './grid-focus';
import type { AccountsTable } from './use-accounts-table';

/** Every row is the same height (two text lines), so the virtualiser never has to measure. */
export const ROW_HEIGHT = 52;

// Clicks on these do their own thing; a click anywhere else on a row opens the account.
const INTERACTIVE = 'a, button, input, select, textarea, label, [role="menuitem"]';

interface AccountsGridProps {
  table: AccountsTable;
  label: string;
  onOpen: (row: AccountListRow) => void;
}

/**
 * All accounts as an accessible grid. Only the rows in view (plus a few
 * either side) are in the DOM, so 50,000 accounts scroll like fifty. One row
 * holds the Tab stop: arrow keys, Page Up/Down, Home and End move it, Enter
 * opens the account, Space selects it.
 */
export function AccountsGrid({ table, label, onOpen }: AccountsGridProps) {
  const rows = table.getRowModel().rows;
  const keys = useMemo(() => rows.map((row) => row.id), [rows]);
  const { scrollRef, bodyRef, virtualizer, roving } = useVirtualGrid({ keys, rowHeight: ROW_HEIGHT, overscan: 12 });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys pressed on a checkbox or in a menu belong to it; only the row itself takes these.
    const rowElement = event.target instanceof HTMLElement && event.target.getAttribute('role') === 'row' ? event.target : null;
    if (!rowElement || event.defaultPrevented) return;
    if (roving.handleMoveKey(event)) {
      event.preventDefault();
      return;
    }
    const row = roving.activeIndex >= 0 ? rows[roving.activeIndex] : undefined;
    if (!row || row.id !== rowElement.dataset.rowKey) return;
    if (event.key === 'Enter') onOpen(row.original);
    else if (event.key === ' ') row.toggleSelected();
    else return;
    event.preventDefault();
  };

  const { style: gridStyle, columnsKey } = gridColumns(table.getVisibleLeafColumns());

  return (
    <ActiveRowContext.Provider value={roving.activeKey}>
      <div
        ref={scrollRef}
        className="grid-scroll accounts-grid"
        data-testid="accounts-table"
        role="grid"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        aria-multiselectable="true"
        style={gridStyle}
      >
        <div role="rowgroup" className="grid-head">
          {table.getHeaderGroups().map((group) => (
            <div key={group.id} role="row" aria-rowindex={1} className="grid-row grid-row--head">
              {group.headers.map((header) => (
                <HeaderCell key={header.id} header={header} multiSort={table.state.sorting.length > 1} />
              ))}
            </div>
          ))}
        </div>
        <div ref={bodyRef} role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize() }} onKeyDown={onKeyDown}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return row ? (
              <AccountRow
                key={row.id}
                row={row}
                index={item.index}
                start={item.start - GRID_HEAD_HEIGHT}
                columnsKey={columnsKey}
                selected={row.getIsSelected()}
                active={item.index === roving.activeIndex}
                onOpen={onOpen}
                onRowFocus={roving.onRowFocus}
              />
            ) : null;
          })}
        </div>
      </div>
    </ActiveRowContext.Provider>
  );
}

function HeaderCell({ header, multiSort }: { header: Header<AccountsFeatures, AccountListRow, unknown>; multiSort: boolean }) {
  const { column } = header;
  const meta = column.columnDef.meta;
  const sorted = column.getIsSorted();
  const alignClass = meta?.align === 'end' ? ' grid-cell--end' : '';
  if (!column.getCanSort()) {
    return (
      <div role="columnheader" className={`grid-cell grid-cell--head grid-cell--${column.id}${alignClass}`}>
        {column.id === 'actions' ? <span className="sr-only">Actions</span> : <FlexRender header={header} />}
      </div>
    );
  }
  const order = column.getSortIndex();
  return (
    <div role="columnheader" className={`grid-cell grid-cell--head${alignClass}`} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
      <button
        type="button"
        className={`sort-button${sorted ? ' sort-button--active' : ''}`}
        onClick={column.getToggleSortingHandler()}
        title={`${meta?.label ?? column.id} — click to sort, Shift-click to sort by it as well`}
        data-testid={`sort-${column.id}`}
      >
        <FlexRender header={header} />
        <span className="sort-button__arrow" aria-hidden="true">
          {sorted === 'asc' ? '↑' : sorted === 'desc' ? '↓' : '↕'}
          {sorted && multiSort ? <sub>{order + 1}</sub> : null}
        </span>
      </button>
    </div>
  );
}

interface AccountRowProps {
  row: Row<AccountsFeatures, AccountListRow>;
  index: number;
  start: number;
  columnsKey: string;
  selected: boolean;
  active: boolean;
  onOpen: (row: AccountListRow) => void;
  onRowFocus: (key: string) => void;
}

const AccountRow = memo(function AccountRow({ row, index, start, selected, active, onOpen, onRowFocus }: AccountRowProps) {
  const account = row.original;
  const click = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target as Element;
    // Menu items live in a portal: their clicks bubble here through React but are not inside the row.
    if (!event.currentTarget.contains(target) || target.closest(INTERACTIVE)) return;
    onOpen(account);
  };
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      tabIndex={active ? 0 : -1}
      className={`grid-row grid-row--body accounts-row${selected ? ' accounts-row--selected' : ''}${account.status === 'churned' ? ' accounts-row--churned' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
      onClick={click}
      onFocus={() => onRowFocus(row.id)}
      data-row-key={row.id}
      data-testid="account-row"
      data-account-id={account.id}
      data-external-id={account.externalId}
    >
      {row.getVisibleCells().map((cell) => (
        <div key={cell.id} role="gridcell" className={`grid-cell grid-cell--${cell.column.id}${cell.column.columnDef.meta?.align === 'end' ? ' grid-cell--end' : ''}`}>
          <FlexRender cell={cell} />
        </div>
      ))}
    </div>
  );
});
