import { ColumnsIcon } from '../ui/icons';
import { Menu, MenuCheckboxItem, MenuItem, MenuLabel, MenuSeparator } from '../ui/menu';
import type { AccountsTable } from './use-accounts-table';

/** Show or hide columns; the choice is part of the view (and of a saved view). The account's name always stays. */
export function ColumnsMenu({ table }: { table: AccountsTable }) {
  const hideable = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const hiddenCount = hideable.filter((column) => !column.getIsVisible()).length;
  return (
    <Menu
      align="end"
      testId="accounts-columns-panel"
      trigger={
        <button type="button" className="button" data-testid="accounts-columns">
          <span className="button__icon">
            <ColumnsIcon />
          </span>
          Columns{hiddenCount > 0 ? ` (${hiddenCount} hidden)` : ''}
        </button>
      }
    >
      <MenuLabel>Show columns</MenuLabel>
      {hideable.map((column) => (
        <MenuCheckboxItem key={column.id} checked={column.getIsVisible()} onCheckedChange={(checked) => column.toggleVisibility(checked)} testId={`column-toggle-${column.id}`}>
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
