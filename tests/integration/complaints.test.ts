import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import type { TodayRow } from '../../shared/contract';
import { addDays, asOfMs, DAY_MS, dayOf } from '../../shared/dates';
import { AS_OF, demoBackend, tempDir, value } from './helpers';

let dir: string;
let cleanup: () => void;
let backend: Backend;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  backend = await demoBackend(dir);
});
afterEach(async () => {
  await backend.close();
  cleanup();
});


/** Where the account stands on today's list (every active account, healthy ones included). */
async function scoreOf(accountId: number): Promise<Pick<TodayRow, 'score' | 'band' | 'openComplaints' | 'complaintSilenceDays' | 'oldestOpenComplaintDays'>> {
  await backend.scoreboard.ensure(AS_OF);
  const scored = backend.scoreboard.get(accountId)!;
  return {
    score: scored.health.score,
    band: scored.health.band,
    openComplaints: scored.health.openComplaints,
    complaintSilenceDays: scored.health.complaintSilenceDays,
    oldestOpenComplaintDays: scored.health.oldestOpenComplaintDays,
  };
}

/** A healthy account without complaints whose last contact from us was two to six weeks ago. */
async function quietHealthyAccount() {
  await backend.scoreboard.ensure(AS_OF);
  for (const scored of backend.scoreboard.all()) {
    const { health } = scored;
    if (health.band === 'healthy' && health.openComplaints === 0 && health.daysSinceOurContact !== null && health.daysSinceOurContact >= 15 && health.daysSinceOurContact <= 40) {
      return { id: scored.account.id, owner: scored.account.owner, lastOur: scored.lastOurContactAt!, score: health.score };
    }
  }
  throw new Error('The sample has no quiet healthy account');
}

describe('a complaint, from opening to resolution', () => {
  it('opens, is updated and resolved; its age and silence count and the band follows', async () => {
    const account = await quietHealthyAccount();
    const openedAt = new Date(account.lastOur + 3_600_000).toISOString();
    const ageDays = Math.floor(asOfMs(AS_OF) / DAY_MS) - Math.floor(Date.parse(openedAt) / DAY_MS);
    const { complaintId } = value(await backend.api['complaints.open']({ accountId: account.id, asOf: AS_OF, occurredAt: openedAt, channel: 'email', subject: 'Invoices doubled', notes: 'Charged twice in October.' }));

    const listed = value(await backend.api['complaints.list']({ asOf: AS_OF, owner: account.owner })).find((c) => c.complaintId === complaintId)!;
    expect(listed).toMatchObject({ accountId: account.id, status: 'open', subject: 'Invoices doubled', ageDays, silenceDays: ageDays, updates: 0, lastUpdateAt: null, resolvedAt: null });
    const opened = await scoreOf(account.id);
    expect(opened).toMatchObject({ openComplaints: 1, oldestOpenComplaintDays: ageDays, complaintSilenceDays: ageDays });
    expect(opened.band).not.toBe('healthy');
    expect(opened.score).toBeLessThan(account.score - 20);

    // An update to the customer: our touchpoint, tied to the complaint; the silence ends.
    const update = value(await backend.api['complaints.update']({ complaintId, asOf: AS_OF, occurredAt: `${AS_OF}T07:00:00.000Z`, channel: 'call', notes: 'Credit note on its way.' }));
    expect(update.complaint).toMatchObject({ status: 'open', updates: 1, lastUpdateAt: `${AS_OF}T07:00:00.000Z`, silenceDays: 0, ageDays });
    const updated = await scoreOf(account.id);
    expect(updated.complaintSilenceDays).toBe(0);
    expect(updated.score).toBeGreaterThan(opened.score);

    const { complaint } = value(await backend.api['complaints.resolve']({ complaintId, asOf: AS_OF, resolvedAt: `${AS_OF}T07:30:00.000Z`, notes: 'Credit note sent; fixed.' }));
    expect(complaint).toMatchObject({ status: 'resolved', resolvedAt: `${AS_OF}T07:30:00.000Z`, ageDays, silenceDays: null, updates: 2 });
    const resolved = await scoreOf(account.id);
    expect(resolved).toMatchObject({ openComplaints: 0, band: 'healthy', complaintSilenceDays: null });

    // The resolution message is our touchpoint, tied to the complaint, on the call's channel.
    const timeline = value(await backend.api['account.timeline']({ accountId: account.id }));
    const tied = timeline.flatMap((e) => (e.kind === 'touchpoint' && e.touchpoint.complaintId === complaintId ? [e.touchpoint] : []));
    expect(tied.map((t) => [t.subject, t.direction, t.channel, t.notes])).toEqual([
      ['Resolved: Invoices doubled', 'outbound', 'call', 'Credit note sent; fixed.'],
      ['Update: Invoices doubled', 'outbound', 'call', 'Credit note on its way.'],
    ]);

    // Open ones only by default; resolved ones (last 90 days) when asked.
    expect(value(await backend.api['complaints.list']({ asOf: AS_OF, owner: null })).some((c) => c.complaintId === complaintId)).toBe(false);
    const all = value(await backend.api['complaints.list']({ asOf: AS_OF, owner: null, includeResolved: true }));
    expect(all.find((c) => c.complaintId === complaintId)?.status).toBe('resolved');
    const firstResolved = all.findIndex((c) => c.status === 'resolved');
    expect(all.slice(firstResolved).every((c) => c.status === 'resolved')).toBe(true);
  });

  it('refuses what cannot be, in words the user can act on', async () => {
    const account = await quietHealthyAccount();
    const open = (occurredAt: string, accountId = account.id) => backend.api['complaints.open']({ accountId, asOf: AS_OF, occurredAt, channel: 'ticket', subject: 'Broken export', notes: null });
    expect(await open(`${addDays(AS_OF, 1)}T09:00:00.000Z`)).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(await open(`${AS_OF}T09:00:00.000Z`, 999_999)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const { complaintId } = value(await open(`${addDays(AS_OF, -5)}T09:00:00.000Z`));

    const resolve = (resolvedAt: string) => backend.api['complaints.resolve']({ complaintId, asOf: AS_OF, resolvedAt, notes: null });
    const early = await resolve(`${addDays(AS_OF, -6)}T09:00:00.000Z`);
    expect(early).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(!early.ok && early.error.message).toMatch(/opened on .* cannot be resolved before that/);
    expect(await backend.api['complaints.update']({ complaintId, asOf: AS_OF, occurredAt: `${addDays(AS_OF, -6)}T09:00:00.000Z`, channel: 'call', notes: null })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect((await resolve(`${AS_OF}T06:00:00.000Z`)).ok).toBe(true);
    expect(await resolve(`${AS_OF}T06:30:00.000Z`)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await backend.api['complaints.update']({ complaintId, asOf: AS_OF, occurredAt: `${AS_OF}T07:00:00.000Z`, channel: 'call', notes: null })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    // A plain touchpoint is not a complaint.
    const call = value(await backend.api['touchpoints.add']({ accountId: account.id, asOf: AS_OF, touchpoint: { occurredAt: `${AS_OF}T05:00:00.000Z`, channel: 'call', direction: 'outbound', person: null, subject: null, notes: null, sentiment: null } }));
    expect(await backend.api['complaints.update']({ complaintId: call.touchpointId, asOf: AS_OF, occurredAt: `${AS_OF}T07:00:00.000Z`, channel: 'call', notes: null })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('keeps the calls that answered a complaint when the complaint is deleted, untied', async () => {
    const account = await quietHealthyAccount();
    const { complaintId } = value(await backend.api['complaints.open']({ accountId: account.id, asOf: AS_OF, occurredAt: `${addDays(AS_OF, -2)}T09:00:00.000Z`, channel: 'email', subject: 'Slow replies', notes: null }));
    const { touchpointId } = value(await backend.api['complaints.update']({ complaintId, asOf: AS_OF, occurredAt: `${addDays(AS_OF, -1)}T09:00:00.000Z`, channel: 'email', notes: 'Looking into it' }));
    value(await backend.api['touchpoints.delete']({ touchpointId: complaintId, asOf: AS_OF }));
    const timeline = value(await backend.api['account.timeline']({ accountId: account.id }));
    expect(timeline.some((e) => e.kind === 'touchpoint' && e.touchpoint.id === complaintId)).toBe(false);
    expect(timeline.find((e) => e.kind === 'touchpoint' && e.touchpoint.id === touchpointId)).toMatchObject({ touchpoint: { complaintId: null, direction: 'outbound' } });
    expect((await scoreOf(account.id)).openComplaints).toBe(0);
  });
});

describe('the complaints view', () => {
  it('lists open complaints of active accounts oldest first, for one owner or everyone', async () => {
    const all = value(await backend.api['complaints.list']({ asOf: AS_OF, owner: null }));
    expect(all.length).toBeGreaterThan(10);
    expect(all.every((c) => c.status === 'open')).toBe(true);
    const opened = all.map((c) => c.openedAt);
    expect(opened).toEqual([...opened].sort());
    for (const c of all) {
      expect(c.ageDays).toBe(Math.floor(asOfMs(AS_OF) / DAY_MS) - Math.floor(Date.parse(c.openedAt) / DAY_MS));
      expect(c.silenceDays).toBeLessThanOrEqual(c.ageDays);
    }
    // Every open complaint the health model counts is on the view.
    await backend.scoreboard.ensure(AS_OF);
    const counted = [...backend.scoreboard.all()].reduce((n, s) => n + s.health.openComplaints, 0);
    expect(all).toHaveLength(counted);

    const owner = all[0]!.owner;
    const mine = value(await backend.api['complaints.list']({ asOf: AS_OF, owner }));
    expect(mine).toEqual(all.filter((c) => c.owner === owner));
  });

  it("shows the sample's handled complaints with their updates tied to them", async () => {
    const all = value(await backend.api['complaints.list']({ asOf: AS_OF, owner: null, includeResolved: true }));
    const handled = all.filter((c) => c.status === 'open' && c.updates >= 2);
    expect(handled.length).toBeGreaterThan(0);
    for (const c of handled) expect(c.silenceDays).toBeLessThanOrEqual(5);
    const silent = all.filter((c) => c.status === 'open' && c.updates === 0 && c.ageDays >= 5);
    expect(silent.length).toBeGreaterThan(0);
    for (const c of silent) expect(c.silenceDays).toBe(c.ageDays);
    const resolved = all.filter((c) => c.status === 'resolved');
    expect(resolved.length).toBeGreaterThan(0);
    for (const c of resolved) expect(dayOf(c.resolvedAt!) >= addDays(AS_OF, -90)).toBe(true);
  });
});
