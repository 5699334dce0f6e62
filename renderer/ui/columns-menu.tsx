import { ColumnsIcon } from './icons';
import { Menu, MenuCheckboxItem, MenuItem, MenuLabel, MenuSeparator } from './menu';

/** What the menu needs of a TanStack table, whatever its rows. */
interface ColumnsTable {
  getAllLeafColumns(): {
    id: string;
    getCanHide(): boolean;
    getIsVisible(): boolean;
    toggleVisibility(visible: boolean): void;
    columnDef: { meta?: { label?: string } };
  }[];
  toggleAllColumnsVisible(visible: boolean): void;
}

interface ColumnsMenuProps {
  table: ColumnsTable;
  /** Test ids of the button and of the open panel. */
  testId: string;
  panelTestId: string;
  /** Gives each column's toggle a test id `column-toggle-<id>`. */
  toggleTestIds?: boolean;
}

/** Show or hide a table's columns (those it lets hide); "Columns (N hidden)" says what is out of sight. */
export function ColumnsMenu({ table, testId, panelTestId, toggleTestIds = false }: ColumnsMenuProps) {
  const hideable = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const hiddenCount = hideable.filter((column) => !column.getIsVisible()).length;
  return (
    <Menu
      align="end"
      testId={panelTestId}
      label="Show columns"
      trigger={
        <button type="button" className="button" data-testid={testId}>
          <span className="button__icon">
            <ColumnsIcon />
          </span>
          Columns{hiddenCount > 0 ? ` (${hiddenCount} hidden)` : ''}
        </button>
      }
    >
      <MenuLabel>Show columns</MenuLabel>
      {hideable.map((column) => (
        <MenuCheckboxItem
          key={column.id}
          checked={column.getIsVisible()}
          onCheckedChange={(checked) => column.toggleVisibility(checked)}
          testId={toggleTestIds ? `column-toggle-${column.id}` : undefined}
        >
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
