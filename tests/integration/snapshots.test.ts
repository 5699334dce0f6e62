import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { addDays, asOfMs, DAY_MS } from '../../shared/dates';
import { backfillDays, isWeeklyDay, weeklyDayOnOrBefore } from '../../shared/history/days';
import type { Mapping } from '../../shared/import/fields';
import { AS_OF, demoBackend, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
let backend: Backend;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(async () => {
  await backend.close();
  cleanup();
});

const snapshots = (day: string) =>
  backend.store.sqlite.prepare('select account_id as id, score, band, backfilled from score_snapshots where day = ? order by account_id').all(day) as {
    id: number;
    score: number;
    band: string;
    backfilled: number;
  }[];
const activeIds = () => backend.store.sqlite.prepare("select id from accounts where status = 'active' order by id").pluck().all() as number[];

async function today() {
  const list = await backend.api['today.list']({ asOf: AS_OF, owner: null });
  if (!list.ok) throw new Error(list.error.message);
  return list.value;
}

describe('score snapshots', () => {
  it("are written for every active account when Tend scores today, and not for other days", async () => {
    backend = await demoBackend(dir);
    await backend.history.idle();
    await today();
    // Written just after the rescore, once the list has gone out.
    await backend.history.written();
    const written = snapshots(AS_OF);
    expect(written.map((s) => s.id)).toEqual(activeIds());
    expect(written.every((s) => s.backfilled === 0)).toBe(true);
    for (const scored of backend.scoreboard.all()) expect(written.find((s) => s.id === scored.account.id)).toMatchObject({ score: scored.health.score, band: scored.health.band });

    // Looking at another day changes no history.
    const before = snapshots(addDays(AS_OF, -3));
    await backend.scoreboard.rescoreAll(addDays(AS_OF, -3));
    expect(snapshots(addDays(AS_OF, -3))).toEqual(before);
    expect(before.every((s) => s.backfilled === 1)).toBe(true);
  });

  it("follow a logged touch: today's snapshot moves with the account's score", async () => {
    backend = await demoBackend(dir);
    await backend.history.idle();
    const row = (await today()).rows.find((r) => r.daysSinceContact !== null && r.daysSinceContact > 60)!;
    const logged = await backend.api['touchpoints.log']({ accountId: row.accountId, asOf: AS_OF, occurredAt: `${AS_OF}T07:30:00.000Z`, channel: 'call', direction: 'outbound', notes: 'Caught up', sentiment: 0.6 });
    if (!logged.ok) throw new Error(logged.error.message);
    expect(logged.value.row.score).toBeGreaterThan(row.score);
    expect(snapshots(AS_OF).find((s) => s.id === row.accountId)).toMatchObject({ score: logged.value.row.score, backfilled: 0 });
  });

  it('back-fill scores each past day exactly as the engine scores that day', async () => {
    backend = await demoBackend(dir);
    await backend.history.idle();
    const days = backfillDays(AS_OF);
    expect(new Set(backend.store.sqlite.prepare('select distinct day from score_snapshots').pluck().all())).toEqual(new Set(days));
    for (const day of [addDays(AS_OF, -1), addDays(AS_OF, -20), days.at(-10)!]) {
      await backend.scoreboard.rescoreAll(day);
      const stored = new Map(snapshots(day).map((s) => [s.id, s]));
      let compared = 0;
      for (const scored of backend.scoreboard.all()) {
        if (scored.account.createdOn > day) continue;
        expect(stored.get(scored.account.id), `${scored.account.externalId} on ${day}`).toMatchObject({ score: scored.health.score, band: scored.health.band });
        compared++;
      }
      expect(compared).toBeGreaterThan(200);
    }
  });

  it('back-fill never replaces a snapshot written on its day, and thins daily snapshots older than five weeks to Mondays', async () => {
    backend = await demoBackend(dir);
    await backend.history.idle();
    const [id] = activeIds();
    const kept = addDays(AS_OF, -3);
    const oldDaily = '2026-09-02'; // a Wednesday, 83 days back
    const oldMonday = '2026-08-31';
    expect(isWeeklyDay(oldMonday)).toBe(true);
    const put = backend.store.sqlite.prepare("insert or replace into score_snapshots (account_id, day, score, band, backfilled) values (?, ?, ?, 'neglected', 0)");
    put.run(id, kept, 1);
    put.run(id, oldDaily, 2);
    put.run(id, oldMonday, 3);
    backend.history.backfill();
    await backend.history.idle();
    const scoreOn = (day: string) => backend.store.sqlite.prepare('select score from score_snapshots where account_id = ? and day = ?').pluck().get(id, day);
    expect(scoreOn(kept)).toBe(1);
    expect(scoreOn(oldDaily)).toBeUndefined();
    expect(scoreOn(oldMonday)).toBe(3);
  });

  it('catch up on the days Tend did not run, and redo the rest only when the health model changed', async () => {
    backend = await demoBackend(dir);
    await backend.history.idle();
    const [id] = activeIds();
    const gap = addDays(AS_OF, -5);
    const marked = addDays(AS_OF, -6);
    backend.store.sqlite.prepare('delete from score_snapshots where day = ?').run(gap);
    backend.store.sqlite.prepare('update score_snapshots set score = 1 where account_id = ? and day = ?').run(id, marked);
    const file = backend.store.file;
    const reopen = async () => {
      await backend.close();
      backend = await openBackend(file, { now: () => Date.parse(`${AS_OF}T08:00:00Z`) });
      await today();
      await backend.history.idle();
    };
    const markOn = () => backend.store.sqlite.prepare('select score from score_snapshots where account_id = ? and day = ?').pluck().get(id, marked);

    await reopen();
    expect(snapshots(gap).length).toBeGreaterThan(200);
    expect(markOn()).toBe(1);

    backend.store.sqlite.prepare("insert or replace into settings (key, value) values ('health', ?)").run(JSON.stringify({ cadences: { Standard: 20 } }));
    await reopen();
    expect(markOn()).not.toBe(1);
  });

  it('stop at the next step when the store closes, leaving whole days or none', async () => {
    backend = await demoBackend(dir);
    expect(backend.history.running).toBe(true);
    const started = performance.now();
    await backend.history.cancel();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(backend.history.running).toBe(false);
  });
});

/** Noon, `daysBack` days before the as-of day. */
const noonBefore = (daysBack: number) => new Date(asOfMs(AS_OF) - daysBack * DAY_MS - 12 * 3_600_000).toISOString();

describe('history after an import', () => {
  const MAPPING: Mapping = {
    kind: 'touchpoints',
    fields: { account: 'Account', owner: 'Owner', occurred_at: 'Date', channel: 'Channel', direction: 'Direction', notes: 'Notes' },
    dateFormat: 'iso',
  };

  it('exists right after an import of past touchpoints: the back-fill scores the weeks before it', async () => {
    backend = await openBackend(join(dir, 'tend.db'), { now: () => Date.parse(`${AS_OF}T08:00:00Z`) });
    const rows: string[][] = [];
    // Fading: a call a week until seven weeks ago, then nothing. Steady: a call every five days until yesterday.
    for (let back = 200; back >= 50; back -= 7) rows.push(['Fading Freight', 'Ana', noonBefore(back), 'call', 'outbound', 'Weekly check-in']);
    for (let back = 200; back >= 1; back -= 5) rows.push(['Steady Supplies', 'Ana', noonBefore(back), 'call', 'outbound', 'Regular call']);
    const file = join(dir, 'log.csv');
    writeFileSync(file, [['Account', 'Owner', 'Date', 'Channel', 'Direction', 'Notes'], ...rows].map((r) => r.join(',')).join('\n'));
    const { fileId } = backend.files.register(file, 'log.csv', false);
    const started = await backend.api['import.start']({ fileId, mapping: MAPPING, unknownAccounts: 'create' });
    if (!started.ok) throw new Error(started.error.message);
    for (;;) {
      const progress = await backend.api['import.progress']({ jobId: started.value.jobId });
      if (!progress.ok) throw new Error(progress.error.message);
      if (progress.value.state === 'done') break;
      if (progress.value.state !== 'running') throw new Error(JSON.stringify(progress.value));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await backend.history.idle();

    const ids = new Map((backend.store.sqlite.prepare('select name, id from accounts').all() as { name: string; id: number }[]).map((r) => [r.name, r.id]));
    const page = await backend.api['account.detail']({ accountId: ids.get('Fading Freight')!, asOf: AS_OF });
    if (!page.ok) throw new Error(page.error.message);
    const history = page.value.history;
    // Six months of weekly points, then daily for four weeks, today included.
    expect(history.length).toBeGreaterThanOrEqual(50);
    expect(history[0]!.day <= addDays(AS_OF, -170)).toBe(true);
    expect(history.at(-1)!.day).toBe(AS_OF);
    const then = history.find((p) => p.day >= addDays(AS_OF, -60))!;
    expect(then.score).toBeGreaterThan(history.at(-1)!.score);
    expect(page.value.moments.some((m) => m.delta < 0 && /No contact for \d+ days/.test(m.text))).toBe(true);

    const drops = await backend.api['history.drops']({ asOf: AS_OF, owner: 'Ana', days: 30 });
    if (!drops.ok) throw new Error(drops.error.message);
    // Thirty days back lies beyond the daily weeks: the Monday before it stands in.
    expect(drops.value[0]).toMatchObject({ name: 'Fading Freight', from: { day: weeklyDayOnOrBefore(addDays(AS_OF, -30)) }, to: { day: AS_OF } });
    expect(drops.value[0]!.delta).toBeLessThan(-15);
    // The steady account barely moves, if at all.
    expect(drops.value.find((d) => d.name === 'Steady Supplies')?.delta ?? 0).toBeGreaterThan(-5);
  });
});

describe('biggest drops', () => {
  it('rank the accounts whose score fell most over the days asked, for one owner or everyone', async () => {
    backend = await demoBackend(dir);
    await backend.history.idle();
    const result = await backend.api['history.drops']({ asOf: AS_OF, owner: null, limit: 15 });
    if (!result.ok) throw new Error(result.error.message);
    const drops = result.value;
    expect(drops.length).toBeGreaterThan(3);
    expect(drops.length).toBeLessThanOrEqual(15);
    const deltas = drops.map((d) => d.delta);
    expect(deltas).toEqual([...deltas].sort((a, b) => a - b));
    for (const drop of drops) {
      expect(drop.from.day).toBe(addDays(AS_OF, -7));
      expect(drop.to.day).toBe(AS_OF);
      expect(drop.delta).toBe(drop.to.score - drop.from.score);
      expect(drop.delta).toBeLessThan(0);
    }
    // Today's scores are the ones the list shows.
    const rows = new Map((await today()).rows.map((r) => [r.accountId, r.score]));
    for (const drop of drops) if (rows.has(drop.accountId)) expect(drop.to.score).toBe(rows.get(drop.accountId));

    const owner = drops[0]!.owner;
    const mine = await backend.api['history.drops']({ asOf: AS_OF, owner, limit: 500 });
    if (!mine.ok) throw new Error(mine.error.message);
    expect(mine.value.every((d) => d.owner === owner)).toBe(true);
    expect(mine.value[0]).toEqual(drops.find((d) => d.owner === owner));
  });

  it('are empty, not an error, before any history exists', async () => {
    backend = await openBackend(join(dir, 'empty.db'), { now: () => Date.parse(`${AS_OF}T08:00:00Z`) });
    const result = await backend.api['history.drops']({ asOf: AS_OF, owner: null });
    expect(result).toEqual({ ok: true, value: [] });
  });
});
