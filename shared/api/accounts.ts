import { z } from 'zod';
import { BANDS } from '../domain';
import type { Account, Band, IsoDay, IsoInstant } from '../domain';
import { accountId, isoDay, owner } from './schemas';

/**
 * The accounts table and what a team does to accounts: create and edit them,
 * mark them churned and back, hand them over to another owner, and keep the
 * table's filters as named views.
 */

const tag = z.string().trim().min(1).max(60);
export const accountFields = z
  .object({
    /** The id in the customer's CRM; Tend makes one up when absent. */
    externalId: z.string().trim().min(1).max(200).optional(),
    name: z.string().trim().min(1).max(300),
    owner,
    tier: z.string().trim().min(1).max(100),
    value: z.number().min(0).max(1e12),
    tags: z.array(tag).max(50),
  })
  .strict();

/** The accounts table's filters, sort and columns, as a saved view keeps them. */
export const accountViewState = z
  .object({
    search: z.string().max(200),
    owner: owner.nullable(),
    tier: z.string().max(100).nullable(),
    band: z.enum(BANDS).nullable(),
    status: z.enum(['active', 'churned', 'all']),
    tag: tag.nullable(),
    /** Only accounts we have not contacted for more than this many days. */
    noContactDays: z.number().int().min(0).max(100_000).nullable(),
    sort: z.array(z.object({ id: z.string().max(60), desc: z.boolean() }).strict()).max(5),
    hiddenColumns: z.array(z.string().max(60)).max(30),
  })
  .strict();
export type AccountViewState = z.infer<typeof accountViewState>;

export const accountArgs = {
  /** Every account, active and churned, with its health as of the day (null for churned ones). */
  'accounts.list': z.object({ asOf: isoDay }).strict(),
  'accounts.get': z.object({ accountId }).strict(),
  'accounts.create': z.object({ account: accountFields, asOf: isoDay }).strict(),
  'accounts.update': z.object({ accountId, changes: accountFields.partial().strict() }).strict(),
  'accounts.churn': z.object({ accountId, on: isoDay, reason: z.string().trim().min(1).max(500) }).strict(),
  'accounts.reactivate': z.object({ accountId }).strict(),
  /**
   * Move accounts from one owner to another (all of `from`'s active accounts
   * when `accountIds` is absent). Each one gets an "introduce the new owner"
   * item on the new owner's list until a touch is logged.
   */
  'accounts.handover': z.object({ from: owner, to: owner, accountIds: z.array(accountId).min(1).max(100_000).optional(), asOf: isoDay }).strict(),
  'views.list': z.object({}).strict(),
  'views.save': z.object({ name: z.string().trim().min(1).max(80), state: accountViewState }).strict(),
  'views.delete': z.object({ id: z.number().int().positive() }).strict(),
} as const;

/** An account with its churn details. */
export interface AccountRecord extends Account {
  churnedOn: IsoDay | null;
  churnReason: string | null;
}

/** One row of the accounts table. */
export interface AccountListRow {
  id: number;
  externalId: string;
  name: string;
  owner: string;
  tier: string;
  value: number;
  status: Account['status'];
  tags: string[];
  createdOn: IsoDay;
  churnedOn: IsoDay | null;
  /** Health as of the list's day; null for churned accounts. */
  score: number | null;
  band: Band | null;
  /** Days since our last contact (outbound or meeting), null when never. */
  daysSinceContact: number | null;
  lastContactOn: IsoDay | null;
  openComplaints: number;
}

export interface AccountList {
  asOf: IsoDay;
  rows: AccountListRow[];
  /** The distinct owners, tiers and tags, for the filters. */
  owners: string[];
  tiers: string[];
  tags: string[];
}

export interface SavedView {
  id: number;
  name: string;
  state: AccountViewState;
}

export interface Handover {
  from: string;
  to: string;
  /** The accounts that moved; each has an intro item on the new owner's list. */
  accountIds: number[];
  at: IsoInstant;
}

/** An account's fields as the create and edit forms send them. */
export type AccountFields = z.infer<typeof accountFields>;

/**
 * What each kind of account event records (the event's JSON detail), so the
 * timeline can say it in words: "Handed over from Ana to Ben".
 */
export interface AccountEventDetails {
  created: { externalId: string; name: string; owner: string; tier: string; value: number; tags: string[] };
  /** Only the fields that changed, each with its value before and after. */
  updated: { changes: { [K in keyof AccountFields]?: { from: AccountFields[K]; to: AccountFields[K] } } };
  handover: { from: string; to: string };
  churned: { on: IsoDay; reason: string };
  /** When and why the account had churned, as it was before reactivation. */
  reactivated: { churnedOn: IsoDay | null; reason: string | null };
}
export type AccountEventKind = keyof AccountEventDetails;

export interface AccountResults {
  'accounts.list': AccountList;
  'accounts.get': AccountRecord;
  'accounts.create': AccountRecord;
  'accounts.update': AccountRecord;
  'accounts.churn': AccountRecord;
  'accounts.reactivate': AccountRecord;
  'accounts.handover': Handover;
  'views.list': SavedView[];
  'views.save': SavedView;
  'views.delete': { id: number };
}
