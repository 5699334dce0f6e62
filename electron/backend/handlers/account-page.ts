import type { accountPageArgs } from '../../../shared/api/account-page';
import type { BackendContext } from '../context';
import type { Handlers } from '../define-api';
import { accountDetail, accountTimeline } from '../services/account-detail';
import { listComplaints, openComplaint, resolveComplaint, updateComplaint } from '../services/complaints';
import { biggestDrops } from '../services/score-drops';
import { recordSurvey, surveySummary } from '../services/surveys';
import { addTouchpoint, removeTouchpoint, updateTouchpoint } from '../services/touchpoint-edits';

type Methods = keyof typeof accountPageArgs;

/** The account page, touchpoints edited by hand, complaints to the end, survey answers and score history. */
export function accountPageHandlers(ctx: BackendContext): Pick<Handlers, Methods> {
  return {
    'account.detail': ({ accountId, asOf }) => accountDetail(ctx, accountId, asOf),
    'account.timeline': ({ accountId }) => accountTimeline(ctx, accountId),
    'touchpoints.add': async ({ accountId, asOf, touchpoint }) => ({ touchpointId: await addTouchpoint(ctx, accountId, asOf, touchpoint) }),
    'touchpoints.update': async ({ touchpointId, asOf, changes }) => ({ touchpointId: await updateTouchpoint(ctx, touchpointId, asOf, changes) }),
    'touchpoints.delete': async ({ touchpointId }) => ({ touchpointId: await removeTouchpoint(ctx, touchpointId) }),
    'complaints.open': async (args) => ({ complaintId: await openComplaint(ctx, args) }),
    'complaints.update': (args) => updateComplaint(ctx, args),
    'complaints.resolve': (args) => resolveComplaint(ctx, args),
    'complaints.list': ({ asOf, owner, includeResolved }) => listComplaints(ctx.db, asOf, owner, includeResolved ?? false),
    'surveys.record': async (args) => ({ touchpointId: await recordSurvey(ctx, args) }),
    'surveys.summary': ({ asOf, owner }) => surveySummary(ctx.db, asOf, owner),
    'history.drops': async ({ asOf, owner, days, limit }) => {
      // Today's snapshots come from today's first rescore: make sure it has happened and they are stored.
      if (asOf === ctx.history.today) {
        await ctx.scoreboard.ensure(asOf);
        await ctx.history.written();
      }
      return biggestDrops(ctx.db, asOf, owner, days, limit);
    },
  };
}
