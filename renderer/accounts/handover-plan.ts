import type { AccountListRow } from '../../shared/api/accounts';

/** Which accounts a hand-over moves, one batch per current owner, and which it leaves alone and why. */
export interface HandoverPlan {
  batches: { from: string; accountIds: number[] }[];
  moving: number;
  /** Churned accounts are not handed over: reactivate them first. */
  churned: number;
  /** Accounts the new owner already has. */
  alreadyTheirs: number;
}

/**
 * Groups the chosen accounts by their current owner (a hand-over moves
 * accounts from one owner to another), leaving out churned accounts and those
 * the new owner already looks after. Owner names match exactly, as stored.
 *
 * @example planHandover(rows, 'Priya Shah') // { batches: [{ from: 'Dana', accountIds: [1, 4] }], moving: 2, churned: 0, alreadyTheirs: 1 }
 */
export function planHandover(rows: readonly AccountListRow[], to: string): HandoverPlan {
  const target = to.trim();
  const byOwner = new Map<string, number[]>();
  let churned = 0;
  let alreadyTheirs = 0;
  for (const row of rows) {
    if (row.status !== 'active') churned++;
    else if (row.owner === target) alreadyTheirs++;
    else byOwner.set(row.owner, [...(byOwner.get(row.owner) ?? []), row.id]);
  }
  const batches = [...byOwner].map(([from, accountIds]) => ({ from, accountIds }));
  return { batches, moving: batches.reduce((sum, batch) => sum + batch.accountIds.length, 0), churned, alreadyTheirs };
}
