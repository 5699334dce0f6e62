import type { DemoLoaded } from '../../../shared/contract';
import type { IsoDay } from '../../../shared/domain';
import { accountInsertQuery, countAccounts } from '../db/accounts-repo';
import { runBulk } from '../db/bulk';
import type { Store } from '../db/connection';
import { touchpointInsertQuery } from '../db/touchpoints-repo';
import { generateDemoPortfolio } from '../demo/portfolio';
import { UserError } from '../user-error';

/**
 * Fills an empty store with the sample portfolio in one transaction: either
 * every account and touchpoint lands, or nothing does.
 */
export async function loadDemoPortfolio(store: Store, asOf: IsoDay, now: number): Promise<DemoLoaded> {
  const existing = await countAccounts(store.db);
  if (existing.all > 0) {
    throw new UserError(
      'conflict',
      `Sample data only goes into an empty store, and this one already holds ${existing.all} accounts. Start Tend with another database file (--db) to try the sample.`,
    );
  }
  const portfolio = generateDemoPortfolio({ asOf });
  const ids = new Map<string, number>();
  runBulk(store, (bulk) => {
    for (const account of portfolio.accounts) {
      ids.set(account.externalId, Number(bulk.run(accountInsertQuery(store.db, account)).lastInsertRowid));
    }
    for (const touchpoint of portfolio.touchpoints) {
      const { accountExternalId, ...rest } = touchpoint;
      const accountId = ids.get(accountExternalId);
      if (accountId === undefined) throw new Error(`Sample touchpoint refers to unknown account ${accountExternalId}`);
      bulk.run(touchpointInsertQuery(store.db, { ...rest, accountId }, now));
    }
  });
  return { accounts: portfolio.accounts.length, touchpoints: portfolio.touchpoints.length };
}
