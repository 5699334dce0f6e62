import { z } from 'zod';
import { CHANNELS, DIRECTIONS } from '../domain';
import type { Band, IsoDay, IsoInstant, Touchpoint } from '../domain';
import type { HealthResult } from '../health/types';
import type { AccountRecord } from './accounts';
import { accountId, isoDay, isoInstant, owner, touchpointId } from './schemas';

/**
 * One account's whole story (the account page), its touchpoints edited by
 * hand, complaints handled to the end, survey answers, and score history.
 */

const notes = z.string().max(10_000).nullable();
export const touchpointInput = z
  .object({
    occurredAt: isoInstant,
    channel: z.enum(CHANNELS),
    direction: z.enum(DIRECTIONS),
    person: z.string().trim().max(200).nullable(),
    subject: z.string().trim().max(500).nullable(),
    notes,
    /** −1 … 1, entered by hand (stored as given); null when unknown. */
    sentiment: z.number().min(-1).max(1).nullable(),
  })
  .strict();

export const accountPageArgs = {
  /** Header, factor breakdown, score history, complaints, survey answers and contact rhythm, as of a day. */
  'account.detail': z.object({ accountId, asOf: isoDay }).strict(),
  /** Every touchpoint and account event (hand-over, churn…), newest first: the newest 2,000 entries (older ones stay in the store). */
  'account.timeline': z.object({ accountId }).strict(),
  /** A touchpoint entered by hand on an active account, on or before the as-of day; the account is re-scored. */
  'touchpoints.add': z.object({ accountId, asOf: isoDay, touchpoint: touchpointInput }).strict(),
  /**
   * Edit a touchpoint's own fields (complaint status and survey answers change
   * through complaints.* and surveys.record). A complaint cannot move after
   * its resolution or its first update; an update cannot move before its complaint.
   */
  'touchpoints.update': z.object({ touchpointId, asOf: isoDay, changes: touchpointInput.partial().strict() }).strict(),
  /**
   * Deleting a complaint keeps the calls and e-mails that answered it: they
   * happened and still count as contact, they are just no longer tied to it.
   */
  'touchpoints.delete': z.object({ touchpointId, asOf: isoDay }).strict(),
  /** Open a complaint: a touchpoint (usually inbound) marked open. */
  'complaints.open': z
    .object({ accountId, asOf: isoDay, occurredAt: isoInstant, channel: z.enum(CHANNELS), subject: z.string().trim().min(1).max(500), notes })
    .strict(),
  /** An update to the customer about a complaint: our own touchpoint, tied to the complaint. */
  'complaints.update': z.object({ complaintId: touchpointId, asOf: isoDay, occurredAt: isoInstant, channel: z.enum(CHANNELS), notes }).strict(),
  'complaints.resolve': z.object({ complaintId: touchpointId, asOf: isoDay, resolvedAt: isoInstant, notes }).strict(),
  /**
   * Complaints of active accounts for one owner or everyone: open ones by age
   * (oldest first), then, when asked, those resolved in the last 90 days (most recent first).
   */
  'complaints.list': z.object({ asOf: isoDay, owner: owner.nullable(), includeResolved: z.boolean().optional() }).strict(),
  'surveys.record': z
    .object({
      accountId,
      asOf: isoDay,
      answeredAt: isoInstant,
      comeBack: z.number().int().min(1).max(5).nullable(),
      refer: z.number().int().min(0).max(10).nullable(),
      notes,
    })
    .strict()
    .refine((a) => a.comeBack !== null || a.refer !== null, { message: 'needs at least one answer' }),
  /** The NPS-style figure for one owner's accounts or everyone's, from each account's latest answer. */
  'surveys.summary': z.object({ asOf: isoDay, owner: owner.nullable() }).strict(),
  /**
   * The active accounts whose score fell most over the last `days` days (7 by
   * default; 10 accounts by default): the latest snapshot on or before asOf
   * against the latest on or before asOf − days (weekly snapshots further back).
   */
  'history.drops': z.object({ asOf: isoDay, owner: owner.nullable(), days: z.number().int().min(1).max(365).optional(), limit: z.number().int().min(1).max(500).optional() }).strict(),
} as const;

export interface TimelineTouchpoint extends Touchpoint {
  /** For an update about a complaint: the complaint's touchpoint id. */
  complaintId: number | null;
  /** Imported (the batch id) rather than logged in Tend. */
  batchId: number | null;
}

export type TimelineEntry =
  | { kind: 'touchpoint'; at: IsoInstant; touchpoint: TimelineTouchpoint }
  | { kind: 'event'; at: IsoInstant; id: number; event: 'created' | 'updated' | 'handover' | 'churned' | 'reactivated'; text: string };

export interface ComplaintInfo {
  complaintId: number;
  accountId: number;
  accountName: string;
  owner: string;
  value: number;
  subject: string | null;
  notes: string | null;
  openedAt: IsoInstant;
  status: 'open' | 'resolved';
  resolvedAt: IsoInstant | null;
  /** Days open so far (open), or days it took (resolved; 0 when the resolution date is unknown). */
  ageDays: number;
  /** Our updates to the customer about it: our touchpoints tied to it (complaints.update, a resolution message). */
  updates: number;
  lastUpdateAt: IsoInstant | null;
  /** Days since the customer last heard from us about it (since opening when never); null once resolved. */
  silenceDays: number | null;
}

export interface SurveyAnswer {
  touchpointId: number;
  answeredAt: IsoInstant;
  comeBack: number | null;
  refer: number | null;
  notes: string | null;
}

export interface ScorePoint {
  day: IsoDay;
  score: number;
  band: Band;
}

/** A day the score moved a lot, and what happened then. */
export interface ScoreMoment {
  day: IsoDay;
  delta: number;
  text: string;
}

export interface AccountPage {
  account: AccountRecord;
  asOf: IsoDay;
  /** Null for a churned account: it is no longer scored. */
  health: HealthResult | null;
  priority: number | null;
  cadenceDays: number;
  /** Snapshots of the last 180 days, oldest first: daily for the last four weeks, Mondays before that. */
  history: ScorePoint[];
  /** The biggest moves in `history` (8 points or more, at most 12), with what happened. */
  moments: ScoreMoment[];
  /** Open ones first (oldest first), then resolved ones (most recent first). */
  complaints: ComplaintInfo[];
  /** Survey answers up to the day, newest first. */
  surveys: SurveyAnswer[];
  /** Our contacts of the last 365 days in order, with the gap before each (the first one's from the contact before the window). */
  rhythm: { at: IsoInstant; gapDays: number | null }[];
  /** Set while an "introduce the new owner" item is waiting: the new owner holds the account and none of our touches came after the hand-over. */
  intro: { from: string; to: string; since: IsoInstant } | null;
  review: { reviewedOn: IsoDay | null; snoozedUntil: IsoDay | null };
}

export interface SurveySummary {
  /** Promoters minus detractors (% of accounts whose latest refer answer falls there); null without answers. */
  nps: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  responses: number;
  comeBackAverage: number | null;
  /** Month by month, from the answers given that month. */
  trend: { month: string; nps: number | null; responses: number }[];
}

export interface ScoreDrop {
  accountId: number;
  name: string;
  owner: string;
  value: number;
  from: ScorePoint;
  to: ScorePoint;
  delta: number;
}

export interface AccountPageResults {
  'account.detail': AccountPage;
  'account.timeline': TimelineEntry[];
  'touchpoints.add': { touchpointId: number };
  'touchpoints.update': { touchpointId: number };
  'touchpoints.delete': { touchpointId: number };
  'complaints.open': { complaintId: number };
  'complaints.update': { touchpointId: number; complaint: ComplaintInfo };
  'complaints.resolve': { complaint: ComplaintInfo };
  'complaints.list': ComplaintInfo[];
  'surveys.record': { touchpointId: number };
  'surveys.summary': SurveySummary;
  'history.drops': ScoreDrop[];
}
