import type { Generated } from 'kysely';

/**
 * Kysely's view of the tables. These row types never leave `db/`: repositories
 * turn them into the domain objects of `shared/domain.ts`.
 * Instants are stored as integer milliseconds since the epoch (portable to
 * PostgreSQL as bigint, and cheap to compare in the scoring aggregate);
 * calendar days as `YYYY-MM-DD` text.
 */
export interface AccountsTable {
  id: Generated<number>;
  external_id: string;
  name: string;
  owner: string;
  tier: string;
  value: number;
  status: 'active' | 'churned';
  created_on: string;
  /** JSON array of strings. */
  tags: string;
}

export interface TouchpointsTable {
  id: Generated<number>;
  account_id: number;
  occurred_at: number;
  channel: string;
  direction: 'inbound' | 'outbound';
  person: string | null;
  subject: string | null;
  notes: string | null;
  sentiment: number | null;
  sentiment_source: 'given' | 'inferred' | null;
  complaint_status: 'open' | 'resolved' | null;
  resolved_at: number | null;
  come_back: number | null;
  refer: number | null;
  created_at: number;
  /** 1 when the touchpoint is our contact (outbound or a meeting); a CHECK keeps it true to direction and channel. */
  ours: number;
}

export interface SettingsTable {
  key: string;
  /** JSON. */
  value: string;
}

export interface ReviewStateTable {
  account_id: number;
  reviewed_on: string | null;
  snoozed_until: string | null;
}

export interface Database {
  accounts: AccountsTable;
  touchpoints: TouchpointsTable;
  settings: SettingsTable;
  review_state: ReviewStateTable;
}
