import type { Kysely } from 'kysely';
import type { ComplaintInfo } from '../../../shared/api/account-page';
import { DAY_MS, asOfMs } from '../../../shared/dates';
import type { Channel, IsoDay } from '../../../shared/domain';
import { complaintTiming } from '../../../shared/history/complaint-timing';
import { lastUpdateChannel, listComplaintRows, markResolved, type ComplaintRow } from '../db/complaints-repo';
import type { Database } from '../db/schema';
import { getTouchpoint, insertLinkedTouchpoint } from '../db/touchpoints-repo';
import type { BackendContext } from '../context';
import { UserError } from '../user-error';
import { notAfterAsOf, requireActiveAccount, rescoreAfterChange } from './touchpoint-edits';

/** Resolved complaints the complaints view shows beside the open ones: those resolved in the last 90 days. */
export const RESOLVED_WINDOW_DAYS = 90;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const dayText = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function toComplaintInfo(row: ComplaintRow, asOf: IsoDay): ComplaintInfo {
  const timing = complaintTiming(row, asOf);
  return {
    complaintId: row.complaintId,
    accountId: row.accountId,
    accountName: row.accountName,
    owner: row.owner,
    value: row.value,
    subject: row.subject,
    notes: row.notes,
    openedAt: new Date(row.openedMs).toISOString(),
    status: timing.status,
    resolvedAt: timing.status === 'resolved' ? iso(row.resolvedMs) : null,
    ageDays: timing.ageDays,
    updates: row.updates,
    lastUpdateAt: iso(row.lastUpdateMs),
    silenceDays: timing.silenceDays,
  };
}

/** Open complaints oldest first, then resolved ones, most recently resolved first. */
function inListOrder(infos: ComplaintInfo[]): ComplaintInfo[] {
  const open = infos.filter((c) => c.status === 'open').sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.complaintId - b.complaintId);
  const resolved = infos
    .filter((c) => c.status === 'resolved')
    .sort((a, b) => (b.resolvedAt ?? '').localeCompare(a.resolvedAt ?? '') || b.openedAt.localeCompare(a.openedAt));
  return [...open, ...resolved];
}

/**
 * The complaints view: open complaints of active accounts (one owner's or
 * everyone's) as of a day, oldest first; with `includeResolved`, those
 * resolved in the last 90 days after them.
 */
export async function listComplaints(db: Kysely<Database>, asOf: IsoDay, owner: string | null, includeResolved: boolean): Promise<ComplaintInfo[]> {
  const end = asOfMs(asOf);
  const rows = await listComplaintRows(db, end, { owner, ...(includeResolved && { resolvedSinceMs: end - RESOLVED_WINDOW_DAYS * DAY_MS }) });
  return inListOrder(rows.map((row) => toComplaintInfo(row, asOf)));
}

/** Every complaint of one account opened on or before the day, open ones first. */
export async function accountComplaints(db: Kysely<Database>, accountId: number, asOf: IsoDay): Promise<ComplaintInfo[]> {
  const rows = await listComplaintRows(db, asOfMs(asOf), { accountId });
  return inListOrder(rows.map((row) => toComplaintInfo(row, asOf)));
}

async function complaintInfo(db: Kysely<Database>, complaintId: number, asOf: IsoDay): Promise<ComplaintInfo> {
  const [row] = await listComplaintRows(db, asOfMs(asOf), { complaintId });
  if (!row) throw new Error(`Complaint ${complaintId} vanished`);
  return toComplaintInfo(row, asOf);
}

async function requireComplaint(ctx: BackendContext, complaintId: number) {
  const touchpoint = await getTouchpoint(ctx.db, complaintId);
  if (!touchpoint || touchpoint.complaintStatus === null) {
    throw new UserError('not_found', `There is no complaint with id ${complaintId}; it may have been deleted. Reload the page.`);
  }
  return touchpoint;
}

function requireOpen(complaint: { complaintStatus: string | null; resolvedAt: string | null }) {
  if (complaint.complaintStatus === 'resolved') {
    const on = complaint.resolvedAt ? ` on ${complaint.resolvedAt.slice(0, 10)}` : '';
    throw new UserError('conflict', `This complaint was already resolved${on}. If the customer raises it again, open a new complaint.`);
  }
}

/** Opens a complaint: an inbound touchpoint from the customer, marked open. Returns its id, which is the complaint's. */
export async function openComplaint(
  ctx: BackendContext,
  args: { accountId: number; asOf: IsoDay; occurredAt: string; channel: Channel; subject: string; notes: string | null },
): Promise<number> {
  const account = await requireActiveAccount(ctx, args.accountId, 'opening a complaint');
  const occurred = notAfterAsOf(args.occurredAt, args.asOf, 'A complaint');
  const id = await insertLinkedTouchpoint(
    ctx.db,
    {
      accountId: account.id,
      occurredAt: new Date(occurred).toISOString(),
      channel: args.channel,
      direction: 'inbound',
      person: null,
      subject: args.subject.trim(),
      notes: args.notes?.trim() || null,
      sentiment: null,
      sentimentSource: null,
      complaintStatus: 'open',
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
 * An update to the customer about an open complaint: our own touchpoint,
 * tied to it. It counts as contact (the health model's complaint silence
 * starts again) and as the complaint's latest update.
 */
export async function updateComplaint(
  ctx: BackendContext,
  args: { complaintId: number; asOf: IsoDay; occurredAt: string; channel: Channel; notes: string | null },
): Promise<{ touchpointId: number; complaint: ComplaintInfo }> {
  const complaint = await requireComplaint(ctx, args.complaintId);
  requireOpen(complaint);
  await requireActiveAccount(ctx, complaint.accountId, 'updating the customer');
  if (args.channel === 'survey') throw new UserError('invalid_argument', 'An update to the customer is a call, e-mail, meeting, message or ticket reply, not a survey.');
  const occurred = notAfterAsOf(args.occurredAt, args.asOf, 'An update');
  if (occurred < Date.parse(complaint.occurredAt)) {
    throw new UserError('invalid_argument', `This complaint was opened on ${dayText(Date.parse(complaint.occurredAt))}; an update cannot come before it.`);
  }
  const touchpointId = await insertLinkedTouchpoint(
    ctx.db,
    {
      accountId: complaint.accountId,
      occurredAt: new Date(occurred).toISOString(),
      channel: args.channel,
      direction: 'outbound',
      person: null,
      subject: `Update: ${complaint.subject ?? 'complaint'}`,
      notes: args.notes?.trim() || null,
      sentiment: null,
      sentimentSource: null,
      complaintStatus: null,
      resolvedAt: null,
      comeBack: null,
      refer: null,
    },
    complaint.id,
    ctx.now(),
  );
  await rescoreAfterChange(ctx, complaint.accountId);
  return { touchpointId, complaint: await complaintInfo(ctx.db, complaint.id, args.asOf) };
}

/**
 * Resolves a complaint at an instant between its opening and the end of the
 * as-of day. With notes, the resolution message is recorded as our
 * touchpoint tied to the complaint (answered the way our last update went,
 * else the way the complaint came in), in the same transaction.
 */
export async function resolveComplaint(
  ctx: BackendContext,
  args: { complaintId: number; asOf: IsoDay; resolvedAt: string; notes: string | null },
): Promise<{ complaint: ComplaintInfo }> {
  const complaint = await requireComplaint(ctx, args.complaintId);
  requireOpen(complaint);
  const resolved = notAfterAsOf(args.resolvedAt, args.asOf, 'A resolution');
  const opened = Date.parse(complaint.occurredAt);
  if (resolved < opened) {
    throw new UserError('invalid_argument', `This complaint was opened on ${dayText(opened)}; it cannot be resolved before that. Pick a later time.`);
  }
  const notes = args.notes?.trim() || null;
  const channel = ((await lastUpdateChannel(ctx.db, complaint.id)) ?? (complaint.channel === 'survey' ? 'email' : complaint.channel)) as Channel;
  await ctx.db.transaction().execute(async (trx) => {
    await markResolved(trx, complaint.id, resolved);
    if (notes === null) return;
    await insertLinkedTouchpoint(
      trx,
      {
        accountId: complaint.accountId,
        occurredAt: new Date(resolved).toISOString(),
        channel,
        direction: 'outbound',
        person: null,
        subject: `Resolved: ${complaint.subject ?? 'complaint'}`,
        notes,
        sentiment: null,
        sentimentSource: null,
        complaintStatus: null,
        resolvedAt: null,
        comeBack: null,
        refer: null,
      },
      complaint.id,
      ctx.now(),
    );
  });
  await rescoreAfterChange(ctx, complaint.accountId);
  return { complaint: await complaintInfo(ctx.db, complaint.id, args.asOf) };
}
