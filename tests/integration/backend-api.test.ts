import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { loadAccountSignals } from '../../electron/backend/services/account-signals';
import type { Touchpoint } from '../../shared/domain';
import { DEFAULT_HEALTH_SETTINGS } from '../../shared/health/settings';
import { signalsFromTouchpoints } from '../../shared/health/signals-from-touchpoints';
import { listAccounts } from '../../electron/backend/db/accounts-repo';
import { toTouchpoint } from '../../electron/backend/db/rows';
import { AS_OF, demoBackend, tempDir } from './helpers';

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

const count = () => backend.store.sqlite.prepare('select count(*) from touchpoints').pluck().get();

async function today(owner: string | null = null) {
  const result = await backend.api['today.list']({ asOf: AS_OF, owner });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('the backend behind the contract', () => {
  it('aggregates in SQL exactly what the reference aggregation computes from raw touchpoints', async () => {
    const { db } = backend.store;
    const settings = DEFAULT_HEALTH_SETTINGS;
    const accounts = await listAccounts(db);
    const fromSql = await loadAccountSignals(backend.store, settings, AS_OF, accounts);
    const byAccount = new Map<number, Touchpoint[]>();
    for (const row of await db.selectFrom('touchpoints').selectAll().execute()) {
      byAccount.set(row.account_id, [...(byAccount.get(row.account_id) ?? []), toTouchpoint(row)]);
    }
    for (const account of accounts) {
      const expected = signalsFromTouchpoints(account, byAccount.get(account.id) ?? [], settings, AS_OF);
      expect(fromSql.get(account.id), account.externalId).toEqual({
        ...expected,
        sentimentWeightedSum: expect.closeTo(expected.sentimentWeightedSum, 6),
        sentimentWeightTotal: expect.closeTo(expected.sentimentWeightTotal, 6),
      });
    }
    expect(accounts.length).toBeGreaterThan(250);
  });

  it("lists today's accounts for one owner, highest priority first, without churned accounts", async () => {
    const all = await today();
    expect(all.rows.length).toBeGreaterThan(10);
    const owner = all.owners[0]!;
    const mine = await today(owner);
    expect(mine.rows.every((r) => r.owner === owner)).toBe(true);
    const waiting = mine.rows.filter((r) => !r.reviewed && !r.touchedToday);
    expect(mine.rows.slice(0, waiting.length)).toEqual(waiting);
    const priorities = waiting.map((r) => r.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    const churned = await backend.store.db.selectFrom('accounts').select('id').where('status', '=', 'churned').execute();
    expect(churned.length).toBeGreaterThan(0);
    const listed = new Set(all.rows.map((r) => r.accountId));
    expect(churned.some((c) => listed.has(c.id))).toBe(false);
  });

  it('logging an outbound call re-scores the account at once and counts it as reached', async () => {
    const before = await today();
    const top = before.rows[0]!;
    const logged = await backend.api['touchpoints.log']({
      accountId: top.accountId,
      asOf: AS_OF,
      occurredAt: `${AS_OF}T10:00:00.000Z`,
      channel: 'call',
      direction: 'outbound',
      notes: 'Caught up on the roll-out',
      sentiment: 0.5,
    });
    if (!logged.ok) throw new Error(logged.error.message);
    expect(logged.value.row.score).toBeGreaterThanOrEqual(top.score);
    expect(logged.value.row.daysSinceContact).toBe(0);
    const after = await today();
    expect(after.reached).toBe(before.reached + 1);
    expect(after.rows[0]!.accountId).not.toBe(top.accountId);
    expect(after.rows.find((r) => r.accountId === top.accountId)?.touchedToday).toBe(true);
  });

  it('a snoozed account leaves the list until the snooze ends', async () => {
    const before = await today();
    const target = before.rows[1]!;
    const snoozed = await backend.api['review.snooze']({ accountId: target.accountId, asOf: AS_OF, until: '2026-12-01' });
    expect(snoozed.ok).toBe(true);
    const after = await today();
    expect(after.rows.some((r) => r.accountId === target.accountId)).toBe(false);
    expect(after.snoozed).toBe(before.snoozed + 1);
    const later = await backend.api['today.list']({ asOf: '2026-12-01', owner: null });
    expect(later.ok && later.value.rows.some((r) => r.accountId === target.accountId)).toBe(true);
  });

  it('marking an account reviewed moves it to the reached part of the list', async () => {
    const before = await today();
    const target = before.rows[0]!;
    await backend.api['review.markReviewed']({ accountId: target.accountId, day: AS_OF });
    const after = await today();
    const row = after.rows.find((r) => r.accountId === target.accountId)!;
    expect(row.reviewed).toBe(true);
    expect(after.rows.indexOf(row)).toBeGreaterThan(after.rows.length - after.reached - 1);
  });

  it('rejects bad arguments with a message and leaves the store unchanged', async () => {
    const before = count();
    const cases: [string, unknown][] = [
      ['touchpoints.log', { accountId: -1, asOf: AS_OF, occurredAt: 'yesterday', channel: 'pigeon', direction: 'outbound', notes: null, sentiment: null }],
      ['touchpoints.log', { accountId: 1, asOf: AS_OF, occurredAt: '2027-01-01T00:00:00Z', channel: 'call', direction: 'outbound', notes: null, sentiment: null }],
      ['touchpoints.log', { accountId: 99999, asOf: AS_OF, occurredAt: `${AS_OF}T09:00:00Z`, channel: 'call', direction: 'outbound', notes: null, sentiment: null }],
      ['review.snooze', { accountId: 1, asOf: AS_OF, until: '2026-02-30' }],
      ['review.snooze', { accountId: 1, asOf: AS_OF, until: AS_OF }],
      ['today.list', { asOf: '24/11/2026', owner: null }],
      ['today.list', { asOf: AS_OF, owner: null, drop: 'table accounts' }],
    ];
    for (const [method, args] of cases) {
      const result = await (backend.api as unknown as Record<string, (a: unknown) => Promise<{ ok: boolean; error?: { message: string } }>>)[method]!(args);
      expect(result.ok, `${method} ${JSON.stringify(args)}`).toBe(false);
      expect(result.error?.message.length).toBeGreaterThan(10);
    }
    expect(count()).toBe(before);
  });

  it('refuses to pour sample data into a store that already has accounts', async () => {
    const again = await backend.api['demo.load']({ asOf: AS_OF });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toMatch(/empty store/);
  });
});
