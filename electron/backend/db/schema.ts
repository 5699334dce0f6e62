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
  /** The import that created the account, if one did (undoing it removes the account). */
  batch_id: number | null;
  churned_on: string | null;
  churn_reason: string | null;
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
  /** The import batch the touchpoint came from; null when logged in Tend. */
  batch_id: number | null;
  /** A hash of the normalised row, so re-imports and overlapping exports add nothing twice. */
  fingerprint: string | null;
  /** For an update to the customer about a complaint: the complaint's touchpoint. */
  complaint_id: number | null;
}

export interface ImportBatchesTable {
  id: Generated<number>;
  kind: 'touchpoints' | 'accounts';
  file_name: string;
  file_hash: string;
  file_bytes: number;
  mapping: string;
  status: 'complete' | 'undone';
  started_at: number;
  finished_at: number;
  undone_at: number | null;
  rows_read: number;
  added: number;
  duplicates: number;
  rejected: number;
  accounts_created: number;
  accounts_updated: number;
}

export interface ImportAccountChangesTable {
  batch_id: number;
  account_id: number;
  previous: string;
}

export interface ImportRejectsTable {
  batch_id: number;
  line: number;
  reason: string;
  cells: string;
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

export interface ScoreSnapshotsTable {
  account_id: number;
  day: string;
  score: number;
  band: 'healthy' | 'watch' | 'at_risk' | 'neglected';
  backfilled: number;
}

export interface AccountEventsTable {
  id: Generated<number>;
  account_id: number;
  at: number;
  kind: 'created' | 'updated' | 'handover' | 'churned' | 'reactivated';
  /** JSON. */
  detail: string;
}

export interface HandoverIntrosTable {
  account_id: number;
  from_owner: string;
  to_owner: string;
  created_at: number;
  done_at: number | null;
}

export interface SavedViewsTable {
  id: Generated<number>;
  name: string;
  /** JSON. */
  state: string;
  created_at: number;
}

export interface Database {
  accounts: AccountsTable;
  touchpoints: TouchpointsTable;
  settings: SettingsTable;
  review_state: ReviewStateTable;
  import_batches: ImportBatchesTable;
  import_rejects: ImportRejectsTable;
  import_account_changes: ImportAccountChangesTable;
  score_snapshots: ScoreSnapshotsTable;
  account_events: AccountEventsTable;
  handover_intros: HandoverIntrosTable;
  saved_views: SavedViewsTable;
}
