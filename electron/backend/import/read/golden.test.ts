import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openTable, previewTable } from './open-table';
import { fixture, FIXTURES, readAll } from './test-support';
import type { TablePreview } from './types';

/** Every golden file in tests/fixtures/import reads as its .expected.json says. */
const goldens = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => name.slice(0, -'.expected.json'.length));

describe('golden files', () => {
  it('are all there', () => {
    expect(goldens.sort()).toEqual(
      [
        'contacts.xlsx',
        'crlf.csv',
        'first-sheet-empty.xlsx',
        'header-only.csv',
        'pipe.txt',
        'quoted.csv',
        'ragged.csv',
        'semicolon.csv',
        'utf16be-bom.csv',
        'utf16le-bom.txt',
        'utf8-bom.csv',
        'utf8.csv',
        'windows-1252.csv',
      ].sort(),
    );
  });

  for (const name of goldens) {
    const expected = JSON.parse(readFileSync(fixture(`${name}.expected.json`), 'utf8')) as TablePreview;

    it(`${name}: openTable gives the expected info, header and rows`, async () => {
      const table = await openTable(fixture(name));
      expect(table.info).toEqual(expected.info);
      expect(table.header).toEqual(expected.header);
      const { rows } = await readAll(table);
      expect(rows).toEqual(expected.rows);
      expect(table.bytesRead()).toBe(expected.info.totalBytes);
    });

    it(`${name}: previewTable gives the same, cut to the rows asked for`, async () => {
      const preview = await previewTable(fixture(name), { rows: 2 });
      expect(preview).toEqual({ ...expected, rows: expected.rows.slice(0, 2) });
    });
  }
});
