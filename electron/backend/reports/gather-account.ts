import type { IsoDay } from '../../../shared/domain';
import { scoreAccount } from '../../../shared/health/engine';
import { buildAccountUpdate, type AccountHealthFacts, type AccountUpdate } from '../../../shared/reports/account-report';
import { daysFrom, formatDay } from '../../../shared/reports/format';
import type { BackendContext } from '../context';
import {
  accountForUpdate,
  complaintsInPeriod,
  lastOurContact,
  latestSurveyWithComments,
  scoreHistory,
  touchpointsInPeriod,
} from '../db/reports-repo';
import { loadAccountSignals } from '../services/account-signals';
import { UserError } from '../user-error';

/** The longest period one update may cover (about three years). */
export const MAX_UPDATE_DAYS = 1100;

export interface AccountUpdateRequest {
  accountId: number;
  from: IsoDay;
  to: IsoDay;
  internal: boolean;
  nextSteps?: string | undefined;
  contactLine?: string | undefined;
}

/**
 * Everything one account's status update says, read from the store. The
 * health of the internal copy is scored for this account alone as of the
 * period's end, so making a report never disturbs the scoreboard that
 * today's list is built from.
 */
export async function gatherAccountUpdate(ctx: BackendContext, request: AccountUpdateRequest): Promise<AccountUpdate> {
  const { accountId, from, to } = request;
  if (from > to) throw new UserError('invalid_argument', `The period starts on ${formatDay(from)}, after it ends on ${formatDay(to)}. Pick a start on or before the end.`);
  if (daysFrom(from, to) > MAX_UPDATE_DAYS) throw new UserError('invalid_argument', 'An update covers at most three years. Pick a later start day.');
  const account = await accountForUpdate(ctx.db, accountId);
  if (!account) throw new UserError('not_found', `There is no account with id ${accountId}; it may have been deleted. Reload the list.`);
  const settings = ctx.scoreboard.settings;
  const [touchpoints, complaints, survey, lastOurContactAt] = await Promise.all([
    touchpointsInPeriod(ctx.db, accountId, from, to),
    complaintsInPeriod(ctx.db, accountId, from, to),
    latestSurveyWithComments(ctx.db, accountId, to),
    lastOurContact(ctx.db, accountId, to),
  ]);
  let health: AccountHealthFacts | null = null;
  let history: { day: IsoDay; score: number; band: AccountHealthFacts['band'] }[] = [];
  if (request.internal) {
    history = await scoreHistory(ctx.db, accountId, from, to);
    if (account.status === 'active') {
      const signals = await loadAccountSignals(ctx.store, settings, to, [account], [account.id]);
      const result = scoreAccount(signals.get(account.id)!, settings, to);
      health = { score: result.score, band: result.band, reasons: result.reasons, daysSinceOurContact: result.daysSinceOurContact, openComplaints: result.openComplaints };
    }
  }
  return buildAccountUpdate({
    account,
    from,
    to,
    internal: request.internal,
    nextSteps: request.nextSteps ?? null,
    contactLine: request.contactLine?.trim() || null,
    touchpoints,
    complaints,
    survey,
    lastOurContactAt,
    cadenceDays: settings.cadences[account.tier] ?? settings.defaultCadenceDays,
    health,
    history,
    bandFloors: settings.bands,
  });
}
