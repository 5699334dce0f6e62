import type { Row, Table } from '@tanstack/react-table';
import { useEffect, useRef } from 'react';
import type { AccountListRow } from '../../shared/api/accounts';
import type { AccountsFeatures } from './accounts-features';
import { useRowTabIndex } from './grid-focus';

/** Selects every account the view shows (or none); half-checked when some are selected. */
export function SelectAllCheckbox({ table }: { table: Table<AccountsFeatures, AccountListRow> }) {
  const ref = useRef<HTMLInputElement>(null);
  const all = table.getIsAllRowsSelected();
  const some = table.getIsSomeRowsSelected();
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some && !all;
  }, [some, all]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className="row-check"
      checked={all}
      onChange={(event) => table.toggleAllRowsSelected(event.target.checked)}
      aria-label="Select every account shown"
      data-testid="select-all"
    />
  );
}

/** Selects one account; Shift-click selects the range from the last one clicked. */
export function SelectRowCheckbox({ row }: { row: Row<AccountsFeatures, AccountListRow> }) {
  const tabIndex = useRowTabIndex(row.id);
  return (
    <input
      type="checkbox"
      className="row-check"
      checked={row.getIsSelected()}
      // Click, not change: only the click event carries Shift for range selection.
      onClick={(event) => {
        event.stopPropagation();
        row.getToggleSelectedHandler()(event);
      }}
      onChange={() => {}}
      tabIndex={tabIndex}
      aria-label={`Select ${row.original.name}`}
      data-testid="row-select"
    />
  );
}
