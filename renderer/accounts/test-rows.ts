import type { AccountListRow } from '../../shared/api/accounts';

/** A plausible accounts-table row for tests; override what the test is about. */
export function accountRow(overrides: Partial<AccountListRow> & Pick<AccountListRow, 'id' | 'name'>): AccountListRow {
  return {
    externalId: `ACC-${overrides.id}`,
    owner: 'Dana Whitfield',
    tier: 'Standard',
    value: 10_000,
    status: 'active',
    tags: [],
    createdOn: '2025-01-15',
    churnedOn: null,
    score: 70,
    band: 'watch',
    daysSinceContact: 10,
    lastContactOn: '2026-11-14',
    openComplaints: 0,
    ...overrides,
  };
}
