import type { accountArgs } from '../../../shared/api/accounts';
import type { BackendContext } from '../context';
import type { Handlers } from '../define-api';
import { churnAccount, createAccount, reactivateAccount, requireAccount, updateAccountFields } from '../services/account-changes';
import { buildAccountList } from '../services/account-list';
import { handOver } from '../services/handover';
import { removeView, savedViews, saveView } from '../services/saved-views';

type Methods = keyof typeof accountArgs;

/** The accounts table, account edits, churn, hand-over and saved views. */
export function accountsHandlers(ctx: BackendContext): Pick<Handlers, Methods> {
  return {
    'accounts.list': async ({ asOf }) => buildAccountList(ctx.store, ctx.scoreboard, asOf),
    'accounts.get': async ({ accountId }) => requireAccount(ctx, accountId),
    'accounts.create': async ({ account, asOf }) => createAccount(ctx, account, asOf),
    'accounts.update': async ({ accountId, changes }) => updateAccountFields(ctx, accountId, changes),
    'accounts.churn': async ({ accountId, on, reason }) => churnAccount(ctx, accountId, on, reason),
    'accounts.reactivate': async ({ accountId }) => reactivateAccount(ctx, accountId),
    'accounts.handover': async ({ from, to, accountIds }) => handOver(ctx, { from, to, accountIds }),
    'views.list': async () => savedViews(ctx),
    'views.save': async ({ name, state }) => saveView(ctx, name, state),
    'views.delete': async ({ id }) => removeView(ctx, id),
  };
}
