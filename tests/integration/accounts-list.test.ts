import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { asOfMs, DAY_MS, dayOf } from '../../shared/dates';
import { generateBenchDatabase } from '../bench/generate';
import { tempDir } from './helpers';

const AS_OF = '2026-06-30';
let cleanup: () => void;
let backend: Backend;

beforeAll(async () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const file = join(temp.dir, 'generated.db');
  await generateBenchDatabase(file, AS_OF, 3000, 45_000);
  backend = await openBackend(file);
  // The generator writes no tags or churn details: give some accounts both.
  backend.store.sqlite.exec(`update accounts set tags = '["eu","renewal"]' where id % 7 = 0`);
  backend.store.sqlite.exec(`update accounts set tags = '["us"]' where id % 11 = 0`);
  backend.store.sqlite.exec(`update accounts set churned_on = '2026-03-01', churn_reason = 'Budget' where status = 'churned'`);
}, 120_000);
afterAll(async () => {
  await backend?.close();
  cleanup?.();
});

describe('the accounts table', () => {
  it('lists every account, active and churned, with health from the scoreboard and the last contact from the touchpoints', async () => {
    const started = performance.now();
    const result = await backend.api['accounts.list']({ asOf: AS_OF });
    const firstMs = performance.now() - started;
    if (!result.ok) throw new Error(result.error.message);
    const list = result.value;
    const again = performance.now();
    await backend.api['accounts.list']({ asOf: AS_OF });
    console.log(`accounts.list on 3,000 accounts: ${Math.round(firstMs)} ms with a full rescore, ${Math.round(performance.now() - again)} ms from the scoreboard`);

    const { sqlite } = backend.store;
    expect(list.rows).toHaveLength(3000);
    const end = asOfMs(AS_OF);
    const lastOurs = sqlite.prepare('select max(occurred_at) from touchpoints where account_id = ? and ours = 1 and occurred_at <= ?').pluck();
    const stored = sqlite.prepare('select * from accounts where id = ?');
    let churned = 0;
    for (const row of list.rows) {
      const account = stored.get(row.id) as Record<string, unknown>;
      expect(row).toMatchObject({ externalId: account.external_id, name: account.name, owner: account.owner, tier: account.tier, status: account.status });
      expect(row.tags).toEqual(JSON.parse(account.tags as string));
      const last = lastOurs.get(row.id, end) as number | null;
      expect(row.lastContactOn).toBe(last === null ? null : dayOf(last));
      expect(row.daysSinceContact).toBe(last === null ? null : Math.floor((end - last) / DAY_MS));
      if (row.status === 'churned') {
        churned++;
        expect(row).toMatchObject({ score: null, band: null, openComplaints: 0, churnedOn: '2026-03-01' });
      } else {
        const scored = backend.scoreboard.get(row.id)!;
        expect(row).toMatchObject({ score: scored.health.score, band: scored.health.band, openComplaints: scored.health.openComplaints, churnedOn: null });
        expect(row.daysSinceContact).toBe(scored.health.daysSinceOurContact);
      }
    }
    expect(churned).toBeGreaterThan(50);
    expect(list.owners).toEqual(sqlite.prepare('select distinct owner from accounts order by owner').pluck().all());
    expect(list.tiers).toEqual(['Long tail', 'Standard', 'Strategic']);
    expect(list.tags).toEqual(['eu', 'renewal', 'us']);
    // Rows are in name order, so the table opens sorted without work in the renderer.
    const names = list.rows.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
