import { createContext, useContext } from 'react';

/**
 * The row that holds the grid's one Tab stop (roving tab index): its
 * checkbox and menu button are reachable with Tab, every other row's are not,
 * so Tab leaves the grid instead of walking 50,000 rows.
 */
export const ActiveRowContext = createContext<string | null>(null);

/** 0 for controls in the active row, -1 elsewhere. */
export function useRowTabIndex(rowId: string): 0 | -1 {
  return useContext(ActiveRowContext) === rowId ? 0 : -1;
}
