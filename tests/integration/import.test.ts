import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Mapping } from '../../shared/import/fields';
import type { Store } from '../../electron/backend/db/connection';
import { listBatches, undoBatch, batchRejects } from '../../electron/backend/db/import-repo';
import { runImport } from '../../electron/backend/import/run-import';
import { freshStorePerTest } from './helpers';

let dir: string;
let store: Store;
freshStorePerTest((fresh) => ({ dir, store } = fresh));

const LOG_MAPPING: Mapping = {
  kind: 'touchpoints',
  fields: { account: 'Account', owner: 'Owner', occurred_at: 'Date', channel: 'Channel', direction: 'Direction', notes: 'Notes' },
  dateFormat: 'iso',
};

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

function writeLog(name: string, rows: string[][]): string {
  const file = join(dir, name);
  writeFileSync(file, [['Account', 'Owner', 'Date', 'Channel', 'Direction', 'Notes'], ...rows].map((r) => r.map(quote).join(',')).join('\r\n'));
  return file;
}

function writeAccounts(name: string, rows: string[][]): string {
  const file = join(dir, name);
  writeFileSync(file, [['Account ID', 'Name', 'Owner', 'Tier', 'ARR', 'Status'], ...rows].map((r) => r.join(',')).join('\n'));
  return file;
}

const LOG_ROWS = [
  ['Northwind Logistics', 'Maya Patel', '2026-10-01T09:00:00Z', 'Phone', 'Outgoing', 'Quarterly check-in, all good'],
  ['Northwind Logistics', 'Maya Patel', '2026-10-20T14:30:00Z', 'E-mail', 'Incoming', 'Asked about "the invoice", again'],
  ['Bluepeak Dental', 'Tom Reilly', '2026-11-02T10:00:00Z', 'Meeting', 'Out', 'Annoyed about the outage,\nthreatened to cancel'],
];

/** Everything an import can touch, as plain rows, to compare before and after. */
function snapshot(s: Store) {
  const all = (sql: string) => s.sqlite.prepare(sql).all();
  return {
    accounts: all('select * from accounts order by id'),
    touchpoints: all('select * from touchpoints order by id'),
    reviews: all('select * from review_state order by account_id'),
  };
}

const runLog = (file: string, extra: Partial<Parameters<typeof runImport>[1]> = {}) =>
  runImport(store, { file, mapping: LOG_MAPPING, unknownAccounts: 'create', now: () => Date.parse('2026-11-24T08:00:00Z'), ...extra });

describe('importing a contact log', () => {
  it('adds touchpoints, creates unknown accounts with their owners, and infers sentiment from notes', async () => {
    const summary = await runLog(writeLog('log.csv', LOG_ROWS));
    expect(summary).toMatchObject({ rowsRead: 3, added: 3, duplicates: 0, rejected: 0, accountsCreated: 2 });
    const accounts = store.sqlite.prepare('select name, owner, created_on from accounts order by name').all();
    expect(accounts).toEqual([
      { name: 'Bluepeak Dental', owner: 'Tom Reilly', created_on: '2026-11-02' },
      { name: 'Northwind Logistics', owner: 'Maya Patel', created_on: '2026-10-01' },
    ]);
    const touchpoints = store.sqlite.prepare('select channel, direction, notes, sentiment_source, sentiment from touchpoints order by occurred_at').all() as Array<Record<string, unknown>>;
    expect(touchpoints.map((t) => [t.channel, t.direction])).toEqual([
      ['call', 'outbound'],
      ['email', 'inbound'],
      ['meeting', 'outbound'],
    ]);
    expect(touchpoints[2]).toMatchObject({ notes: 'Annoyed about the outage,\nthreatened to cancel', sentiment_source: 'inferred' });
    expect(touchpoints[2]!.sentiment as number).toBeLessThan(0);
  });

  it('adds nothing when the same file, or an overlapping export, comes again', async () => {
    await runLog(writeLog('log.csv', LOG_ROWS));
    const before = snapshot(store);
    const again = await runLog(writeLog('log-again.csv', LOG_ROWS));
    expect(again).toMatchObject({ added: 0, duplicates: 3, accountsCreated: 0 });
    expect(snapshot(store).touchpoints).toEqual(before.touchpoints);
    const overlap = await runLog(writeLog('overlap.csv', [...LOG_ROWS.slice(1), ['Bluepeak Dental', 'Tom Reilly', '2026-11-20T10:00:00Z', 'Phone', 'Out', 'Follow-up']]));
    expect(overlap).toMatchObject({ added: 1, duplicates: 2 });
  });

  it('undo restores exactly the state before the batch', async () => {
    await runLog(writeLog('first.csv', LOG_ROWS.slice(0, 1)));
    const before = snapshot(store);
    const second = await runLog(writeLog('second.csv', LOG_ROWS));
    expect(second.added).toBe(2);
    const undone = undoBatch(store, second.batchId!, Date.now());
    expect(undone).toMatchObject({ touchpointsRemoved: 2, accountsRemoved: 1 });
    expect(snapshot(store)).toEqual(before);
    expect((await listBatches(store.db)).map((b) => b.status)).toEqual(['undone', 'complete']);
    expect(() => undoBatch(store, second.batchId!, Date.now())).toThrow(/already been undone/);
    // Undone rows are new again: importing the file once more adds them back.
    expect((await runLog(writeLog('second-again.csv', LOG_ROWS))).added).toBe(2);
  });

  it('a dry run reports what would happen and keeps nothing', async () => {
    const before = snapshot(store);
    const summary = await runLog(writeLog('log.csv', LOG_ROWS), { dryRun: true });
    expect(summary).toMatchObject({ added: 3, batchId: null, dryRun: true });
    expect(snapshot(store)).toEqual(before);
    expect(await listBatches(store.db)).toEqual([]);
  });

  it('rejects rows it cannot read, with line numbers and reasons, and keeps them with the batch', async () => {
    const file = writeLog('bad-rows.csv', [
      ['Northwind Logistics', 'Maya Patel', '2026-10-01T09:00:00Z', 'Phone', 'Outgoing', 'Fine'],
      ['Northwind Logistics', 'Maya Patel', 'last Tuesday', 'Phone', 'Outgoing', 'Bad date'],
      ['', 'Maya Patel', '2026-10-03T09:00:00Z', 'Phone', 'Outgoing', 'No account'],
    ]);
    const summary = await runLog(file);
    expect(summary).toMatchObject({ added: 1, rejected: 2 });
    expect(summary.rejects.map((r) => r.line)).toEqual([3, 4]);
    for (const reject of summary.rejects) expect(reject.reason).toMatch(/\w{3,}/);
    expect((await batchRejects(store.db, summary.batchId!)).map((r) => r.cells[5])).toEqual(['Bad date', 'No account']);
  });

  it('rejects rows for unknown accounts when asked to', async () => {
    const summary = await runLog(writeLog('log.csv', LOG_ROWS), { unknownAccounts: 'reject' });
    expect(summary).toMatchObject({ added: 0, rejected: 3, accountsCreated: 0 });
    expect(summary.rejects[0]!.reason).toMatch(/no account "Northwind Logistics"/);
  });

  it('leaves the database exactly as it was when cancelled', async () => {
    await runLog(writeLog('first.csv', LOG_ROWS.slice(0, 1)));
    const before = snapshot(store);
    const controller = new AbortController();
    controller.abort();
    await expect(runLog(writeLog('log.csv', LOG_ROWS), { signal: controller.signal })).rejects.toThrow(/cancelled|abort/i);
    expect(snapshot(store)).toEqual(before);
    expect((await listBatches(store.db)).length).toBe(1);
  });

  it.each([
    ['an empty file', ''],
    ['a binary file renamed .csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0])],
  ])('refuses %s with a clear message and changes nothing', async (_what, content) => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, content);
    const before = snapshot(store);
    await expect(runLog(file)).rejects.toThrow(/\w+ \w+ \w+/);
    expect(snapshot(store)).toEqual(before);
    expect(await listBatches(store.db)).toEqual([]);
  });
});

describe('importing an account list', () => {
  const ACCOUNT_MAPPING: Mapping = {
    kind: 'accounts',
    fields: { account: 'Account ID', account_name: 'Name', owner: 'Owner', tier: 'Tier', value: 'ARR', status: 'Status' },
    dateFormat: 'iso',
  };

  it('creates new accounts, updates known ones, and undo puts the old values back', async () => {
    const first = await runImport(store, { file: writeAccounts('a.csv', [['ACC-1', 'Northwind', 'Maya Patel', 'Strategic', '120000', 'Active']]), mapping: ACCOUNT_MAPPING, unknownAccounts: 'create' });
    expect(first).toMatchObject({ added: 1, accountsCreated: 1 });
    const before = snapshot(store);
    const second = await runImport(store, {
      file: writeAccounts('b.csv', [
        ['ACC-1', 'Northwind', 'Jonas Berg', 'Strategic', '150000', 'Active'],
        ['ACC-2', 'Bluepeak', 'Tom Reilly', 'SMB', '4000', 'Churned'],
      ]),
      mapping: ACCOUNT_MAPPING,
      unknownAccounts: 'create',
    });
    expect(second).toMatchObject({ accountsCreated: 1, accountsUpdated: 1 });
    expect(store.sqlite.prepare("select owner, value from accounts where external_id = 'ACC-1'").get()).toEqual({ owner: 'Jonas Berg', value: 150000 });
    expect(store.sqlite.prepare("select tier, status from accounts where external_id = 'ACC-2'").get()).toEqual({ tier: 'Long tail', status: 'churned' });
    undoBatch(store, second.batchId!, Date.now());
    expect(snapshot(store)).toEqual(before);
  });
});
