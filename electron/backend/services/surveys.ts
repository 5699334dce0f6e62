import type { Kysely } from 'kysely';
import type { SurveySummary } from '../../../shared/api/account-page';
import { asOfMs } from '../../../shared/dates';
import type { IsoDay } from '../../../shared/domain';
import { summariseSurveys } from '../../../shared/history/nps';
import type { Database } from '../db/schema';
import { surveyResponses } from '../db/surveys-repo';
import { insertLinkedTouchpoint } from '../db/touchpoints-repo';
import type { BackendContext } from '../context';
import { notAfterAsOf, requireActiveAccount, rescoreAfterChange } from './touchpoint-edits';

/** "Would refer 8/10 · Come back 4/5": the answers at a glance on the timeline. */
function surveySubject(comeBack: number | null, refer: number | null): string {
  return [refer === null ? null : `Would refer ${refer}/10`, comeBack === null ? null : `Come back ${comeBack}/5`].filter(Boolean).join(' · ');
}

/**
 * Records a customer's survey answers as an inbound touchpoint on the
 * 'survey' channel, and re-scores the account (the customer's voice factor
 * reads the latest answers).
 */
export async function recordSurvey(
  ctx: BackendContext,
  args: { accountId: number; asOf: IsoDay; answeredAt: string; comeBack: number | null; refer: number | null; notes: string | null },
): Promise<number> {
  const account = await requireActiveAccount(ctx, args.accountId, 'recording survey answers');
  const answered = notAfterAsOf(args.answeredAt, args.asOf, 'A survey answer');
  const id = await insertLinkedTouchpoint(
    ctx.db,
    {
      accountId: account.id,
      occurredAt: new Date(answered).toISOString(),
      channel: 'survey',
      direction: 'inbound',
      person: null,
      subject: surveySubject(args.comeBack, args.refer),
      notes: args.notes?.trim() || null,
      sentiment: null,
      sentimentSource: null,
      complaintStatus: null,
      resolvedAt: null,
      comeBack: args.comeBack,
      refer: args.refer,
    },
    null,
    ctx.now(),
  );
  await rescoreAfterChange(ctx, account.id);
  return id;
}

/** The NPS-style figure, the come-back average and the monthly trend for one owner's active accounts or everyone's. */
export async function surveySummary(db: Kysely<Database>, asOf: IsoDay, owner: string | null): Promise<SurveySummary> {
  return summariseSurveys(await surveyResponses(db, owner, asOfMs(asOf)), asOf);
}
