import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Mapping } from '../../../shared/import/fields';
import { openStore, type Store } from '../db/connection';
import { insertBatch, prepareImportStatements } from '../db/import-repo';
import { AccountIndex } from './account-index';
import { FingerprintSet } from './fingerprint-set';
import { emptyPlannedBatch } from './planned-batch';
import { TouchpointPlanner } from './touchpoint-planner';
import { TouchpointWriter } from './touchpoint-writer';

const MAPPING: Mapping = { kind: 'touchpoints', fields: { account: 'Account', occurred_at: 'Date', subject: 'Subject', notes: 'Notes', sentiment: 'Mood' }, dateFormat: 'iso' };
const HEADER = ['Account', 'Date', 'Subject', 'Notes', 'Mood'];
const ROWS = [
  ['Acme', '2026-01-05T10:00:00Z', 'Renewal', 'They are happy with the roll-out', ''],
  ['Acme', '2026-01-06T10:00:00Z', 'Outage', 'Angry about the outage, threatened to cancel', ''],
  ['Globex', '2026-01-07T10:00:00Z', 'Great call', '', ''],
  ['Globex', '2026-01-08T10:00:00Z', 'Invoice', 'Sent the invoice', ''],
  ['Initech', '2026-01-09T10:00:00Z', 'Check-in', 'Terrible week for them', '0.8'],
  ['Initech', '2026-01-09T10:00:00Z', 'Check-in', 'Terrible week for them', '0.8'],
].map((cells, i) => ({ line: i + 2, cells }));

const stores: Array<{ store: Store; dir: string }> = [];
afterEach(async () => {
  for (const { store, dir } of stores.splice(0)) {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Plans the rows batch by batch, with sentiment inferred on the planning side or not, writes them, and returns what was stored. */
async function planAndWrite(inferWhilePlanning: boolean, batches: Array<typeof ROWS> = [ROWS]) {
  const dir = mkdtempSync(join(tmpdir(), 'tend-planner-'));
  const store = await openStore(join(dir, 'tend.db'));
  stores.push({ store, dir });
  store.sqlite.exec('begin');
  const batchId = insertBatch(store, { kind: 'touchpoints', fileName: 'x.csv', fileHash: '', fileBytes: 1, startedAt: 0, mapping: MAPPING });
  const planner = new TouchpointPlanner({ mapping: MAPPING, header: HEADER, accounts: new AccountIndex(), unknownAccounts: 'create', nextAccountId: 1 });
  const writer = new TouchpointWriter({ statements: prepareImportStatements(store, { id: batchId, createdAt: 0 }), batchId, fingerprints: new FingerprintSet() });
  for (const rows of batches) {
    const batch = emptyPlannedBatch(rows.length);
    planner.plan(rows, batch, inferWhilePlanning);
    expect(batch.sentimentInferred).toBe(inferWhilePlanning);
    writer.write(batch);
  }
  store.sqlite.exec('commit');
  return { counts: writer.counts, rows: store.sqlite.prepare('select notes, subject, sentiment, sentiment_source from touchpoints order by id').all() };
}

/** `count` touchpoints numbered from `from`, every fifth one repeating the row before it. */
function numberedRows(from: number, count: number): typeof ROWS {
  return Array.from({ length: count }, (_, i) => {
    const n = i % 5 === 4 ? from + i - 1 : from + i;
    return { line: from + i + 2, cells: [`Account ${n % 7}`, new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(), `Touch ${n}`, `Note ${n}`, '0.5'] };
  });
}

describe('sentiment inferred on either thread', () => {
  it('stores the same sentiment, given or inferred, whichever thread inferred it', async () => {
    const planned = await planAndWrite(true);
    const deferred = await planAndWrite(false);
    expect(deferred).toEqual(planned);
    expect(planned.counts).toMatchObject({ added: 5, duplicates: 1 });
    expect(planned.rows.map((row) => (row as { sentiment_source: string | null }).sentiment_source)).toEqual(['inferred', 'inferred', 'inferred', null, 'given']);
  });
});

describe('touchpoints written several to a statement', () => {
  it('stores every kept row once, in file order, across full groups, a batch\'s last few and the next batch', async () => {
    // 150 rows in batches of 100 and 50, 30 of them repeats: more than one multi-row insert per batch, with rows left over.
    const written = await planAndWrite(false, [numberedRows(0, 100), numberedRows(100, 50)]);
    const kept = Array.from({ length: 150 }, (_, n) => n).filter((n) => n % 5 !== 4);
    expect(written.counts).toMatchObject({ added: 120, duplicates: 30 });
    expect(written.rows.map((row) => (row as { subject: string }).subject)).toEqual(kept.map((n) => `Touch ${n}`));
    expect(written.rows.every((row) => (row as { notes: string; subject: string }).notes === (row as { subject: string }).subject.replace('Touch', 'Note'))).toBe(true);
  });
});
