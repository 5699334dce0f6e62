import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { listAccountEvents } from '../../electron/backend/db/account-events-repo';
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


const today = async (owner: string | null) => value(await backend.api['today.list']({ asOf: AS_OF, owner }));
const accountsOf = async (owner: string) => value(await backend.api['accounts.list']({ asOf: AS_OF })).rows.filter((r) => r.owner === owner);

/** One healthy and one neglected active account of the owner: the intro must show for both. */
async function pickTwo(owner: string) {
  const rows = (await accountsOf(owner)).filter((r) => r.status === 'active');
  const healthy = rows.find((r) => r.band === 'healthy' && r.openComplaints === 0 && r.daysSinceContact !== null && r.daysSinceContact > 0)!;
  const neglected = rows.find((r) => r.band === 'neglected')!;
  expect(healthy).toBeDefined();
  expect(neglected).toBeDefined();
  return [healthy, neglected] as const;
}

describe('hand-over', () => {
  it('moves the chosen accounts, records each on its timeline and puts an intro item on the new owner’s list', async () => {
    const [healthy, neglected] = await pickTwo('Jonas Berg');
    const before = await today('Maya Patel');
    const handover = value(
      await backend.api['accounts.handover']({ from: 'Jonas Berg', to: 'Maya Patel', accountIds: [healthy.id, neglected.id], asOf: AS_OF }),
    );
    expect(handover).toMatchObject({ from: 'Jonas Berg', to: 'Maya Patel', at: '2026-11-24T08:00:00.000Z' });
    expect(handover.accountIds.sort()).toEqual([healthy.id, neglected.id].sort());

    for (const id of handover.accountIds) {
      expect(value(await backend.api['accounts.get']({ accountId: id })).owner).toBe('Maya Patel');
      const events = await listAccountEvents(backend.store.db, id);
      expect(events[0]).toMatchObject({ kind: 'handover', detail: { from: 'Jonas Berg', to: 'Maya Patel' } });
    }

    const after = await today('Maya Patel');
    const intros = after.rows.filter((r) => r.intro !== null);
    expect(intros.map((r) => r.accountId).sort()).toEqual(handover.accountIds.sort());
    for (const row of intros) {
      expect(row.intro).toEqual({ from: 'Jonas Berg' });
      expect(row.reasons[0]?.text).toBe('Introduce yourself: handed over from Jonas Berg on 24 Nov');
    }
    // The healthy account is there only for its introduction; the intros lead the accounts still waiting.
    expect(intros.some((r) => r.band === 'healthy')).toBe(true);
    expect(after.rows.slice(0, 2).every((r) => r.intro !== null && !r.reviewed && !r.touchedToday)).toBe(true);
    expect(after.total).toBe(before.total + (before.rows.some((r) => r.accountId === neglected.id) ? 1 : 2));

    const old = await today('Jonas Berg');
    expect(old.rows.some((r) => handover.accountIds.includes(r.accountId))).toBe(false);
  });

  it('keeps the intro item until one of our touches is logged, then closes it', async () => {
    const [healthy] = await pickTwo('Tom Reilly');
    value(await backend.api['accounts.handover']({ from: 'Tom Reilly', to: 'Aisha Okafor', accountIds: [healthy.id], asOf: AS_OF }));
    const log = (direction: 'inbound' | 'outbound', at: string) =>
      backend.api['touchpoints.log']({ accountId: healthy.id, asOf: AS_OF, occurredAt: at, channel: 'call', direction, notes: null, sentiment: null });

    // The customer calling us is not our introduction.
    const logged = value(await log('inbound', '2026-11-24T09:00:00Z'));
    expect(logged.row.intro).toEqual({ from: 'Tom Reilly' });
    const stillThere = (await today('Aisha Okafor')).rows.find((r) => r.accountId === healthy.id);
    expect(stillThere?.intro).toEqual({ from: 'Tom Reilly' });

    expect(value(await log('outbound', '2026-11-24T10:30:00Z')).row.intro).toBeNull();
    const row = (await today('Aisha Okafor')).rows.find((r) => r.accountId === healthy.id);
    // Reached today, so it stays on today's list as done, but no longer as an introduction.
    expect(row?.intro ?? null).toBeNull();
    expect(row?.reasons.some((r) => r.text.startsWith('Introduce yourself')) ?? false).toBe(false);
    // The next day it is a healthy account like any other: off the list.
    const tomorrow = value(await backend.api['today.list']({ asOf: '2026-11-25', owner: 'Aisha Okafor' }));
    expect(tomorrow.rows.some((r) => r.accountId === healthy.id)).toBe(false);
  });

  it('does not count a touch already in the store, dated after the hand-over, as the introduction', async () => {
    const [healthy] = await pickTwo('Jonas Berg');
    const log = (at: string) =>
      backend.api['touchpoints.log']({ accountId: healthy.id, asOf: AS_OF, occurredAt: at, channel: 'email', direction: 'outbound', notes: null, sentiment: null });
    // Logged by the old owner for this evening, before the accounts change hands at 08:00 (the test clock).
    value(await log('2026-11-24T20:00:00Z'));
    value(await backend.api['accounts.handover']({ from: 'Jonas Berg', to: 'Maya Patel', accountIds: [healthy.id], asOf: AS_OF }));
    expect((await today('Maya Patel')).rows.find((r) => r.accountId === healthy.id)?.intro).toEqual({ from: 'Jonas Berg' });
    value(await log('2026-11-24T21:00:00Z'));
    expect((await today('Maya Patel')).rows.find((r) => r.accountId === healthy.id)?.intro ?? null).toBeNull();
  });

  it('hands over all of an owner’s active accounts when none are named, and leaves the churned ones', async () => {
    const owned = await accountsOf('Maya Patel');
    const active = owned.filter((r) => r.status === 'active').map((r) => r.id);
    const churned = owned.filter((r) => r.status === 'churned');
    expect(churned.length).toBeGreaterThan(0);
    const handover = value(await backend.api['accounts.handover']({ from: 'Maya Patel', to: 'Sam Newcomer', asOf: AS_OF }));
    expect(handover.accountIds.sort((a, b) => a - b)).toEqual(active.sort((a, b) => a - b));
    const list = await today('Sam Newcomer');
    expect(list.owners).toContain('Sam Newcomer');
    expect(list.rows.filter((r) => r.intro !== null)).toHaveLength(active.length);
    expect((await accountsOf('Maya Patel')).map((r) => r.id)).toEqual(churned.map((r) => r.id));

    const again = await backend.api['accounts.handover']({ from: 'Maya Patel', to: 'Sam Newcomer', asOf: AS_OF });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found', message: 'Maya Patel has no active accounts to hand over.' } });
  });

  it('refuses clearly, and writes nothing, when the request does not fit', async () => {
    const aisha = (await accountsOf('Aisha Okafor')).filter((r) => r.status === 'active');
    const jonas = (await accountsOf('Jonas Berg')).find((r) => r.status === 'active')!;
    const churned = (await accountsOf('Aisha Okafor')).find((r) => r.status === 'churned')!;
    const attempts = [
      { args: { from: 'Aisha Okafor', to: 'aisha okafor' }, code: 'invalid_argument', message: /Aisha Okafor already owns these accounts/ },
      { args: { from: 'Nobody Here', to: 'Tom Reilly' }, code: 'not_found', message: /No accounts are owned by "Nobody Here"\. Owners: Aisha Okafor, Jonas Berg/ },
      { args: { from: 'Aisha Okafor', to: 'Tom Reilly', accountIds: [aisha[0]!.id, jonas.id] }, code: 'conflict', message: new RegExp(`${jonas.name} belongs to Jonas Berg, not Aisha Okafor`) },
      { args: { from: 'Aisha Okafor', to: 'Tom Reilly', accountIds: [churned.id] }, code: 'conflict', message: /has churned; reactivate it/ },
      { args: { from: 'Aisha Okafor', to: 'Tom Reilly', accountIds: [999_999] }, code: 'not_found', message: /no account with id 999999/ },
    ];
    for (const { args, code, message } of attempts) {
      const result = await backend.api['accounts.handover']({ ...args, asOf: AS_OF });
      expect(result.ok, JSON.stringify(args)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.message).toMatch(message);
      }
    }
    expect((await accountsOf('Aisha Okafor')).length).toBe(aisha.length + 1 + 2);
    expect(backend.store.sqlite.prepare('select count(*) from handover_intros').pluck().get()).toBe(0);
    expect(backend.store.sqlite.prepare("select count(*) from account_events where kind = 'handover'").pluck().get()).toBe(0);
  });

  it('is all or nothing: a failure on the last write leaves every owner and timeline as it was', async () => {
    const before = (await accountsOf('Jonas Berg')).filter((r) => r.status === 'active');
    // The intro items are written last; make that write fail.
    backend.store.sqlite.exec(`create temp trigger refuse_intro before insert on handover_intros begin select raise(abort, 'disk full'); end`);
    const failed = await backend.api['accounts.handover']({ from: 'Jonas Berg', to: 'Maya Patel', asOf: AS_OF });
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });
    backend.store.sqlite.exec('drop trigger temp.refuse_intro');
    expect((await accountsOf('Jonas Berg')).filter((r) => r.status === 'active')).toHaveLength(before.length);
    expect(backend.store.sqlite.prepare('select count(*) from account_events').pluck().get()).toBe(0);
    expect((await today('Maya Patel')).rows.some((r) => r.intro !== null)).toBe(false);
  });

  it('a second hand-over replaces the first intro item with one from the latest owner', async () => {
    const [healthy] = await pickTwo('Jonas Berg');
    value(await backend.api['accounts.handover']({ from: 'Jonas Berg', to: 'Maya Patel', accountIds: [healthy.id], asOf: AS_OF }));
    value(await backend.api['accounts.handover']({ from: 'Maya Patel', to: 'Tom Reilly', accountIds: [healthy.id], asOf: AS_OF }));
    expect((await today('Maya Patel')).rows.some((r) => r.accountId === healthy.id)).toBe(false);
    const row = (await today('Tom Reilly')).rows.find((r) => r.accountId === healthy.id);
    expect(row?.intro).toEqual({ from: 'Maya Patel' });
    const events = await listAccountEvents(backend.store.db, healthy.id);
    expect(events.filter((e) => e.kind === 'handover').map((e) => e.detail)).toEqual([
      { from: 'Maya Patel', to: 'Tom Reilly' },
      { from: 'Jonas Berg', to: 'Maya Patel' },
    ]);
  });
});
