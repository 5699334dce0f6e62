import type { TodayList, TodayRow } from '../../../shared/contract';
import { dayOf } from '../../../shared/dates';
import type { IsoDay, ReviewState } from '../../../shared/domain';
import { compareTodayRows } from '../../../shared/today-order';
import type { Scoreboard, ScoredAccount } from './scoreboard';

export function toTodayRow(scored: ScoredAccount, asOf: IsoDay, review: ReviewState | undefined): TodayRow {
  const { account, health } = scored;
  return {
    accountId: account.id,
    externalId: account.externalId,
    name: account.name,
    owner: account.owner,
    tier: account.tier,
    value: account.value,
    score: health.score,
    band: health.band,
    priority: scored.priority,
    daysSinceContact: health.daysSinceOurContact,
    openComplaints: health.openComplaints,
    oldestOpenComplaintDays: health.oldestOpenComplaintDays,
    complaintSilenceDays: health.complaintSilenceDays,
    reasons: health.reasons,
    reviewed: review?.reviewedOn === asOf,
    touchedToday: scored.lastOurContactAt !== null && dayOf(scored.lastOurContactAt) === asOf,
    intro: null,
  };
}

/**
 * Today's neglected-customer list: active accounts that need attention for the
 * owner (or everyone), minus those snoozed past the day, highest priority first.
 */
export function buildTodayList(
  scoreboard: Scoreboard,
  reviews: Map<number, ReviewState>,
  owners: string[],
  owner: string | null,
  asOf: IsoDay,
  limit?: number,
): TodayList {
  const rows: TodayRow[] = [];
  let snoozed = 0;
  let considered = 0;
  for (const scored of scoreboard.all()) {
    if (owner !== null && scored.account.owner !== owner) continue;
    considered++;
    const review = reviews.get(scored.account.id);
    // An account reached today stays on the list (marked done) even once it
    // looks healthy again, so "N of M reached" keeps counting this morning's M.
    if (!scored.needsAttention && review?.reviewedOn !== asOf) continue;
    if (review?.snoozedUntil && review.snoozedUntil > asOf) {
      snoozed++;
      continue;
    }
    rows.push(toTodayRow(scored, asOf, review));
  }
  rows.sort(compareTodayRows);
  const reached = rows.filter((r) => r.reviewed || r.touchedToday).length;
  const total = rows.length;
  return { asOf, owner, owners, rows: limit === undefined ? rows : rows.slice(0, limit), total, reached, snoozed, considered };
}
