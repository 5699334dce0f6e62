/**
 * Domain vocabulary shared by the backend, the renderer and the CLI.
 * Dates cross every boundary as ISO strings: a calendar day is `YYYY-MM-DD`,
 * an instant is a full ISO timestamp in UTC (`2026-11-24T09:30:00.000Z`).
 */

export const CHANNELS = ['call', 'email', 'meeting', 'message', 'ticket', 'survey', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const DIRECTIONS = ['inbound', 'outbound'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const ACCOUNT_STATUSES = ['active', 'churned'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const COMPLAINT_STATUSES = ['open', 'resolved'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** Whether a touchpoint's sentiment came from the source system or was inferred by Tend from its notes. */
export const SENTIMENT_SOURCES = ['given', 'inferred'] as const;
export type SentimentSource = (typeof SENTIMENT_SOURCES)[number];

export const BANDS = ['healthy', 'watch', 'at_risk', 'neglected'] as const;
export type Band = (typeof BANDS)[number];

export const BAND_LABELS: Record<Band, string> = {
  healthy: 'Healthy',
  watch: 'Watch',
  at_risk: 'At risk',
  neglected: 'Neglected',
};

export const FACTORS = ['recency', 'decay', 'complaint', 'sentiment', 'voice'] as const;
export type FactorKey = (typeof FACTORS)[number];

export const FACTOR_LABELS: Record<FactorKey, string> = {
  recency: 'Contact recency',
  decay: 'Contact rhythm',
  complaint: 'Open complaints',
  sentiment: 'Sentiment',
  voice: "Customer's voice",
};

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;
/** An instant, full ISO 8601 in UTC. */
export type IsoInstant = string;

export interface Account {
  id: number;
  externalId: string;
  name: string;
  owner: string;
  tier: string;
  value: number;
  status: AccountStatus;
  createdOn: IsoDay;
  tags: string[];
}

export interface Touchpoint {
  id: number;
  accountId: number;
  occurredAt: IsoInstant;
  channel: Channel;
  direction: Direction;
  person: string | null;
  subject: string | null;
  notes: string | null;
  /** -1 (very negative) … 1 (very positive); null when unknown. */
  sentiment: number | null;
  sentimentSource: SentimentSource | null;
  complaintStatus: ComplaintStatus | null;
  resolvedAt: IsoInstant | null;
  /** "Will you come back?" 1–5. */
  comeBack: number | null;
  /** "Would you refer a friend?" 0–10. */
  refer: number | null;
}

export type NewAccount = Omit<Account, 'id'>;
export type NewTouchpoint = Omit<Touchpoint, 'id'>;

export interface ReviewState {
  accountId: number;
  reviewedOn: IsoDay | null;
  snoozedUntil: IsoDay | null;
}
