import { ColumnsIcon } from '../ui/icons';
import { Menu, MenuCheckboxItem, MenuItem, MenuLabel, MenuSeparator } from '../ui/menu';
import type { TodayTable } from './use-today-table';

/** Show or hide columns; the choice is remembered. Account and Actions always stay. */
export function ColumnsMenu({ table }: { table: TodayTable }) {
  const hideable = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const hiddenCount = hideable.filter((column) => !column.getIsVisible()).length;
  return (
    <Menu
      align="end"
      testId="columns-menu-panel"
      label="Show columns"
      trigger={
        <button type="button" className="button" data-testid="columns-menu">
          <span className="button__icon">
            <ColumnsIcon />
          </span>
          Columns{hiddenCount > 0 ? ` (${hiddenCount} hidden)` : ''}
        </button>
      }
    >
      <MenuLabel>Show columns</MenuLabel>
      {hideable.map((column) => (
        <MenuCheckboxItem key={column.id} checked={column.getIsVisible()} onCheckedChange={(checked) => column.toggleVisibility(checked)}>
          {column.columnDef.meta?.label ?? column.id}
        </MenuCheckboxItem>
      ))}
      {hiddenCount > 0 && (
        <>
          <MenuSeparator />
          <MenuItem onSelect={() => table.toggleAllColumnsVisible(true)}>Show all columns</MenuItem>
        </>
      )}
    </Menu>
  );
}
