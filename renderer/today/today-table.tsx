import { FlexRender, type Header, type Row } from '@tanstack/react-table';
import { memo, useContext, useMemo } from 'react';
import type { TodayRow } from '../../shared/contract';
import { BAND_LABELS } from '../../shared/domain';
import { KeyboardIcon } from '../ui/icons';
import { ShortcutsDialog } from '../ui/shortcuts-dialog';
import { Tooltip } from '../ui/tooltip';
import { GRID_HEAD_HEIGHT, gridColumns, useVirtualGrid } from '../ui/use-virtual-grid';
import { ActiveRowContext, isReached, RowActionsContext } from './row-actions';
import type { TodayFeatures } from './today-features';
import { TODAY_SHORTCUTS } from './today-shortcuts';
import { useTodayKeys } from './use-today-keys';
import type { TodayTable as TodayTableInstance } from './use-today-table';

/** Every row is the same height (two text lines), so the virtualiser never has to measure. */
export const ROW_HEIGHT = 60;

/**
 * Today's list as an accessible grid of ARIA rows. Only the rows in view (plus
 * a few either side) are in the DOM, so 50,000 accounts scroll as smoothly as
 * fifty; the header stays put while the body scrolls. One row at a time is in
 * the Tab order and the keyboard moves between rows (see use-today-keys.ts).
 */
export function TodayTable({ table, label }: { table: TodayTableInstance; label: string }) {
  const rows = table.getRowModel().rows;
  const accounts = useMemo(() => rows.map((row) => row.original), [rows]);
  const keys = useMemo(() => accounts.map((account) => String(account.accountId)), [accounts]);
  const { scrollRef, bodyRef, virtualizer, roving } = useVirtualGrid({ keys, rowHeight: ROW_HEIGHT, overscan: 10 });
  const actions = useContext(RowActionsContext);
  const keysHelp = useTodayKeys({ rows: accounts, roving, actions });

  const { style: gridStyle, columnsKey } = gridColumns(table.getVisibleLeafColumns());
  const activeAccountId = roving.activeKey === null ? null : Number(roving.activeKey);

  return (
    <ActiveRowContext.Provider value={activeAccountId}>
      <div
        ref={scrollRef}
        className="grid-scroll"
        data-testid="today-table"
        role="table"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        aria-keyshortcuts="ArrowUp ArrowDown Enter L R S / ?"
        style={gridStyle}
      >
        <div role="rowgroup" className="grid-head" onKeyDown={keysHelp.onHeadKeyDown}>
          {table.getHeaderGroups().map((group) => (
            <div key={group.id} role="row" aria-rowindex={1} className="grid-row grid-row--head">
              {group.headers.map((header) => (
                <HeaderCell key={header.id} header={header} onShowShortcuts={keysHelp.openHelp} />
              ))}
            </div>
          ))}
        </div>
        <div ref={bodyRef} role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize() }} onKeyDown={keysHelp.onRowsKeyDown}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return row ? (
              <AccountRow
                key={row.id}
                row={row}
                index={item.index}
                start={item.start - GRID_HEAD_HEIGHT}
                columnsKey={columnsKey}
                active={item.index === roving.activeIndex}
                onRowFocus={roving.onRowFocus}
              />
            ) : null;
          })}
        </div>
      </div>
      {keysHelp.helpOpen && <ShortcutsDialog groups={TODAY_SHORTCUTS} onClose={keysHelp.closeHelp} />}
    </ActiveRowContext.Provider>
  );
}

function HeaderCell({ header, onShowShortcuts }: { header: Header<TodayFeatures, TodayRow, unknown>; onShowShortcuts: () => void }) {
  const { column } = header;
  const meta = column.columnDef.meta;
  const sorted = column.getIsSorted();
  const alignClass = meta?.align === 'end' ? ' grid-cell--end' : '';
  if (column.id === 'actions') {
    return (
      <div role="columnheader" className="grid-cell grid-cell--head grid-cell--head-actions">
        <span className="sr-only">Actions</span>
        <Tooltip content="Keyboard shortcuts (?)" side="left">
          <button type="button" className="icon-button" aria-label="Keyboard shortcuts" aria-keyshortcuts="?" onClick={onShowShortcuts} data-testid="shortcuts-button">
            <KeyboardIcon />
          </button>
        </Tooltip>
      </div>
    );
  }
  if (!column.getCanSort()) {
    return (
      <div role="columnheader" className={`grid-cell grid-cell--head${alignClass}`}>
        <FlexRender header={header} />
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
  /** The row that is the list's Tab stop and that the keyboard acts on. */
  active: boolean;
  onRowFocus: (key: string) => void;
}

const AccountRow = memo(function AccountRow({ row, index, start, active, onRowFocus }: AccountRowProps) {
  const account = row.original;
  const reached = isReached(account);
  const key = String(account.accountId);
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-label={`${account.name}, ${BAND_LABELS[account.band]}, score ${account.score}${reached ? ', reached today' : ''}`}
      tabIndex={active ? 0 : -1}
      className={`grid-row grid-row--body${reached ? ' grid-row--reached' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
      onFocus={() => onRowFocus(key)}
      data-row-key={key}
      data-testid="today-row"
      data-account-id={account.accountId}
      data-external-id={account.externalId}
      data-reached={reached ? 'true' : 'false'}
      data-active={active ? 'true' : undefined}
    >
      {row.getVisibleCells().map((cell) => (
        <div key={cell.id} role="cell" className={`grid-cell grid-cell--${cell.column.id}${cell.column.columnDef.meta?.align === 'end' ? ' grid-cell--end' : ''}`}>
          <FlexRender cell={cell} />
        </div>
      ))}
    </div>
  );
});

/**
 * After an account leaves the top (logged, snoozed), the keyboard carries on
 * with the next account to reach: its row takes focus, ready for L, R or S.
 * When the keyboard is already on a row (the list moved it to the account now
 * in the done one's place, see useRovingRows), it stays there.
 */
export function focusNextAccount(): void {
  if (document.activeElement?.closest('[data-testid="today-row"]')) return;
  const next = document.querySelector<HTMLElement>('[data-testid="today-row"][data-reached="false"]');
  next?.focus({ preventScroll: true });
}
