import type { DemoLoaded } from '../../../shared/contract';
import type { IsoDay } from '../../../shared/domain';
import { accountInsertQuery, countAccounts } from '../db/accounts-repo';
import { runBulk } from '../db/bulk';
import type { Store } from '../db/connection';
import { complaintLinkQuery, touchpointInsertQuery } from '../db/touchpoints-repo';
import { generateDemoPortfolio } from '../demo/portfolio';
import { UserError } from '../user-error';
import { demoComplaintLinks } from './demo-complaint-links';

/**
 * Fills an empty store with the sample portfolio in one transaction: either
 * every account and touchpoint lands, or nothing does. Complaint updates are
 * tied to their complaints, as an update logged in Tend would be.
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
    const touchpoints = portfolio.touchpoints.map(({ accountExternalId, ...rest }) => {
      const accountId = ids.get(accountExternalId);
      if (accountId === undefined) throw new Error(`Sample touchpoint refers to unknown account ${accountExternalId}`);
      return { ...rest, accountId };
    });
    const touchpointIds = touchpoints.map((touchpoint) => Number(bulk.run(touchpointInsertQuery(store.db, touchpoint, now)).lastInsertRowid));
    for (const [update, complaint] of demoComplaintLinks(touchpoints)) {
      bulk.run(complaintLinkQuery(store.db, touchpointIds[update]!, touchpointIds[complaint]!));
    }
  });
  return { accounts: portfolio.accounts.length, touchpoints: portfolio.touchpoints.length };
}
