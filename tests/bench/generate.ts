import BetterSqlite3 from 'better-sqlite3';
import { openStore } from '../../electron/backend/db/connection';
import { createRandom } from '../../electron/backend/demo/random';
import { asOfMs, DAY_MS } from '../../shared/dates';

export interface BenchData {
  accounts: number;
  touchpoints: number;
  owners: string[];
}

const TIERS: [string, number][] = [
  ['Strategic', 0.15],
  ['Standard', 0.5],
  ['Long tail', 0.35],
];
const CHANNELS = ['call', 'email', 'meeting', 'message', 'ticket'];

/**
 * A large synthetic portfolio for the benchmark: `accounts` accounts with
 * `touchpoints` touchpoints over two years, written straight through prepared
 * statements (this is set-up, not what is measured). The secondary indexes
 * are dropped during the load and rebuilt after, as a bulk load should.
 */
export async function generateBenchDatabase(file: string, asOf: string, accounts = 50_000, touchpoints = 1_000_000): Promise<BenchData> {
  const store = await openStore(file);
  await store.close();
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const indexes = db.prepare("select sql from sqlite_master where type = 'index' and tbl_name = 'touchpoints' and sql is not null").pluck().all() as string[];
  for (const statement of indexes) db.exec(`drop index ${/index\s+"?(\w+)"?/i.exec(statement)![1]}`);

  const rng = createRandom(42);
  const owners = Array.from({ length: 12 }, (_, i) => `Owner ${String(i + 1).padStart(2, '0')}`);
  const end = asOfMs(asOf);
  const start = end - 730 * DAY_MS;
  const insertAccount = db.prepare(
    'insert into accounts (external_id, name, owner, tier, value, status, created_on, tags) values (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertTouch = db.prepare(
    `insert into touchpoints (account_id, occurred_at, channel, direction, notes, sentiment, sentiment_source, complaint_status, resolved_at, come_back, refer, created_at, ours)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const perAccount = touchpoints / accounts;
  let written = 0;
  db.transaction(() => {
    for (let a = 1; a <= accounts; a++) {
      const tier = rng.weighted(TIERS);
      const created = start - rng.int(0, 365) * DAY_MS;
      insertAccount.run(
        `BENCH-${a}`,
        `Bench Account ${a}`,
        owners[a % owners.length],
        tier,
        rng.int(1, 500) * 100,
        rng.chance(0.04) ? 'churned' : 'active',
        new Date(created).toISOString().slice(0, 10),
        '[]',
      );
      // Some accounts thin out over time: their touchpoints crowd into the first year.
      const fading = rng.chance(0.25);
      const count = a === accounts ? touchpoints - written : Math.max(0, Math.round(perAccount + rng.int(-8, 8)));
      for (let t = 0; t < count; t++) {
        const position = fading ? rng.next() ** 2 : rng.next();
        const at = Math.floor(start + position * (end - start));
        const complaint = rng.chance(0.01);
        const survey = rng.chance(0.01);
        const sentiment = rng.chance(0.3) ? Math.round(rng.float(-1, 1) * 100) / 100 : null;
        const channel = rng.pick(CHANNELS);
        const direction = rng.chance(0.55) ? 'outbound' : 'inbound';
        insertTouch.run(
          a,
          at,
          channel,
          direction,
          rng.chance(0.2) ? 'Followed up on the "Q3" roll-out, see notes,\nthen agreed next steps.' : null,
          sentiment,
          sentiment === null ? null : 'given',
          complaint ? (rng.chance(0.7) ? 'resolved' : 'open') : null,
          complaint && rng.chance(0.7) ? at + rng.int(1, 30) * DAY_MS : null,
          survey ? rng.int(1, 5) : null,
          survey ? rng.int(0, 10) : null,
          end,
          direction === 'outbound' || channel === 'meeting' ? 1 : 0,
        );
      }
      written += count;
    }
  })();
  for (const statement of indexes) db.exec(statement);
  db.exec('analyze');
  // Fold the big load's WAL back into the main file, as Tend does after bulk writes.
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { accounts, touchpoints: written, owners };
}
