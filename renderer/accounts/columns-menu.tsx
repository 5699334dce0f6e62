import { ColumnsMenu as TableColumnsMenu } from '../ui/columns-menu';
import type { AccountsTable } from './use-accounts-table';

/** Show or hide columns; the choice is part of the view (and of a saved view). The account's name always stays. */
export function ColumnsMenu({ table }: { table: AccountsTable }) {
  return <TableColumnsMenu table={table} testId="accounts-columns" panelTestId="accounts-columns-panel" toggleTestIds />;
}
