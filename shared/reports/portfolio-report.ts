import { addDays, asOfMs, DAY_MS, dayOf } from '../dates';
import { BANDS, type Band, type IsoDay } from '../domain';
import type { HealthSettings, Reason } from '../health/types';
import type { Tint } from './document';
import { painPoints, type ComplaintText, type PainPoint } from './pain-points';
import { median, sum } from './stats';

/**
 * The facts of a portfolio report for one owner or everyone, as of a day:
 * worked out from the scored accounts, their score snapshots and their
 * complaints, which the backend gathers. Instants are epoch milliseconds.
 */

export interface PortfolioAccount {
  id: number;
  externalId: string;
  name: string;
  owner: string;
  tier: string;
  value: number;
  score: number;
  band: Band;
  reasons: Reason[];
  priority: number;
  daysSinceOurContact: number | null;
  lastOurContactAt: number | null;
  openComplaints: number;
  oldestOpenComplaintDays: number | null;
}

export interface OpenComplaint {
  id: number;
  accountId: number;
  openedAt: number;
  subject: string | null;
  notes: string | null;
  /** Our last update to the customer about it, if any. */
  lastUpdateAt: number | null;
}

export interface PortfolioInput {
  asOf: IsoDay;
  owner: string | null;
  periodDays: number;
  /** Active accounts in scope, scored as of asOf. */
  accounts: PortfolioAccount[];
  /** Today's list (ids in its order, highest priority first) and how many were snoozed off it. */
  attention: { accountIds: number[]; snoozed: number };
  /** Scores on the last snapshot day on or before the period's start (null day when there is none). */
  baseline: { day: IsoDay | null; scores: Map<number, { score: number; band: Band }> };
  /** The first day any snapshot exists for, to say where history starts. */
  historyStarts: IsoDay | null;
  /** Average snapshot score per day inside the period. */
  trend: { day: IsoDay; average: number; accounts: number }[];
  openComplaints: OpenComplaint[];
  /** Complaints resolved inside the period. */
  resolved: { openedAt: number; resolvedAt: number }[];
  /** Complaints opened inside the period, with their words. */
  opened: ComplaintText[];
  churned: { accounts: number; value: number };
  bandFloors: HealthSettings['bands'];
}

export interface BandRow {
  band: Band;
  accounts: number;
  value: number;
  /** Of the accounts in scope. */
  share: number;
  valueShare: number;
}

export interface Mover {
  account: PortfolioAccount;
  from: { score: number; band: Band };
  delta: number;
}

export interface AgeBucket {
  label: string;
  /** Age in whole days, inclusive. */
  minDays: number;
  maxDays: number;
  tint: Tint;
  count: number;
}

export interface OwnerRow {
  owner: string;
  accounts: number;
  value: number;
  atRisk: number;
  onList: number;
  reachedThisWeek: number;
  openComplaints: number;
}

export interface PortfolioReport {
  asOf: IsoDay;
  owner: string | null;
  periodDays: number;
  periodStart: IsoDay;
  accounts: PortfolioAccount[];
  totals: { accounts: number; value: number; atRisk: number; atRiskValue: number; onList: number; snoozed: number; openComplaints: number };
  bands: BandRow[];
  movers: { requestedDay: IsoDay; baselineDay: IsoDay | null; historyStarts: IsoDay | null; compared: number; drops: Mover[]; rises: Mover[] };
  trend: { day: IsoDay; value: number }[];
  /** Today's list, highest priority first. */
  attention: PortfolioAccount[];
  complaints: {
    open: number;
    openedInPeriod: number;
    resolvedInPeriod: number;
    medianDaysToResolve: number | null;
    buckets: AgeBucket[];
    /** Open complaints, oldest first. */
    oldest: (OpenComplaint & { account: PortfolioAccount; ageDays: number })[];
  };
  painPoints: PainPoint[];
  concentration: { topCount: number; topValue: number; totalValue: number; share: number; atRisk: PortfolioAccount[]; atRiskValue: number };
  owners: OwnerRow[];
  churned: { accounts: number; value: number };
  /** Score on the period's start day per account, for the data export. */
  baseline: Map<number, { score: number; band: Band }>;
  bandFloors: HealthSettings['bands'];
}

/** The share of accounts (by value, largest first) whose share of value the concentration figure reports. */
export const TOP_SHARE = 0.2;
export const MOVERS_SHOWN = 8;
/** "Reached this week": our contact in the seven days ending on the as-of day. */
export const WEEK_DAYS = 7;

export const AGE_BUCKETS: readonly Omit<AgeBucket, 'count'>[] = [
  { label: 'Under a week', minDays: 0, maxDays: 6, tint: 'accent' },
  { label: '1–4 weeks', minDays: 7, maxDays: 29, tint: 'watch' },
  { label: '1–3 months', minDays: 30, maxDays: 89, tint: 'at_risk' },
  { label: 'Over 3 months', minDays: 90, maxDays: Number.POSITIVE_INFINITY, tint: 'neglected' },
];

const isAtRisk = (band: Band) => band === 'at_risk' || band === 'neglected';

/** Works out the portfolio report from the gathered facts. */
export function buildPortfolioReport(input: PortfolioInput): PortfolioReport {
  const { accounts, asOf } = input;
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const totalValue = sum(accounts.map((a) => a.value));
  const attention = input.attention.accountIds.flatMap((id) => byId.get(id) ?? []);
  const atRisk = accounts.filter((a) => isAtRisk(a.band));
  const periodStart = addDays(asOf, -input.periodDays);
  const complaints = complaintFacts(input, byId);
  return {
    asOf,
    owner: input.owner,
    periodDays: input.periodDays,
    periodStart,
    accounts,
    totals: {
      accounts: accounts.length,
      value: totalValue,
      atRisk: atRisk.length,
      atRiskValue: sum(atRisk.map((a) => a.value)),
      onList: attention.length,
      snoozed: input.attention.snoozed,
      openComplaints: complaints.open,
    },
    bands: bandRows(accounts),
    movers: { requestedDay: periodStart, ...movers(accounts, input.baseline), historyStarts: input.historyStarts },
    trend: input.trend.map((p) => ({ day: p.day, value: p.average })),
    attention,
    complaints,
    painPoints: painPoints(input.opened),
    concentration: concentration(accounts),
    owners: ownerRows(accounts, new Set(attention.map((a) => a.id)), asOf),
    churned: input.churned,
    baseline: input.baseline.scores,
    bandFloors: input.bandFloors,
  };
}

/** Accounts and value per band, every band listed (healthy first). */
export function bandRows(accounts: readonly PortfolioAccount[]): BandRow[] {
  const total = accounts.length;
  const totalValue = sum(accounts.map((a) => a.value));
  return BANDS.map((band) => {
    const inBand = accounts.filter((a) => a.band === band);
    const value = sum(inBand.map((a) => a.value));
    return { band, accounts: inBand.length, value, share: total ? inBand.length / total : 0, valueShare: totalValue ? value / totalValue : 0 };
  });
}

/** Score changes against the baseline snapshot: the biggest falls and rises of at least one point. */
export function movers(
  accounts: readonly PortfolioAccount[],
  baseline: PortfolioInput['baseline'],
): { baselineDay: IsoDay | null; compared: number; drops: Mover[]; rises: Mover[] } {
  if (baseline.day === null) return { baselineDay: null, compared: 0, drops: [], rises: [] };
  const changes: Mover[] = [];
  for (const account of accounts) {
    const from = baseline.scores.get(account.id);
    if (from) changes.push({ account, from, delta: account.score - from.score });
  }
  const byName = (a: Mover, b: Mover) => a.account.name.localeCompare(b.account.name);
  return {
    baselineDay: baseline.day,
    compared: changes.length,
    drops: changes.filter((m) => m.delta <= -1).sort((a, b) => a.delta - b.delta || b.account.value - a.account.value || byName(a, b)).slice(0, MOVERS_SHOWN),
    rises: changes.filter((m) => m.delta >= 1).sort((a, b) => b.delta - a.delta || b.account.value - a.account.value || byName(a, b)).slice(0, MOVERS_SHOWN),
  };
}

/** Whole days a complaint has been open on the as-of day (0 = opened that day). */
export function ageInDays(openedAt: number, asOf: IsoDay): number {
  return Math.max(0, Math.floor((asOfMs(asOf) - openedAt) / DAY_MS));
}

/** Open complaints per age bucket. */
export function ageBuckets(ages: readonly number[]): AgeBucket[] {
  return AGE_BUCKETS.map((b) => ({ ...b, count: ages.filter((age) => age >= b.minDays && age <= b.maxDays).length }));
}

function complaintFacts(input: PortfolioInput, byId: Map<number, PortfolioAccount>): PortfolioReport['complaints'] {
  const oldest = input.openComplaints
    .flatMap((c) => {
      const account = byId.get(c.accountId);
      return account ? [{ ...c, account, ageDays: ageInDays(c.openedAt, input.asOf) }] : [];
    })
    .sort((a, b) => a.openedAt - b.openedAt || a.id - b.id);
  return {
    open: oldest.length,
    openedInPeriod: input.opened.length,
    resolvedInPeriod: input.resolved.length,
    medianDaysToResolve: median(input.resolved.map((r) => Math.max(0, (r.resolvedAt - r.openedAt) / DAY_MS))),
    buckets: ageBuckets(oldest.map((c) => c.ageDays)),
    oldest,
  };
}

/**
 * What share of the value the top fifth of accounts (by value) hold, and
 * which of them are at risk or neglected, most valuable first.
 */
export function concentration(accounts: readonly PortfolioAccount[]): PortfolioReport['concentration'] {
  const sorted = [...accounts].sort((a, b) => b.value - a.value || a.id - b.id);
  const topCount = accounts.length ? Math.max(1, Math.ceil(accounts.length * TOP_SHARE)) : 0;
  const top = sorted.slice(0, topCount);
  const totalValue = sum(accounts.map((a) => a.value));
  const topValue = sum(top.map((a) => a.value));
  const atRisk = top.filter((a) => isAtRisk(a.band));
  return { topCount, topValue, totalValue, share: totalValue ? topValue / totalValue : 0, atRisk, atRiskValue: sum(atRisk.map((a) => a.value)) };
}

/** One row per owner, alphabetical. */
export function ownerRows(accounts: readonly PortfolioAccount[], onList: ReadonlySet<number>, asOf: IsoDay): OwnerRow[] {
  const weekStart = addDays(asOf, -(WEEK_DAYS - 1));
  const rows = new Map<string, OwnerRow>();
  for (const a of accounts) {
    const row = rows.get(a.owner) ?? { owner: a.owner, accounts: 0, value: 0, atRisk: 0, onList: 0, reachedThisWeek: 0, openComplaints: 0 };
    row.accounts++;
    row.value += a.value;
    if (isAtRisk(a.band)) row.atRisk++;
    if (onList.has(a.id)) row.onList++;
    if (a.lastOurContactAt !== null && a.lastOurContactAt <= asOfMs(asOf) && dayOf(a.lastOurContactAt) >= weekStart) row.reachedThisWeek++;
    row.openComplaints += a.openComplaints;
    rows.set(a.owner, row);
  }
  return [...rows.values()].sort((a, b) => a.owner.localeCompare(b.owner));
}
