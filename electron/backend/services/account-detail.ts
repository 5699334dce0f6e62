import type { AccountPage, TimelineEntry } from '../../../shared/api/account-page';
import { DAY_MS, addDays, asOfMs } from '../../../shared/dates';
import type { IsoDay } from '../../../shared/domain';
import { cadenceFor } from '../../../shared/health/settings';
import { HISTORY } from '../../../shared/history/days';
import { accountEventText } from '../../../shared/history/event-text';
import { scoreMoments, type MomentTouchpoint } from '../../../shared/history/moments';
import { contactRhythm } from '../../../shared/history/rhythm';
import { listAccountEvents } from '../db/account-events-repo';
import { getAccountRecord } from '../db/accounts-repo';
import { accountHistory } from '../db/snapshots-repo';
import { accountSurveyAnswers } from '../db/surveys-repo';
import { accountTouchpoints, openIntroFor, reviewStateOf } from '../db/timeline-repo';
import type { BackendContext } from '../context';
import { UserError } from '../user-error';
import { accountComplaints } from './complaints';

/** The timeline shows at most this many entries, newest first; older ones stay in the store and in reports. */
export const TIMELINE_LIMIT = 2000;
/** The rhythm picture covers our contacts of the last year. */
export const RHYTHM_DAYS = 365;

async function requireAccount(ctx: BackendContext, accountId: number) {
  const account = await getAccountRecord(ctx.db, accountId);
  if (!account) throw new UserError('not_found', `There is no account with id ${accountId}; it may have been deleted. Go back to the list and reload it.`);
  return account;
}

/**
 * The account page as of a day: the account, its full health with the factor
 * breakdown (null once churned), priority, cadence, score history with the
 * moments that moved it, complaints, survey answers, contact rhythm, a
 * pending hand-over introduction and its review state.
 */
export async function accountDetail(ctx: BackendContext, accountId: number, asOf: IsoDay): Promise<AccountPage> {
  const account = await requireAccount(ctx, accountId);
  const end = asOfMs(asOf);
  let scored: Awaited<ReturnType<typeof ctx.scoreboard.detail>> = null;
  if (account.status === 'active') {
    await ctx.scoreboard.ensure(asOf);
    // An account that became active after the board was scored joins it now.
    if (!ctx.scoreboard.get(account.id)) await ctx.scoreboard.rescoreAccounts([account.id]);
    scored = await ctx.scoreboard.detail(account.id);
    // The chart ends on today's snapshot, which today's first rescore writes just after itself.
    await ctx.history.written();
  }
  const [history, touchpoints, events, complaints, surveys, intro, review] = await Promise.all([
    accountHistory(ctx.db, account.id, addDays(asOf, -HISTORY.chartDays), asOf),
    accountTouchpoints(ctx.db, account.id, { endMs: end }),
    listAccountEvents(ctx.db, account.id),
    accountComplaints(ctx.db, account.id, asOf),
    accountSurveyAnswers(ctx.db, account.id, end),
    openIntroFor(ctx.db, account.id),
    reviewStateOf(ctx.db, account.id),
  ]);

  const forMoments: MomentTouchpoint[] = touchpoints.map((t) => ({
    atMs: Date.parse(t.occurredAt),
    channel: t.channel,
    direction: t.direction,
    person: t.person,
    subject: t.subject,
    sentiment: t.sentiment,
    complaintStatus: t.complaintStatus,
    resolvedAtMs: t.resolvedAt === null ? null : Date.parse(t.resolvedAt),
    comeBack: t.comeBack,
    refer: t.refer,
    complaintId: t.complaintId,
  }));
  const eventsUpToDay = events.filter((e) => e.at <= end).map((e) => ({ atMs: e.at, text: accountEventText(e.kind, e.detail) }));

  // Our contacts, oldest first; the one just before the window gives the first gap.
  const ourContacts = forMoments.filter((t) => t.direction === 'outbound' || t.channel === 'meeting').map((t) => t.atMs).sort((a, b) => a - b);
  const windowStart = end - RHYTHM_DAYS * DAY_MS;
  const inWindow = ourContacts.filter((ms) => ms > windowStart);
  const before = ourContacts.filter((ms) => ms <= windowStart).at(-1) ?? null;

  // Pending as long as the new owner still holds the account and none of our touches came after the hand-over.
  const lastOur = ourContacts.at(-1) ?? null;
  const introPending = intro !== null && intro.to === account.owner && (lastOur === null || lastOur <= intro.since);

  return {
    account,
    asOf,
    health: scored?.health ?? null,
    priority: scored?.priority ?? null,
    cadenceDays: cadenceFor(account.tier, ctx.scoreboard.settings),
    history,
    moments: scoreMoments(history, forMoments, eventsUpToDay),
    complaints,
    surveys,
    rhythm: contactRhythm(inWindow, before),
    intro: introPending && intro ? { from: intro.from, to: intro.to, since: new Date(intro.since).toISOString() } : null,
    review,
  };
}

/** Every touchpoint and account event, newest first, at most TIMELINE_LIMIT entries. */
export async function accountTimeline(ctx: BackendContext, accountId: number): Promise<TimelineEntry[]> {
  const account = await requireAccount(ctx, accountId);
  const [touchpoints, events] = await Promise.all([accountTouchpoints(ctx.db, account.id, { limit: TIMELINE_LIMIT }), listAccountEvents(ctx.db, account.id)]);
  const entries: TimelineEntry[] = [
    ...touchpoints.map((touchpoint): TimelineEntry => ({ kind: 'touchpoint', at: touchpoint.occurredAt, touchpoint })),
    ...events.map((e): TimelineEntry => ({ kind: 'event', at: new Date(e.at).toISOString(), id: e.id, event: e.kind, text: accountEventText(e.kind, e.detail) })),
  ];
  // ISO instants in UTC sort as text; on the same instant an event (a hand-over) reads after the touch that preceded it.
  entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1));
  return entries.slice(0, TIMELINE_LIMIT);
}
