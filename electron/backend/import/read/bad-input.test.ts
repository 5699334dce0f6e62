import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openTable, previewTable } from './open-table';
import { fixture, importError, scratchDir } from './test-support';
import type { ImportFileErrorCode } from './types';

const scratch = scratchDir();
afterAll(() => scratch.cleanup());

/** Each bad input fails the same way in openTable and previewTable, with a message for people. */
async function expectRefused(file: string, code: ImportFileErrorCode, message: RegExp) {
  for (const open of [openTable, previewTable]) {
    const error = await importError(open(file));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.name).toBe('ImportFileError');
  }
}

describe('bad inputs', () => {
  it('an empty file', async () => {
    await expectRefused(fixture('empty.csv'), 'empty', /^This file is empty\./);
  });

  it('a file of only a BOM, spaces and line breaks is empty too', async () => {
    await expectRefused(fixture('whitespace.csv'), 'empty', /empty/);
  });

  it('a file of blank rows (only delimiters) has no header', async () => {
    await expectRefused(fixture('blank-rows.csv'), 'no_header', /no row of column titles/);
  });

  it('a binary file renamed .csv', async () => {
    await expectRefused(
      fixture('binary.csv'),
      'binary',
      /^This file is not a spreadsheet or a text export \(it looks like a binary file\)\. Export it from your CRM as CSV or XLSX and try again\.$/,
    );
  });

  it('a PNG renamed .csv is named as an image', async () => {
    await expectRefused(fixture('png.csv'), 'binary', /^This file is a PNG image, not a spreadsheet or a text export\. Export it/);
  });

  it('a PDF, and an old .xls, are named for what they are', async () => {
    const pdf = join(scratch.dir, 'report.csv');
    writeFileSync(pdf, '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');
    await expectRefused(pdf, 'binary', /a PDF document/);
    const xls = join(scratch.dir, 'old.xlsx');
    writeFileSync(xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
    await expectRefused(xls, 'unreadable_xlsx', /old Excel file \(\.xls\) or a password-protected workbook/);
  });

  it('a damaged xlsx', async () => {
    await expectRefused(fixture('corrupt.xlsx'), 'unreadable_xlsx', /^This XLSX file is damaged/);
  });

  it('a zip that is not a workbook', async () => {
    await expectRefused(fixture('not-a-workbook.xlsx'), 'unreadable_xlsx', /^This file is a ZIP archive, not an Excel workbook\. Unzip it/);
  });

  it('a quote that is never closed, with its line', async () => {
    const error = await importError(openTable(fixture('unclosed-quote.csv')));
    expect(error).toMatchObject({ code: 'unclosed_quote', line: 3 });
    expect(error.message).toMatch(/line 3 is never closed/);
  });

  it('a file that is not there, a folder, an unknown encoding', async () => {
    await expectRefused(join(scratch.dir, 'missing.csv'), 'not_found', /can't find “missing\.csv”/);
    mkdirSync(join(scratch.dir, 'export.csv'));
    await expectRefused(join(scratch.dir, 'export.csv'), 'not_found', /is a folder/);
    const error = await importError(openTable(fixture('utf8.csv'), { encoding: 'latin-9' as never }));
    expect(error).toMatchObject({ code: 'encoding' });
  });

  it('UTF-16 text forced to an 8-bit encoding says so', async () => {
    const error = await importError(openTable(fixture('utf16le-bom.txt'), { encoding: 'windows-1252' }));
    expect(error.code).toBe('encoding');
    expect(error.message).toMatch(/UTF-16 text/);
  });

  it('a delimiter with a quote or line break in it is a programming error', async () => {
    await expect(openTable(fixture('utf8.csv'), { delimiter: '"' })).rejects.toThrow(RangeError);
    await expect(openTable(fixture('utf8.csv'), { delimiter: '' })).rejects.toThrow(RangeError);
  });
});
