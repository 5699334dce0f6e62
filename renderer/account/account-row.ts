import type { AccountPage } from '../../shared/api/account-page';
import type { AccountListRow } from '../../shared/api/accounts';

/**
 * The account as a row of the accounts table, from what the page already
 * holds, so the accounts screen's edit and churn dialogs serve this page too.
 */
export function accountRowOf(page: AccountPage): AccountListRow {
  const { account, health } = page;
  const lastContact = [...page.rhythm].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).at(-1);
  return {
    id: account.id,
    externalId: account.externalId,
    name: account.name,
    owner: account.owner,
    tier: account.tier,
    value: account.value,
    status: account.status,
    tags: account.tags,
    createdOn: account.createdOn,
    churnedOn: account.churnedOn,
    score: health?.score ?? null,
    band: health?.band ?? null,
    daysSinceContact: health?.daysSinceOurContact ?? null,
    lastContactOn: lastContact ? lastContact.at.slice(0, 10) : null,
    openComplaints: page.complaints.filter((complaint) => complaint.status === 'open').length,
  };
}
