import * as fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/backend/db/connection';
import { runImport } from '../../electron/backend/import/run-import';
import type { Mapping } from '../../shared/import/fields';
import { tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const MAPPING: Mapping = {
  kind: 'touchpoints',
  fields: { account: 'Account', occurred_at: 'When', channel: 'Channel', direction: 'Direction', person: 'Contact', notes: 'Notes' },
  dateFormat: 'iso',
};

// Text as people write it in notes: words (with quotes, commas, non-ASCII, emoji) joined by spaces or line breaks.
const word = fc.constantFrom('renewal', 'Zoë', 'José', 'Søren', '"urgent"', 'a,b', 'naïve', 'Straße', '東京', '🙂', "it's", '50%', '=SUM(A1)', 'x');
const notes = fc.array(fc.tuple(word, fc.constantFrom(' ', '\n')), { minLength: 1, maxLength: 12 }).map((parts) => parts.map(([w, sep], i) => (i === 0 ? w : sep + w)).join(''));
const touchpoint = fc.record({
  account: fc.constantFrom('Northwind Logistics', 'Bluepeak Dental', 'Zürich Learning', 'São Bento S.A.', 'O\'Neill & Sons, Ltd'),
  // Whole seconds: the export writes ISO instants to the second.
  occurredAt: fc.integer({ min: Date.parse('2024-01-01T00:00:00Z') / 1000, max: Date.parse('2026-11-24T00:00:00Z') / 1000 }).map((s) => s * 1000),
  channel: fc.constantFrom('call', 'email', 'meeting', 'message', 'ticket'),
  direction: fc.constantFrom('inbound', 'outbound'),
  person: fc.option(fc.constantFrom('Zoë Adams', 'José Ruiz', 'Ann "Annie" Lee'), { nil: null }),
  notes,
});

type Comparable = { account: string; occurredAt: number; notes: string | null };
const key = (t: Comparable) => `${t.account}|${t.occurredAt}|${t.notes}`;
/** Rows in a fixed order: SQLite may return them in any. */
const sorted = <T extends Comparable>(list: T[]) => [...list].sort((a, b) => key(a).localeCompare(key(b)));

describe('contact logs written to CSV import back identical', () => {
  it('for random touchpoints with quotes, commas, line breaks and non-ASCII text', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(touchpoint, { minLength: 1, maxLength: 25, selector: (t) => `${t.account}|${t.occurredAt}|${t.notes}` }), async (touchpoints) => {
        const file = join(dir, `log-${run}.csv`);
        const store = await openStore(join(dir, `tend-${run++}.db`));
        try {
          writeFileSync(
            file,
            Papa.unparse({
              fields: ['Account', 'When', 'Channel', 'Direction', 'Contact', 'Notes'],
              data: touchpoints.map((t) => [t.account, new Date(t.occurredAt).toISOString(), t.channel, t.direction, t.person ?? '', t.notes]),
            }),
          );
          const summary = await runImport(store, { file, mapping: MAPPING, unknownAccounts: 'create' });
          expect(summary).toMatchObject({ added: touchpoints.length, rejected: 0, duplicates: 0 });
          const stored = store.sqlite
            .prepare('select a.name as account, t.occurred_at as occurredAt, t.channel, t.direction, t.person, t.notes from touchpoints t join accounts a on a.id = t.account_id')
            .all();
          expect(sorted(stored as typeof touchpoints)).toEqual(sorted(touchpoints));
        } finally {
          await store.close();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
