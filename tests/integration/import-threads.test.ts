import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkpointInBackground } from '../../electron/backend/db/background-checkpoint';
import { openStore, type Store } from '../../electron/backend/db/connection';
import { BULK_LOAD_BYTES } from '../../electron/backend/import/bulk-indexes';
import { listBatches } from '../../electron/backend/db/import-repo';
import { runImport, type ImportRequest } from '../../electron/backend/import/run-import';
import type { Mapping } from '../../shared/import/fields';
import { freshStorePerTest } from './helpers';

/**
 * The import runs on two threads (a reading thread plans, this one writes):
 * what that must not change — cancelling half-way, a file that turns bad
 * half-way, the ids of created accounts, and the order of what lands.
 */
let dir: string;
let store: Store;
freshStorePerTest((fresh) => ({ dir, store } = fresh));

const MAPPING: Mapping = { kind: 'touchpoints', fields: { account: 'Account', occurred_at: 'Date', direction: 'Direction', notes: 'Notes' }, dateFormat: 'iso' };
const DAY = 86_400_000;
const START = Date.parse('2025-01-01T00:00:00Z');

/** A contact log of `rows` rows over `accounts` accounts, with an optional last line appended as it is and words added to every note. */
function writeLog(name: string, rows: number, accounts: number, tail = '', pad = ''): string {
  // The file's name in every note keeps rows of different files from being duplicates of each other.
  const lines = ['Account,Date,Direction,Notes'];
  for (let i = 0; i < rows; i++) lines.push(`Account ${i % accounts},${new Date(START + i * 60_000).toISOString()},${i % 2 ? 'Out' : 'In'},"${name} call ${i}, a good one${pad}"`);
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n${tail}`);
  return file;
}

const run = (file: string, extra: Partial<ImportRequest> = {}) =>
  runImport(store, { file, mapping: MAPPING, unknownAccounts: 'create', now: () => START + 400 * DAY, ...extra });

const all = (sql: string) => store.sqlite.prepare(sql).all();

function snapshot() {
  return { accounts: all('select * from accounts order by id'), touchpoints: all('select * from touchpoints order by id'), batches: all('select * from import_batches') };
}

describe('an import on two threads', () => {
  it('stops when cancelled half-way, leaves the store exactly as it was, and can be run again', async () => {
    await run(writeLog('first.csv', 10, 5));
    const before = snapshot();
    const file = writeLog('big.csv', 120_000, 2_000);
    const controller = new AbortController();
    let progressSeen = 0;
    await expect(
      run(file, {
        signal: controller.signal,
        onProgress: (progress) => {
          progressSeen = progress.rowsRead;
          if (progress.rowsRead > 0) controller.abort();
        },
      }),
    ).rejects.toThrow(/cancelled.*Nothing was changed/);
    expect(progressSeen).toBeGreaterThan(0);
    expect(progressSeen).toBeLessThan(120_000);
    expect(snapshot()).toEqual(before);
    const again = await run(file);
    expect(again).toMatchObject({ rowsRead: 120_000, added: 120_000, duplicates: 0, accountsCreated: 1_995 });
  });

  it('refuses a file that turns out broken after thousands of good rows, and changes nothing', async () => {
    const file = writeLog('broken.csv', 20_000, 100, 'Account 1,2026-01-01T00:00:00Z,Out,"this quote is never closed\n');
    const before = snapshot();
    await expect(run(file)).rejects.toThrow(/quote/i);
    expect(snapshot()).toEqual(before);
    expect(await listBatches(store.db)).toEqual([]);
  });

  it('gives created accounts ids after every id ever used, and stores rows in file order', async () => {
    await run(writeLog('first.csv', 6, 3));
    // The newest account is deleted: AUTOINCREMENT must not hand its id out again.
    const last = store.sqlite.prepare('select max(id) from accounts').pluck().get() as number;
    store.sqlite.prepare('delete from accounts where id = ?').run(last);
    const summary = await run(writeLog('more.csv', 30_000, 5_000));
    expect(summary.accountsCreated).toBe(5_000 - 2);
    const ids = store.sqlite.prepare('select id from accounts where batch_id = ? order by id').pluck().all(summary.batchId) as number[];
    expect(ids[0]).toBe(last + 1);
    expect(ids.at(-1)).toBe(last + ids.length);
    const names = store.sqlite.prepare('select name from accounts where id = ?').pluck();
    expect(names.get(last + 1)).toBe('Account 2');
    const notes = store.sqlite.prepare('select notes from touchpoints where batch_id = ? order by id').pluck().all(summary.batchId) as string[];
    expect(notes.length).toBe(30_000);
    expect(notes.slice(0, 2)).toEqual(['more.csv call 0, a good one', 'more.csv call 1, a good one']);
    expect(notes.at(-1)).toBe('more.csv call 29999, a good one');
  });

  it("leaves a bulk load's WAL to another thread, which close() waits for, and puts the connection back as it was", async () => {
    const file = writeLog('bulk.csv', 100_000, 1_000, '', ' — and the notes run on for a while, as real ones do, to make the file big enough to load in bulk');
    expect(statSync(file).size).toBeGreaterThanOrEqual(BULK_LOAD_BYTES);
    const summary = await run(file);
    expect(summary.added).toBe(100_000);
    expect(store.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('threads', { simple: true })).toBe(0);
    expect(store.sqlite.pragma('cache_size', { simple: true })).toBe(-16384);
    // Writing on goes on while the WAL is folded.
    store.sqlite.prepare("update accounts set tier = 'Key' where id = 1").run();
    const dbFile = store.file;
    await store.close();
    store = await openStore(dbFile);
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(store.sqlite.prepare('select count(*) from touchpoints').pluck().get()).toBe(100_000);
    expect(store.sqlite.prepare('select tier from accounts where id = 1').pluck().get()).toBe('Key');
    expect(store.sqlite.prepare("select count(*) from sqlite_master where name = 'touchpoints_scoring'").pluck().get()).toBe(1);
  });
});

describe('a background checkpoint', () => {
  it('folds the WAL into the database file and truncates it, while the store stays open', async () => {
    store.sqlite.pragma('wal_autocheckpoint = 0');
    store.sqlite.exec('create table filler (x text)');
    const insert = store.sqlite.prepare('insert into filler values (?)');
    store.sqlite.transaction(() => {
      for (let i = 0; i < 5_000; i++) insert.run(`row ${i} `.repeat(40));
    })();
    const wal = `${store.file}-wal`;
    expect(statSync(wal).size).toBeGreaterThan(1_000_000);
    await checkpointInBackground(store);
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    expect(store.sqlite.prepare('select count(*) from filler').pluck().get()).toBe(5_000);
  });
});
