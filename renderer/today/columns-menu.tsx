import { ColumnsMenu as TableColumnsMenu } from '../ui/columns-menu';
import type { TodayTable } from './use-today-table';

/** Show or hide columns; the choice is remembered. Account and Actions always stay. */
export function ColumnsMenu({ table }: { table: TodayTable }) {
  return <TableColumnsMenu table={table} testId="columns-menu" panelTestId="columns-menu-panel" />;
}
