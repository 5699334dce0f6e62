import type { AccountEventDetails, AccountFields, AccountRecord } from '../../../shared/api/accounts';
import type { IsoDay } from '../../../shared/domain';
import { findByExternalId, getAccountRecord, insertAccount, listOwners, maxAccountId, setChurn, updateAccount, type AccountChanges } from '../db/accounts-repo';
import { recordEvent } from '../db/account-events-repo';
import type { BackendContext } from '../context';
import { UserError } from '../user-error';

type Context = Pick<BackendContext, 'db' | 'scoreboard' | 'now'>;

/** The account, or a message the user can act on when it is gone. */
export async function requireAccount(ctx: Context, accountId: number): Promise<AccountRecord> {
  const account = await getAccountRecord(ctx.db, accountId);
  if (!account) throw new UserError('not_found', `There is no account with id ${accountId}; it may have been deleted. Reload the list.`);
  return account;
}

/**
 * Adds an account (active from the given day), made up a CRM id when none is
 * given, and records its creation on its timeline.
 */
export async function createAccount(ctx: Context, fields: AccountFields, asOf: IsoDay): Promise<AccountRecord> {
  const externalId = fields.externalId ?? (await newExternalId(ctx));
  if (fields.externalId !== undefined) await refuseTakenExternalId(ctx, externalId, null);
  const account = {
    externalId,
    name: fields.name,
    owner: await ownerSpelling(ctx, fields.owner),
    tier: fields.tier,
    value: fields.value,
    tags: cleanTags(fields.tags),
  };
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await insertAccount(trx, { ...account, status: 'active', createdOn: asOf }).catch(rethrowDuplicate(externalId));
    await recordEvent(trx, newId, ctx.now(), 'created', account);
    return newId;
  });
  await ctx.scoreboard.rescoreAccounts([id]);
  return requireAccount(ctx, id);
}

/** Edits an account; only fields that really change are written and recorded. */
export async function updateAccountFields(ctx: Context, accountId: number, requested: Partial<AccountFields>): Promise<AccountRecord> {
  const before = await requireAccount(ctx, accountId);
  const wanted: AccountChanges = { ...requested };
  if (wanted.owner !== undefined) wanted.owner = await ownerSpelling(ctx, wanted.owner);
  if (wanted.tags !== undefined) wanted.tags = cleanTags(wanted.tags);
  const changes: AccountEventDetails['updated']['changes'] = {};
  const write: AccountChanges = {};
  for (const key of Object.keys(wanted) as (keyof AccountChanges)[]) {
    const to = wanted[key];
    const from = before[key];
    if (to === undefined || JSON.stringify(to) === JSON.stringify(from)) continue;
    Object.assign(write, { [key]: to });
    Object.assign(changes, { [key]: { from, to } });
  }
  if (Object.keys(write).length === 0) return before;
  if (write.externalId !== undefined) await refuseTakenExternalId(ctx, write.externalId, accountId);
  await ctx.db.transaction().execute(async (trx) => {
    await updateAccount(trx, accountId, write).catch(rethrowDuplicate(write.externalId ?? ''));
    await recordEvent(trx, accountId, ctx.now(), 'updated', { changes });
  });
  if (before.status === 'active') await ctx.scoreboard.rescoreAccounts([accountId]);
  return requireAccount(ctx, accountId);
}

/** Marks an account churned on a day; it leaves today's list and the scores. */
export async function churnAccount(ctx: Context, accountId: number, on: IsoDay, reason: string): Promise<AccountRecord> {
  const account = await requireAccount(ctx, accountId);
  if (account.status === 'churned') {
    throw new UserError('conflict', `${account.name} already churned on ${account.churnedOn ?? 'an earlier day'}; reactivate it first to record a new churn.`);
  }
  if (on < account.createdOn) {
    throw new UserError('invalid_argument', `${account.name} became an account on ${account.createdOn}; choose a churn date on or after that day.`);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await setChurn(trx, accountId, { on, reason });
    await recordEvent(trx, accountId, ctx.now(), 'churned', { on, reason });
  });
  await ctx.scoreboard.rescoreAccounts([accountId]);
  return requireAccount(ctx, accountId);
}

/** Brings a churned account back: it is scored and listed again. */
export async function reactivateAccount(ctx: Context, accountId: number): Promise<AccountRecord> {
  const account = await requireAccount(ctx, accountId);
  if (account.status === 'active') throw new UserError('conflict', `${account.name} is active; there is nothing to reactivate.`);
  await ctx.db.transaction().execute(async (trx) => {
    await setChurn(trx, accountId, null);
    await recordEvent(trx, accountId, ctx.now(), 'reactivated', { churnedOn: account.churnedOn, reason: account.churnReason });
  });
  await ctx.scoreboard.rescoreAccounts([accountId]);
  return requireAccount(ctx, accountId);
}

/**
 * An owner as the store already spells them ("ana pereira" → "Ana Pereira"),
 * so one person never splits into two owners; a new name is kept as typed.
 */
export async function ownerSpelling(ctx: Pick<Context, 'db'>, owner: string): Promise<string> {
  const owners = await listOwners(ctx.db);
  if (owners.includes(owner)) return owner;
  const wanted = owner.toLowerCase();
  return owners.find((o) => o.toLowerCase() === wanted) ?? owner;
}

/** Trimmed tags, each once whatever its capitalisation (the first spelling wins). */
function cleanTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

async function refuseTakenExternalId(ctx: Context, externalId: string, self: number | null): Promise<void> {
  const taken = await findByExternalId(ctx.db, externalId);
  if (taken && taken.id !== self) throw duplicateError(externalId, taken.name);
}

function duplicateError(externalId: string, holder: string | null): UserError {
  const who = holder ? `by ${holder}` : 'by another account';
  return new UserError('conflict', `The CRM id "${externalId}" is already used ${who}; enter a different id, or leave it empty and Tend will make one up.`);
}

/** Another request may take the id between the check and the write: the unique index has the last word. */
function rethrowDuplicate(externalId: string) {
  return (error: unknown): never => {
    if (error instanceof Error && /UNIQUE constraint failed: accounts\.external_id/.test(error.message)) throw duplicateError(externalId, null);
    throw error;
  };
}

/** A CRM id for an account entered in Tend: TEND-00042, skipping any already taken. */
async function newExternalId(ctx: Context): Promise<string> {
  for (let n = (await maxAccountId(ctx.db)) + 1; ; n++) {
    const candidate = `TEND-${String(n).padStart(5, '0')}`;
    if (!(await findByExternalId(ctx.db, candidate))) return candidate;
  }
}
