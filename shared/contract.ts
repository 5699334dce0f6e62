import { z } from 'zod';
import { API_METHOD_NAMES, type ApiMethodName } from './api-methods';
import { isIsoDay } from './dates';
import { CHANNELS, DIRECTIONS, FACTORS } from './domain';
import type { Band, Channel, Direction, FactorKey, IsoDay, IsoInstant } from './domain';
import type { HealthSettings, Reason } from './health/types';
import type { Result } from './result';

/**
 * The one API between the UI and the backend. Electron IPC (preload) and the
 * browser host both serve exactly this map; the renderer calls it through one
 * typed client. Arguments are validated with these schemas by the backend
 * before anything touches the database.
 */

const isoDay = z.string().refine(isIsoDay, { message: 'must be a calendar day written as YYYY-MM-DD' });
const isoInstant = z.iso.datetime({ offset: true });
const accountId = z.number().int().positive();
const owner = z.string().trim().min(1).max(200);

export const apiArgs = {
  /** How much is in the store: drives the first-run screen. */
  'store.summary': z.object({}).strict(),
  /** Fill an empty store with the sample portfolio. */
  'demo.load': z.object({ asOf: isoDay }).strict(),
  /** Today's neglected-customer list for one owner or everyone. */
  'today.list': z
    .object({
      asOf: isoDay,
      owner: owner.nullable(),
      /** Only the first N rows: the console paints the top of a huge list first, then fetches the rest. */
      limit: z.number().int().positive().max(1_000_000).optional(),
    })
    .strict(),
  /** Log a touch (a call made, an email sent…) and re-score the account. */
  'touchpoints.log': z
    .object({
      accountId,
      asOf: isoDay,
      occurredAt: isoInstant,
      channel: z.enum(CHANNELS),
      direction: z.enum(DIRECTIONS),
      notes: z.string().max(10_000).nullable(),
      sentiment: z.number().min(-1).max(1).nullable(),
    })
    .strict(),
  'review.markReviewed': z.object({ accountId, day: isoDay }).strict(),
  'review.snooze': z.object({ accountId, asOf: isoDay, until: isoDay }).strict(),
  'review.clear': z.object({ accountId, day: isoDay }).strict(),
  'settings.health': z.object({}).strict(),
} as const satisfies Record<ApiMethodName, z.ZodType>;

export type ApiMethod = keyof typeof apiArgs;
export type ApiArgs<M extends ApiMethod> = z.input<(typeof apiArgs)[M]>;

export const API_METHODS: readonly ApiMethod[] = API_METHOD_NAMES;

export interface StoreSummary {
  accounts: number;
  activeAccounts: number;
  touchpoints: number;
  owners: string[];
}

export interface DemoLoaded {
  accounts: number;
  touchpoints: number;
}

/** One account on today's list, already scored as of the list's day. */
export interface TodayRow {
  accountId: number;
  externalId: string;
  name: string;
  owner: string;
  tier: string;
  value: number;
  score: number;
  band: Band;
  priority: number;
  daysSinceContact: number | null;
  openComplaints: number;
  oldestOpenComplaintDays: number | null;
  complaintSilenceDays: number | null;
  reasons: Reason[];
  /** Marked reviewed on the list's day. */
  reviewed: boolean;
  /** We contacted the account on the list's day. */
  touchedToday: boolean;
}

export interface TodayList {
  asOf: IsoDay;
  owner: string | null;
  owners: string[];
  /** Accounts that need attention, highest priority first; reached ones last (the first `limit` when asked). */
  rows: TodayRow[];
  /** How many accounts are on the whole list (more than `rows.length` when a limit cut it). */
  total: number;
  /** How many accounts on the whole list were reached (touched or reviewed) today. */
  reached: number;
  /** Accounts hidden because they are snoozed past the list's day. */
  snoozed: number;
  /** Active accounts considered for this owner, healthy ones included. */
  considered: number;
}

export interface LoggedTouch {
  touchpointId: number;
  row: TodayRow;
}

export interface ApiResults {
  'store.summary': StoreSummary;
  'demo.load': DemoLoaded;
  'today.list': TodayList;
  'touchpoints.log': LoggedTouch;
  'review.markReviewed': { accountId: number };
  'review.snooze': { accountId: number; until: IsoDay };
  'review.clear': { accountId: number };
  'settings.health': HealthSettings;
}

/** The backend as every transport sees it: one async function per method, errors as data. */
export type TendApi = {
  [M in ApiMethod]: (args: ApiArgs<M>) => Promise<Result<ApiResults[M]>>;
};

// Re-exported so UI code can name these without reaching into health/.
export type { Channel, Direction, FactorKey, IsoInstant };
export const FACTOR_KEYS = FACTORS;
