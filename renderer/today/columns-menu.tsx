import { useId } from 'react';
import { ColumnsIcon } from '../ui/icons';
import type { TodayTable } from './use-today-table';

/** Show or hide columns; the choice is remembered. Account and Actions always stay. */
export function ColumnsMenu({ table }: { table: TodayTable }) {
  const popoverId = useId();
  const hideable = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const hiddenCount = hideable.filter((column) => !column.getIsVisible()).length;
  return (
    <>
      <button type="button" className="button" popoverTarget={popoverId} data-testid="columns-menu">
        <span className="button__icon">
          <ColumnsIcon />
        </span>
        Columns{hiddenCount > 0 ? ` (${hiddenCount} hidden)` : ''}
      </button>
      <div id={popoverId} popover="auto" className="popover columns-menu" data-testid="columns-menu-panel">
        <p className="popover__title">Show columns</p>
        <ul className="columns-menu__list">
          {hideable.map((column) => (
            <li key={column.id}>
              <label className="check">
                <input type="checkbox" checked={column.getIsVisible()} onChange={(event) => column.toggleVisibility(event.target.checked)} />
                {column.columnDef.meta?.label ?? column.id}
              </label>
            </li>
          ))}
        </ul>
        {hiddenCount > 0 && (
          <button type="button" className="link-button" onClick={() => table.toggleAllColumnsVisible(true)}>
            Show all columns
          </button>
        )}
      </div>
    </>
  );
}
