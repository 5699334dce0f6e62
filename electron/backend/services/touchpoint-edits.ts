import type { z } from 'zod';
import type { touchpointInput } from '../../../shared/api/account-page';
import { asOfMs } from '../../../shared/dates';
import type { IsoDay, NewTouchpoint } from '../../../shared/domain';
import { getAccount } from '../db/accounts-repo';
import { firstUpdateAt } from '../db/complaints-repo';
import { deleteTouchpoint, getTouchpoint, insertLinkedTouchpoint, replaceTouchpoint, type StoredTouchpoint } from '../db/touchpoints-repo';
import type { BackendContext } from '../context';
import { UserError } from '../user-error';

type TouchpointInput = z.output<typeof touchpointInput>;

/** Re-scores an account after its touchpoints changed: today's list, today's snapshot and its back-filled history. */
export async function rescoreAfterChange(ctx: BackendContext, accountId: number): Promise<void> {
  await ctx.scoreboard.rescoreAccounts([accountId]);
  ctx.history.refreshAccounts([accountId]);
}

/** An active account, or a UserError saying why not. */
export async function requireActiveAccount(ctx: BackendContext, accountId: number, doing: string) {
  const account = await getAccount(ctx.db, accountId);
  if (!account) throw new UserError('not_found', `There is no account with id ${accountId}; it may have been deleted. Reload the page.`);
  if (account.status !== 'active') throw new UserError('conflict', `${account.name} has churned; reactivate it before ${doing}.`);
  return account;
}

/** An instant no later than the end of the as-of day, or a UserError. */
export function notAfterAsOf(instant: string, asOf: IsoDay, what: string): number {
  const ms = Date.parse(instant);
  if (ms > asOfMs(asOf)) throw new UserError('invalid_argument', `${what} cannot be after ${asOf}, the day Tend is showing. Pick an earlier time.`);
  return ms;
}

export async function requireTouchpoint(ctx: BackendContext, touchpointId: number): Promise<StoredTouchpoint> {
  const touchpoint = await getTouchpoint(ctx.db, touchpointId);
  if (!touchpoint) throw new UserError('not_found', `There is no touchpoint with id ${touchpointId}; it may have been deleted. Reload the page.`);
  return touchpoint;
}

const clean = (text: string | null | undefined) => text?.trim() || null;

/** Adds a touchpoint by hand to an active account; a sentiment entered is stored as given. */
export async function addTouchpoint(ctx: BackendContext, accountId: number, asOf: IsoDay, input: TouchpointInput): Promise<number> {
  const account = await requireActiveAccount(ctx, accountId, 'adding touchpoints');
  const occurred = notAfterAsOf(input.occurredAt, asOf, 'A touchpoint');
  const id = await insertLinkedTouchpoint(
    ctx.db,
    {
      accountId: account.id,
      occurredAt: new Date(occurred).toISOString(),
      channel: input.channel,
      direction: input.direction,
      person: clean(input.person),
      subject: clean(input.subject),
      notes: clean(input.notes),
      sentiment: input.sentiment,
      sentimentSource: input.sentiment === null ? null : 'given',
      complaintStatus: null,
      resolvedAt: null,
      comeBack: null,
      refer: null,
    },
    null,
    ctx.now(),
  );
  await rescoreAfterChange(ctx, account.id);
  return id;
}

/**
 * Edits a touchpoint's own fields. Complaint status, resolution and survey
 * answers are not edited here (the complaint and survey calls own them); a
 * sentiment entered becomes a given one. Times must stay on or before the
 * as-of day, a complaint must open before it was resolved and before our
 * first update about it, and an update cannot come before its complaint.
 */
export async function updateTouchpoint(ctx: BackendContext, touchpointId: number, asOf: IsoDay, changes: Partial<TouchpointInput>): Promise<number> {
  const current = await requireTouchpoint(ctx, touchpointId);
  const merged: NewTouchpoint = {
    accountId: current.accountId,
    occurredAt: current.occurredAt,
    channel: changes.channel ?? current.channel,
    direction: changes.direction ?? current.direction,
    person: changes.person !== undefined ? clean(changes.person) : current.person,
    subject: changes.subject !== undefined ? clean(changes.subject) : current.subject,
    notes: changes.notes !== undefined ? clean(changes.notes) : current.notes,
    sentiment: changes.sentiment !== undefined ? changes.sentiment : current.sentiment,
    sentimentSource: changes.sentiment !== undefined ? (changes.sentiment === null ? null : 'given') : current.sentimentSource,
    complaintStatus: current.complaintStatus,
    resolvedAt: current.resolvedAt,
    comeBack: current.comeBack,
    refer: current.refer,
  };
  if (changes.occurredAt !== undefined) {
    const occurred = notAfterAsOf(changes.occurredAt, asOf, 'A touchpoint');
    merged.occurredAt = new Date(occurred).toISOString();
    if (current.complaintStatus !== null) {
      if (current.resolvedAt !== null && occurred > Date.parse(current.resolvedAt)) {
        throw new UserError('invalid_argument', `This complaint was resolved on ${current.resolvedAt.slice(0, 10)}; it cannot have been opened after that.`);
      }
      const firstUpdate = await firstUpdateAt(ctx.db, current.id);
      if (firstUpdate !== null && occurred > firstUpdate) {
        throw new UserError('invalid_argument', `We first updated the customer about this complaint on ${new Date(firstUpdate).toISOString().slice(0, 10)}; it must have been opened before that.`);
      }
    }
    if (current.complaintId !== null) {
      const complaint = await getTouchpoint(ctx.db, current.complaintId);
      if (complaint && occurred < Date.parse(complaint.occurredAt)) {
        throw new UserError('invalid_argument', `This update answers a complaint opened on ${complaint.occurredAt.slice(0, 10)}; it cannot be earlier.`);
      }
    }
  }
  await replaceTouchpoint(ctx.db, current.id, merged);
  await rescoreAfterChange(ctx, current.accountId);
  return current.id;
}

/**
 * Deletes a touchpoint. Deleting a complaint keeps the calls and e-mails
 * that answered it: they happened and still count as contact, they are just
 * no longer tied to a complaint.
 */
export async function removeTouchpoint(ctx: BackendContext, touchpointId: number): Promise<number> {
  const current = await requireTouchpoint(ctx, touchpointId);
  await deleteTouchpoint(ctx.db, current.id);
  await rescoreAfterChange(ctx, current.accountId);
  return current.id;
}
