import { addDays, asOfMs } from '../../../shared/dates';
import type { IsoDay } from '../../../shared/domain';
import { daysFrom } from '../../../shared/reports/format';
import { buildPortfolioReport, type PortfolioAccount, type PortfolioReport } from '../../../shared/reports/portfolio-report';
import { sum } from '../../../shared/reports/stats';
import type { BackendContext } from '../context';
import { listOwners } from '../db/accounts-repo';
import {
  averageScoreByDay,
  churnedBetween,
  complaintsRaisedBetween,
  complaintsResolvedBetween,
  firstSnapshotDay,
  openComplaintsAsOf,
  snapshotDayOnOrBefore,
  snapshotsOn,
} from '../db/portfolio-report-repo';
import { reviewStatesFor } from '../db/review-repo';
import { buildTodayList } from '../services/today';
import { UserError } from '../user-error';

/** A snapshot this many days before the period's start still stands in for it; an older one does not. */
export const BASELINE_SLACK_DAYS = 7;

export interface PortfolioRequest {
  owner: string | null;
  asOf: IsoDay;
  periodDays: number;
}

/**
 * Everything the portfolio report says, read from the scoreboard (current
 * health and today's list, as of the report's day, as services/today.ts
 * builds it) and the store (snapshots, complaints, churn).
 */
export async function gatherPortfolio(ctx: BackendContext, request: PortfolioRequest): Promise<PortfolioReport> {
  const { owner, asOf, periodDays } = request;
  const owners = await listOwners(ctx.db);
  if (owner !== null && !owners.includes(owner)) {
    throw new UserError('not_found', `No accounts are owned by "${owner}". Pick one of: ${owners.join(', ') || 'nobody yet'}.`);
  }
  const reviews = await reviewStatesFor(ctx.db, asOf);
  await ctx.scoreboard.ensure(asOf);
  // From here to the today list nothing awaits, so another call cannot re-score the board for another day in between.
  const accounts: PortfolioAccount[] = [];
  for (const { account, health, priority, lastOurContactAt } of ctx.scoreboard.all()) {
    if (owner !== null && account.owner !== owner) continue;
    accounts.push({
      id: account.id,
      externalId: account.externalId,
      name: account.name,
      owner: account.owner,
      tier: account.tier,
      value: account.value,
      score: health.score,
      band: health.band,
      reasons: health.reasons,
      priority,
      daysSinceOurContact: health.daysSinceOurContact,
      lastOurContactAt,
      openComplaints: health.openComplaints,
      oldestOpenComplaintDays: health.oldestOpenComplaintDays,
    });
  }
  const list = buildTodayList(ctx.scoreboard, reviews, owners, owner, asOf);

  const periodStart = addDays(asOf, -periodDays);
  const startMs = asOfMs(periodStart);
  const endMs = asOfMs(asOf);
  const scope = { owner };
  const snapshotDay = await snapshotDayOnOrBefore(ctx.db, periodStart);
  const baselineDay = snapshotDay !== null && daysFrom(snapshotDay, periodStart) <= BASELINE_SLACK_DAYS ? snapshotDay : null;
  const [historyStarts, trend, openComplaints, resolved, opened, churned] = await Promise.all([
    firstSnapshotDay(ctx.db),
    averageScoreByDay(ctx.db, periodStart, asOf, scope),
    openComplaintsAsOf(ctx.db, asOf, scope),
    complaintsResolvedBetween(ctx.db, startMs, endMs, scope),
    complaintsRaisedBetween(ctx.db, startMs, endMs, scope),
    churnedBetween(ctx.db, periodStart, asOf, scope),
  ]);
  // The line ends at today's scores when the day's snapshot is not written yet.
  if (trend.length > 0 && trend.at(-1)!.day < asOf && accounts.length > 0) {
    trend.push({ day: asOf, average: sum(accounts.map((a) => a.score)) / accounts.length, accounts: accounts.length });
  }
  return buildPortfolioReport({
    asOf,
    owner,
    periodDays,
    accounts,
    attention: { accountIds: list.rows.map((r) => r.accountId), snoozed: list.snoozed },
    baseline: { day: baselineDay, scores: baselineDay === null ? new Map() : snapshotsOn(ctx.store, baselineDay) },
    historyStarts,
    trend,
    openComplaints,
    resolved,
    opened,
    churned,
    bandFloors: ctx.scoreboard.settings.bands,
  });
}
