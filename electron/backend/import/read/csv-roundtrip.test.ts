import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openTable } from './open-table';
import { expectedRecords, readAll, scratchDir, toCsv } from './test-support';

const scratch = scratchDir();
afterAll(() => scratch.cleanup());

/**
 * Any text a cell can hold: arbitrary Unicode (astral characters too) mixed
 * with the characters CSV gives meaning to. NUL is left out: a file with NUL
 * bytes is refused as binary, by design.
 */
const cellText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('"', ',', ';', '\t', '|', '\n', '\r\n', '\r', ' ', '""', 'é', '€', '🙂')), {
    maxLength: 6,
  })
  .map((parts) => parts.join('').replaceAll('\0', ''));

/** FC_RUNS=5000 for a longer search. */
const RUNS = Number(process.env.FC_RUNS ?? 300);

let fileNumber = 0;
async function roundTrip(rows: string[][], delimiter: string | undefined, newline: string) {
  const file = join(scratch.dir, `round-${fileNumber++}.csv`);
  writeFileSync(file, toCsv(rows, delimiter ?? ',', newline));
  const table = await openTable(file, delimiter === undefined ? {} : { delimiter });
  expect(table.header).toEqual(rows[0]);
  expect((await readAll(table)).rows).toEqual(expectedRecords(rows));
}

describe('CSV written with proper quoting reads back identical', () => {
  it('any cells, ragged rows, each delimiter and line break given', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cellText, { minLength: 1, maxLength: 5 }), { maxLength: 25 }),
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom('\n', '\r\n'),
        async (body, delimiter, newline) => roundTrip([['id', 'name', 'notes'], ...body], delimiter, newline),
      ),
      { numRuns: RUNS },
    );
  });

  it('any cells in rows of equal width, with the delimiter and line break detected', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 5 }).chain((width) =>
          fc.array(fc.array(cellText, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 25 }).map((body) => ({ width, body })),
        ),
        fc.constantFrom('\n', '\r\n'),
        async ({ width, body }, newline) => roundTrip([Array.from({ length: width }, (_, i) => `column ${i + 1}`), ...body], undefined, newline),
      ),
      { numRuns: RUNS },
    );
  });
});
