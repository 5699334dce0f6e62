import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { addDays } from '../../shared/dates';
import { npsOf } from '../../shared/history/nps';
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


async function healthyAccount() {
  await backend.scoreboard.ensure(AS_OF);
  const scored = [...backend.scoreboard.all()].find((s) => s.health.band === 'healthy' && s.health.openComplaints === 0)!;
  return { id: scored.account.id, owner: scored.account.owner, score: scored.health.score };
}

describe('survey answers', () => {
  it('are recorded as a survey touchpoint, shown on the account page, and a poor answer lowers the score', async () => {
    const account = await healthyAccount();
    const { touchpointId } = value(
      await backend.api['surveys.record']({ accountId: account.id, asOf: AS_OF, answeredAt: `${AS_OF}T06:00:00.000Z`, comeBack: 1, refer: 0, notes: 'Leaving at renewal.' }),
    );
    const page = value(await backend.api['account.detail']({ accountId: account.id, asOf: AS_OF }));
    expect(page.surveys[0]).toEqual({ touchpointId, answeredAt: `${AS_OF}T06:00:00.000Z`, comeBack: 1, refer: 0, notes: 'Leaving at renewal.' });
    const timeline = value(await backend.api['account.timeline']({ accountId: account.id }));
    expect(timeline.find((e) => e.kind === 'touchpoint' && e.touchpoint.id === touchpointId)).toMatchObject({
      touchpoint: { channel: 'survey', direction: 'inbound', subject: 'Would refer 0/10 · Come back 1/5', comeBack: 1, refer: 0 },
    });
    expect(page.health!.score).toBeLessThan(account.score);
    expect(page.health!.reasons.some((r) => r.factor === 'voice')).toBe(true);
  });

  it('need at least one answer, a day no later than the one shown, and an active account', async () => {
    const account = await healthyAccount();
    const record = (args: { answeredAt?: string; comeBack?: number | null; refer?: number | null; accountId?: number }) =>
      backend.api['surveys.record']({ accountId: args.accountId ?? account.id, asOf: AS_OF, answeredAt: args.answeredAt ?? `${AS_OF}T06:00:00.000Z`, comeBack: args.comeBack ?? null, refer: args.refer ?? null, notes: null });
    expect(await record({})).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(await record({ refer: 11 })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(await record({ refer: 8, answeredAt: `${addDays(AS_OF, 2)}T06:00:00.000Z` })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    const churned = backend.store.sqlite.prepare("select id from accounts where status = 'churned' limit 1").pluck().get() as number;
    expect(await record({ refer: 8, accountId: churned })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('the NPS-style summary', () => {
  it("is computed from each active account's latest refer answer, for everyone or one owner", async () => {
    const latest = backend.store.sqlite
      .prepare(
        `select a.owner, t.refer from touchpoints t join accounts a on a.id = t.account_id
         where a.status = 'active' and t.refer is not null and t.occurred_at = (
           select max(u.occurred_at) from touchpoints u where u.account_id = t.account_id and u.refer is not null)`,
      )
      .all() as { owner: string; refer: number }[];
    const everyone = value(await backend.api['surveys.summary']({ asOf: AS_OF, owner: null }));
    expect(everyone).toMatchObject(npsOf(latest.map((r) => r.refer)));
    expect(everyone.responses).toBeGreaterThan(50);
    expect(everyone.comeBackAverage).toBeGreaterThanOrEqual(1);
    expect(everyone.comeBackAverage).toBeLessThanOrEqual(5);
    expect(everyone.trend).toHaveLength(12);
    expect(everyone.trend.at(-1)!.month).toBe('2026-11');

    const owner = latest[0]!.owner;
    const mine = value(await backend.api['surveys.summary']({ asOf: AS_OF, owner }));
    expect(mine).toMatchObject(npsOf(latest.filter((r) => r.owner === owner).map((r) => r.refer)));

    // A new detractor moves the figure at once.
    const account = await healthyAccount();
    value(await backend.api['surveys.record']({ accountId: account.id, asOf: AS_OF, answeredAt: `${AS_OF}T06:00:00.000Z`, comeBack: null, refer: 0, notes: null }));
    const after = value(await backend.api['surveys.summary']({ asOf: AS_OF, owner: null }));
    expect(after.nps).toBeLessThanOrEqual(everyone.nps!);
    expect(after.trend.at(-1)!.responses).toBe(everyone.trend.at(-1)!.responses + 1);
  });
});
