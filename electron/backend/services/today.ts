import type { Kysely } from 'kysely';
import type { TodayList, TodayRow } from '../../../shared/contract';
import { dayOf } from '../../../shared/dates';
import type { IsoDay, ReviewState } from '../../../shared/domain';
import type { Reason } from '../../../shared/health/types';
import { compareTodayRows } from '../../../shared/today-order';
import { listOwners } from '../db/accounts-repo';
import { pendingIntroOf, pendingIntros, type PendingIntro } from '../db/handover-repo';
import { reviewStatesFor } from '../db/review-repo';
import type { Database } from '../db/schema';
import type { Scoreboard, ScoredAccount } from './scoreboard';

/**
 * One account as a row of today's list. `intro` is its pending hand-over
 * item, if any: it leads the reasons, since it is why the account is there.
 */
export function toTodayRow(scored: ScoredAccount, asOf: IsoDay, review: ReviewState | undefined, intro?: PendingIntro): TodayRow {
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
    reasons: intro ? [introReason(intro, asOf), ...health.reasons] : health.reasons,
    reviewed: review?.reviewedOn === asOf,
    touchedToday: scored.lastOurContactAt !== null && dayOf(scored.lastOurContactAt) === asOf,
    intro: intro ? { from: intro.from } : null,
  };
}

/**
 * Whether a hand-over's intro item still stands for the account as scored:
 * it is with the owner it was handed to, and none of our touches (logged
 * anywhere: the dialog, the account page, an import) came after the hand-over.
 */
export function introPending(intro: PendingIntro, scored: ScoredAccount): boolean {
  return intro.to === scored.account.owner && (scored.lastOurContactAt === null || scored.lastOurContactAt <= intro.since);
}

/** The account's intro item if it still stands (for a row re-scored on its own, e.g. after a logged touch). */
export async function pendingIntroFor(db: Kysely<Database>, scored: ScoredAccount): Promise<PendingIntro | undefined> {
  const intro = await pendingIntroOf(db, scored.account.id);
  return intro && introPending(intro, scored) ? intro : undefined;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 Nov", with the year only when it is not the list's year. */
function shortDay(ms: number, asOf: IsoDay): string {
  const day = dayOf(ms);
  const [year, month, date] = day.split('-');
  const text = `${Number(date)} ${MONTHS[Number(month) - 1]}`;
  return year === asOf.slice(0, 4) ? text : `${text} ${year}`;
}

function introReason(intro: PendingIntro, asOf: IsoDay): Reason {
  // Not a health factor, but about contact; impact 0 because it moves no score.
  return { factor: 'recency', text: `Introduce yourself: handed over from ${intro.from} on ${shortDay(intro.since, asOf)}`, impact: 0 };
}

/**
 * Today's neglected-customer list: active accounts that need attention for the
 * owner (or everyone), plus accounts handed over and not yet introduced, minus
 * those snoozed past the day, in list order. `board` is the scoreboard, or
 * candidate scores (the settings preview).
 */
export function buildTodayList(
  board: { all(): Iterable<ScoredAccount> },
  reviews: Map<number, ReviewState>,
  owners: string[],
  owner: string | null,
  asOf: IsoDay,
  limit?: number,
  intros: Map<number, PendingIntro> = new Map(),
): TodayList {
  const rows: TodayRow[] = [];
  let snoozed = 0;
  let considered = 0;
  for (const scored of board.all()) {
    if (owner !== null && scored.account.owner !== owner) continue;
    considered++;
    const review = reviews.get(scored.account.id);
    const stored = intros.size > 0 ? intros.get(scored.account.id) : undefined;
    const intro = stored && introPending(stored, scored) ? stored : undefined;
    // An account reached today stays on the list (marked done) even once it
    // looks healthy again, so "N of M reached" keeps counting this morning's M.
    if (!scored.needsAttention && !intro && review?.reviewedOn !== asOf) continue;
    if (review?.snoozedUntil && review.snoozedUntil > asOf) {
      snoozed++;
      continue;
    }
    rows.push(toTodayRow(scored, asOf, review, intro));
  }
  rows.sort(compareTodayRows);
  const reached = rows.filter((r) => r.reviewed || r.touchedToday).length;
  const total = rows.length;
  return { asOf, owner, owners, rows: limit === undefined ? rows : rows.slice(0, limit), total, reached, snoozed, considered };
}

/**
 * Today's list as the API serves it: scores for the day, review states,
 * owners and pending intro items. Whether an intro item is answered is read
 * from the scores, never written here: a read must not wait behind an import
 * holding the store, and a touch taken back (deleted, an import undone)
 * brings the item back as it should.
 */
export async function loadTodayList(db: Kysely<Database>, scoreboard: Scoreboard, asOf: IsoDay, owner: string | null, limit?: number): Promise<TodayList> {
  await scoreboard.ensure(asOf);
  const [reviews, owners, intros] = await Promise.all([reviewStatesFor(db, asOf), listOwners(db), pendingIntros(db)]);
  return buildTodayList(scoreboard, reviews, owners, owner, asOf, limit, intros);
}
