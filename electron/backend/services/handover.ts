import type { Handover } from '../../../shared/api/accounts';
import { listAccounts, listOwnedAccounts, listOwners, setOwner } from '../db/accounts-repo';
import { recordEvents } from '../db/account-events-repo';
import { upsertIntros } from '../db/handover-repo';
import type { BackendContext } from '../context';
import { UserError } from '../user-error';
import { ownerSpelling } from './account-changes';

export interface HandoverRequest {
  from: string;
  to: string;
  /** The accounts to move; all of `from`'s active accounts when absent. */
  accountIds?: number[];
}

/** Above this many, re-scoring the moved accounts one list at a time costs more than scoring everything afresh. */
const RESCORE_IN_PLACE_LIMIT = 1000;

/**
 * Moves accounts from one owner to another in one transaction: each gets its
 * new owner, a 'handover' event on its timeline and an intro item on the new
 * owner's list. Refuses, before writing anything, when the request does not
 * fit the store: an unknown owner, nothing to move, an account of someone
 * else's, a churned account.
 */
export async function handOver(ctx: Pick<BackendContext, 'db' | 'scoreboard' | 'now'>, request: HandoverRequest): Promise<Handover> {
  const { db, scoreboard } = ctx;
  const owners = await listOwners(db);
  const from = await ownerSpelling(ctx, request.from);
  const to = await ownerSpelling(ctx, request.to);
  if (!owners.includes(from)) {
    throw new UserError('not_found', `No accounts are owned by "${request.from}". Owners: ${owners.join(', ') || 'none yet'}.`);
  }
  if (from === to) throw new UserError('invalid_argument', `${from} already owns these accounts; choose a different new owner.`);

  const owned = await listOwnedAccounts(db, from);
  const ids = request.accountIds ? await checkChosen(ctx, from, owned, request.accountIds) : owned.filter((a) => a.status === 'active').map((a) => a.id);
  if (ids.length === 0) throw new UserError('not_found', `${from} has no active accounts to hand over.`);

  const at = ctx.now();
  await db.transaction().execute(async (trx) => {
    await setOwner(trx, ids, to);
    await recordEvents(trx, ids, at, 'handover', { from, to });
    await upsertIntros(trx, ids, from, to, at);
  });
  // The scores do not change, but the board's accounts carry their owner.
  if (ids.length <= RESCORE_IN_PLACE_LIMIT) await scoreboard.rescoreAccounts(ids);
  else scoreboard.invalidate();
  return { from, to, accountIds: ids, at: new Date(at).toISOString() };
}

/** The chosen accounts, once each, after checking every one is an active account of `from`. */
async function checkChosen(
  ctx: Pick<BackendContext, 'db'>,
  from: string,
  owned: { id: number; name: string; status: string }[],
  chosen: number[],
): Promise<number[]> {
  const byId = new Map(owned.map((a) => [a.id, a]));
  const ids = [...new Set(chosen)];
  const foreign = ids.filter((id) => !byId.has(id));
  if (foreign.length > 0) {
    const [first] = await listAccounts(ctx.db, { ids: foreign.slice(0, 1) });
    if (!first) throw new UserError('not_found', `There is no account with id ${foreign[0]}; reload the list and choose again.`);
    const more = foreign.length > 1 ? ` (and ${foreign.length - 1} more)` : '';
    throw new UserError('conflict', `${first.name} belongs to ${first.owner}, not ${from}${more}; leave it out, or hand it over from ${first.owner}.`);
  }
  const churned = ids.map((id) => byId.get(id)!).find((a) => a.status !== 'active');
  if (churned) throw new UserError('conflict', `${churned.name} has churned; reactivate it before handing it over, or leave it out.`);
  return ids;
}
