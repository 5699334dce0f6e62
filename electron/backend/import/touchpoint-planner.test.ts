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

/** Plans ROWS with sentiment inferred on the planning side or not, writes them, and returns what was stored. */
async function planAndWrite(inferWhilePlanning: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'tend-planner-'));
  const store = await openStore(join(dir, 'tend.db'));
  stores.push({ store, dir });
  store.sqlite.exec('begin');
  const batchId = insertBatch(store, { kind: 'touchpoints', fileName: 'x.csv', fileHash: '', fileBytes: 1, startedAt: 0, mapping: MAPPING });
  const planner = new TouchpointPlanner({ mapping: MAPPING, header: HEADER, accounts: new AccountIndex(), unknownAccounts: 'create', nextAccountId: 1 });
  const batch = emptyPlannedBatch(ROWS.length);
  planner.plan(ROWS, batch, inferWhilePlanning);
  expect(batch.sentimentInferred).toBe(inferWhilePlanning);
  const writer = new TouchpointWriter({ statements: prepareImportStatements(store, { id: batchId, createdAt: 0 }), batchId, fingerprints: new FingerprintSet() });
  writer.write(batch);
  store.sqlite.exec('commit');
  return { counts: writer.counts, rows: store.sqlite.prepare('select notes, subject, sentiment, sentiment_source from touchpoints order by id').all() };
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
