import BetterSqlite3 from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/backend/db/connection';
import { MIGRATIONS } from '../../electron/backend/db/migrations/index';
import { fillContactAggregates } from '../../electron/backend/db/signals-repo';
import { DEFAULT_HEALTH_SETTINGS } from '../../shared/health/settings';
import { tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('the store', () => {
  it('creates a real file, migrates it, and turns on WAL and foreign keys', async () => {
    const file = join(dir, 'tend.db');
    const store = await openStore(file);
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = store.sqlite.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['accounts', 'touchpoints', 'settings', 'review_state', 'tend_migrations']));
    await store.close();

    // Reopening applies nothing twice and keeps the data.
    const raw = new BetterSqlite3(file);
    raw.prepare("insert into accounts (external_id, name, owner, tier, value, status, created_on, tags) values ('A-1', 'Acme', 'Maya', 'Standard', 10, 'active', '2026-01-01', '[]')").run();
    raw.close();
    const again = await openStore(file);
    const applied = again.sqlite.prepare('select name from tend_migrations order by name').pluck().all();
    expect(applied).toEqual(Object.keys(MIGRATIONS));
    expect(again.sqlite.prepare('select count(*) from accounts').pluck().get()).toBe(1);
    await again.close();
  });

  it('upgrades a file made by the first release, keeping its data', async () => {
    const file = join(dir, 'old.db');
    // A database as the first release left it: only 0001 applied, with an account and a touchpoint.
    const raw = new BetterSqlite3(file);
    // oxlint-disable-next-line no-explicit-any -- a migration-era database has no table types
    const old = new Kysely<any>({ dialect: new SqliteDialect({ database: raw }) });
    const migrator = new Migrator({
      db: old,
      provider: { getMigrations: async () => MIGRATIONS },
      migrationTableName: 'tend_migrations',
      migrationLockTableName: 'tend_migrations_lock',
    });
    expect((await migrator.migrateTo('0001-initial')).error).toBeUndefined();
    raw.prepare("insert into accounts (external_id, name, owner, tier, value, status, created_on, tags) values ('A-1', 'Acme', 'Maya', 'Standard', 10, 'active', '2026-01-01', '[]')").run();
    raw.prepare("insert into touchpoints (account_id, occurred_at, channel, direction, created_at, ours) values (1, 1000, 'call', 'outbound', 0, 1)").run();
    await old.destroy();

    const upgraded = await openStore(file);
    expect(upgraded.sqlite.prepare('select name from tend_migrations order by name').pluck().all()).toEqual(Object.keys(MIGRATIONS));
    expect(upgraded.sqlite.prepare('select external_id, batch_id from accounts').get()).toEqual({ external_id: 'A-1', batch_id: null });
    expect(upgraded.sqlite.prepare('select occurred_at, batch_id, fingerprint from touchpoints').get()).toEqual({ occurred_at: 1000, batch_id: null, fingerprint: null });
    await upgraded.close();
  });

  it('enforces foreign keys: a touchpoint needs its account', async () => {
    const store = await openStore(join(dir, 'fk.db'));
    expect(() =>
      store.sqlite
        .prepare("insert into touchpoints (account_id, occurred_at, channel, direction, created_at, ours) values (999, 0, 'call', 'outbound', 0, 1)")
        .run(),
    ).toThrow(/FOREIGN KEY/);
    await store.close();
  });

  it("keeps the 'ours' flag true to direction and channel", async () => {
    const store = await openStore(join(dir, 'ours.db'));
    store.sqlite.prepare("insert into accounts (external_id, name, owner, tier, value, status, created_on, tags) values ('A-1', 'Acme', 'Maya', 'Standard', 10, 'active', '2026-01-01', '[]')").run();
    const insert = store.sqlite.prepare('insert into touchpoints (account_id, occurred_at, channel, direction, created_at, ours) values (1, 0, ?, ?, 0, ?)');
    expect(() => insert.run('call', 'inbound', 1)).toThrow(/CHECK/);
    expect(() => insert.run('meeting', 'inbound', 0)).toThrow(/CHECK/);
    expect(() => insert.run('meeting', 'inbound', 1)).not.toThrow();
    await store.close();
  });

  it('refuses a file that is not a Tend database with a clear error', async () => {
    const file = join(dir, 'notes.db');
    writeFileSync(file, 'this is a shopping list, not a database'.repeat(100));
    await expect(openStore(file)).rejects.toThrow(/not a database/);
  });

  it('scores from the covering index: the aggregate never touches the table', async () => {
    const store = await openStore(join(dir, 'plan.db'));
    // Capture the SQL kysely builds for the aggregate, then ask SQLite for its plan.
    let captured = '';
    const original = store.sqlite.prepare.bind(store.sqlite);
    store.sqlite.prepare = ((source: string) => {
      if (source.includes('group by')) captured = source;
      return original(source);
    }) as typeof store.sqlite.prepare;
    fillContactAggregates(store, DEFAULT_HEALTH_SETTINGS, '2026-11-24', new Map());
    store.sqlite.prepare = original;
    expect(captured).toContain('group by');
    const params = [...captured.matchAll(/\?/g)].map(() => 0);
    const plan = store.sqlite.prepare(`explain query plan ${captured}`).all(...params) as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING COVERING INDEX touchpoints_scoring/);
    await store.close();
  });
});
