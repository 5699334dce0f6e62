import { createContext } from 'react';
import type { AccountListRow } from '../../shared/api/accounts';

/** What a row's menu and the row itself can do; reached through context so the column definitions never change. */
export interface AccountActions {
  open: (row: AccountListRow) => void;
  edit: (row: AccountListRow) => void;
  churn: (row: AccountListRow) => void;
  reactivate: (row: AccountListRow) => void;
  handOver: (rows: readonly AccountListRow[]) => void;
}

export const AccountActionsContext = createContext<AccountActions | null>(null);
