/** The accounts table's columns, by id: the names saved views and the CSV export use. */
export const ACCOUNT_COLUMN_IDS = ['account', 'owner', 'tier', 'band', 'score', 'lastContact', 'complaints', 'value', 'status', 'tags', 'created'] as const;
export type AccountColumnId = (typeof ACCOUNT_COLUMN_IDS)[number];

/** Columns the user may hide (the account's name always stays). */
export const HIDEABLE_COLUMN_IDS: readonly AccountColumnId[] = ACCOUNT_COLUMN_IDS.filter((id) => id !== 'account');

export const isAccountColumnId = (id: string): id is AccountColumnId => (ACCOUNT_COLUMN_IDS as readonly string[]).includes(id);

/** Each column's name in words, for menus and sentences ("sorted by Value"). */
export const COLUMN_LABELS: Record<AccountColumnId, string> = {
  account: 'Account',
  owner: 'Owner',
  tier: 'Tier',
  band: 'Band',
  score: 'Score',
  lastContact: 'Last contact',
  complaints: 'Open complaints',
  value: 'Value',
  status: 'Status',
  tags: 'Tags',
  created: 'Created',
};
