import type { Band, FactorKey, IsoDay } from '../domain';

/**
 * An instant as milliseconds since the epoch. Signals carry instants as numbers,
 * not ISO strings: formatting and re-parsing 150,000 timestamps per rescore of
 * 50,000 accounts cost more than the SQL that produced them.
 */
export type EpochMs = number;

/**
 * Everything the engine needs to know about one account, already aggregated.
 * The backend fills this from set-based SQL (one pass over the touchpoints for
 * all accounts); tests build it by hand or with `signalsFromTouchpoints`.
 * "Our contact" means an outbound touchpoint or a meeting (meetings are two-way);
 * an inbound-only stream does not count as us staying in touch.
 * Every field only counts touchpoints that happened on or before the as-of day.
 */
export interface AccountSignals {
  tier: string;
  value: number;
  createdOn: IsoDay;
  /** Our last contact (outbound or meeting), or null when we never reached out. */
  lastOurContactAt: EpochMs | null;
  /** The last touchpoint in either direction. */
  lastAnyContactAt: EpochMs | null;
  /** Our first contact ever, for the length of the account's rhythm history. */
  firstOurContactAt: EpochMs | null;
  /** Our contacts inside the recent window (as-of − settings.decay.recentDays, as-of]. */
  recentOurContacts: number;
  /** Our contacts inside the baseline window (as-of − recentDays − baselineDays, as-of − recentDays]. */
  baselineOurContacts: number;
  /**
   * Recency-weighted sentiment: Σ wᵢ·sᵢ and Σ wᵢ over touchpoints with a sentiment,
   * wᵢ = 2^(−ageDaysᵢ / settings.sentiment.halfLifeDays).
   */
  sentimentWeightedSum: number;
  sentimentWeightTotal: number;
  /** Touchpoints with sentiment ≤ −0.3 inside the recent window. */
  recentNegativeCount: number;
  /** Complaints open on the as-of day (opened on or before it, not resolved by it). */
  openComplaints: { openedAt: EpochMs }[];
  /** Latest "Will you come back?" answer (1–5), if any. */
  latestComeBack: { answer: number; at: EpochMs } | null;
  /** Latest "Would you refer a friend?" answer (0–10), if any. */
  latestRefer: { answer: number; at: EpochMs } | null;
}

export interface HealthSettings {
  /** Relative weights of the factors; they need not sum to 1. */
  weights: Record<FactorKey, number>;
  /** Expected days between our contacts, per tier name. */
  cadences: Record<string, number>;
  /** Cadence used for a tier that has no entry in `cadences`. */
  defaultCadenceDays: number;
  /** Lowest score of each band; below `atRisk` is neglected. */
  bands: { healthy: number; watch: number; atRisk: number };
  decay: { recentDays: number; baselineDays: number };
  sentiment: { halfLifeDays: number };
  voice: { halfLifeDays: number };
}

export interface Reason {
  factor: FactorKey;
  /** One plain sentence an account manager can act on. */
  text: string;
  /** Points this factor takes off (negative) or adds (positive) against a neutral account. */
  impact: number;
}

export interface FactorResult {
  factor: FactorKey;
  /** 0 (worst) … 1 (best) for this factor alone. */
  subScore: number;
  weight: number;
  /** Points of the final 0–100 score this factor contributes (Σ contributions = score). */
  contribution: number;
}

export interface HealthResult {
  score: number;
  band: Band;
  factors: FactorResult[];
  /** Ordered by impact, most harmful first; only factors that say something. */
  reasons: Reason[];
  daysSinceOurContact: number | null;
  openComplaints: number;
  oldestOpenComplaintDays: number | null;
  /** Days since our last contact while a complaint is open (null without open complaints). */
  complaintSilenceDays: number | null;
}
