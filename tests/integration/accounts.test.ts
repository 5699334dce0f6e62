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

const events = (id: number) => listAccountEvents(backend.store.db, id);
const newAccount = { name: 'Harbour Lights Ltd', owner: 'Maya Patel', tier: 'Standard', value: 42_000, tags: ['eu', ' EU ', 'pilot'] };

describe('creating and editing accounts', () => {
  it('creates an account with a made-up CRM id, records it, and scores it at once', async () => {
    value(await backend.api['today.list']({ asOf: AS_OF, owner: null }));
    const created = value(await backend.api['accounts.create']({ account: newAccount, asOf: AS_OF }));
    expect(created).toMatchObject({ name: 'Harbour Lights Ltd', owner: 'Maya Patel', status: 'active', createdOn: AS_OF, churnedOn: null, tags: ['eu', 'pilot'] });
    expect(created.externalId).toMatch(/^TEND-\d{5}$/);
    const second = value(await backend.api['accounts.create']({ account: { ...newAccount, name: 'Second' }, asOf: AS_OF }));
    expect(second.externalId).not.toBe(created.externalId);
    expect(await events(created.id)).toMatchObject([{ kind: 'created', detail: { externalId: created.externalId, owner: 'Maya Patel', value: 42_000 } }]);
    // Scored at once (a brand-new account starts healthy) and in the accounts table.
    expect(backend.scoreboard.get(created.id)?.health).toMatchObject({ score: 100, band: 'healthy', daysSinceOurContact: null });
    const tableRow = value(await backend.api['accounts.list']({ asOf: AS_OF })).rows.find((r) => r.id === created.id);
    expect(tableRow).toMatchObject({ externalId: created.externalId, band: 'healthy', lastContactOn: null, status: 'active' });
    expect(value(await backend.api['accounts.get']({ accountId: created.id }))).toEqual(created);
  });

  it('refuses a CRM id already in use, on create and on edit, saying which account has it', async () => {
    const taken = value(await backend.api['accounts.list']({ asOf: AS_OF })).rows[0]!;
    const dup = await backend.api['accounts.create']({ account: { ...newAccount, externalId: taken.externalId }, asOf: AS_OF });
    expect(dup).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!dup.ok) expect(dup.error.message).toBe(`The CRM id "${taken.externalId}" is already used by ${taken.name}; enter a different id, or leave it empty and Tend will make one up.`);
    const mine = value(await backend.api['accounts.create']({ account: { ...newAccount, externalId: 'HL-1' }, asOf: AS_OF }));
    const edit = await backend.api['accounts.update']({ accountId: mine.id, changes: { externalId: taken.externalId } });
    expect(edit).toMatchObject({ ok: false, error: { code: 'conflict' } });
    // Keeping its own id is not a conflict.
    expect(value(await backend.api['accounts.update']({ accountId: mine.id, changes: { externalId: 'HL-1' } })).externalId).toBe('HL-1');
  });

  it('validates what the forms send', async () => {
    const bad = [
      { account: { ...newAccount, name: '  ' }, asOf: AS_OF },
      { account: { ...newAccount, value: -5 }, asOf: AS_OF },
      { account: { ...newAccount, owner: '' }, asOf: AS_OF },
      { account: { ...newAccount, colour: 'red' }, asOf: AS_OF },
    ];
    for (const args of bad) {
      const result = await backend.api['accounts.create'](args as never);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_argument', message: expect.stringMatching(/^Invalid request to accounts\.create: account/) } });
    }
    const missing = await backend.api['accounts.update']({ accountId: 999_999, changes: { name: 'X' } });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('records only the fields that really changed, and re-scores the account', async () => {
    // Within a Standard cadence (30 days) but past a Strategic one (14).
    const table = value(await backend.api['accounts.list']({ asOf: AS_OF })).rows;
    const target = table.find((r) => r.owner === 'Maya Patel' && r.tier === 'Standard' && r.status === 'active' && r.openComplaints === 0 && r.daysSinceContact !== null && r.daysSinceContact >= 16 && r.daysSinceContact <= 26)!;
    const account = value(await backend.api['accounts.get']({ accountId: target.id }));
    const same = value(await backend.api['accounts.update']({ accountId: account.id, changes: { name: account.name, tags: [...account.tags] } }));
    expect(same).toEqual(account);
    expect(await events(account.id)).toHaveLength(0);

    const edited = value(
      await backend.api['accounts.update']({ accountId: account.id, changes: { owner: 'tom reilly', tier: 'Strategic', value: 90_000, tags: ['vip', 'VIP'] } }),
    );
    // The owner is written as the store already spells it, so one person never becomes two owners.
    expect(edited).toMatchObject({ owner: 'Tom Reilly', tier: 'Strategic', value: 90_000, tags: ['vip'] });
    expect(await events(account.id)).toMatchObject([
      {
        kind: 'updated',
        detail: {
          changes: { owner: { from: 'Maya Patel', to: 'Tom Reilly' }, tier: { from: 'Standard', to: 'Strategic' }, value: { from: account.value, to: 90_000 }, tags: { from: account.tags, to: ['vip'] } },
        },
      },
    ]);
    const scored = backend.scoreboard.get(account.id)!;
    expect(scored.account).toMatchObject({ owner: 'Tom Reilly', tier: 'Strategic', value: 90_000 });
    // A shorter cadence: the same silence now costs more.
    expect(scored.health.score).toBeLessThan(target.score!);
    expect(scored.health.reasons.some((r) => r.text.includes('Strategic'))).toBe(true);
  });
});

describe('churn and reactivation', () => {
  it('a churned account leaves the scores and today’s list; reactivated, it comes back', async () => {
    const list = value(await backend.api['today.list']({ asOf: AS_OF, owner: null }));
    const target = list.rows.find((r) => !r.reviewed && !r.touchedToday)!;
    const churned = value(await backend.api['accounts.churn']({ accountId: target.accountId, on: AS_OF, reason: 'Moved to a competitor' }));
    expect(churned).toMatchObject({ status: 'churned', churnedOn: AS_OF, churnReason: 'Moved to a competitor' });
    expect(backend.scoreboard.get(target.accountId)).toBeUndefined();
    const without = value(await backend.api['today.list']({ asOf: AS_OF, owner: null }));
    expect(without.rows.some((r) => r.accountId === target.accountId)).toBe(false);
    const tableRow = value(await backend.api['accounts.list']({ asOf: AS_OF })).rows.find((r) => r.id === target.accountId);
    expect(tableRow).toMatchObject({ status: 'churned', churnedOn: AS_OF, score: null, band: null, openComplaints: 0 });

    const again = await backend.api['accounts.churn']({ accountId: target.accountId, on: AS_OF, reason: 'Twice' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('already churned on 2026-11-24') } });

    const back = value(await backend.api['accounts.reactivate']({ accountId: target.accountId }));
    expect(back).toMatchObject({ status: 'active', churnedOn: null, churnReason: null });
    expect(backend.scoreboard.get(target.accountId)?.health.score).toBe(target.score);
    const restored = value(await backend.api['today.list']({ asOf: AS_OF, owner: null }));
    expect(restored.rows.find((r) => r.accountId === target.accountId)?.priority).toBe(target.priority);

    expect((await events(target.accountId)).map((e) => [e.kind, e.detail])).toEqual([
      ['reactivated', { churnedOn: AS_OF, reason: 'Moved to a competitor' }],
      ['churned', { on: AS_OF, reason: 'Moved to a competitor' }],
    ]);
    const twice = await backend.api['accounts.reactivate']({ accountId: target.accountId });
    expect(twice).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('nothing to reactivate') } });
  });

  it('refuses a churn date before the account existed, and a touch on a churned account', async () => {
    const account = value(await backend.api['accounts.create']({ account: newAccount, asOf: AS_OF }));
    const early = await backend.api['accounts.churn']({ accountId: account.id, on: '2026-01-01', reason: 'Budget' });
    expect(early).toMatchObject({ ok: false, error: { code: 'invalid_argument', message: expect.stringContaining('on or after that day') } });
    value(await backend.api['accounts.churn']({ accountId: account.id, on: AS_OF, reason: 'Budget' }));
    const touch = await backend.api['touchpoints.log']({
      accountId: account.id,
      asOf: AS_OF,
      occurredAt: '2026-11-24T10:00:00Z',
      channel: 'call',
      direction: 'outbound',
      notes: null,
      sentiment: null,
    });
    expect(touch).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
