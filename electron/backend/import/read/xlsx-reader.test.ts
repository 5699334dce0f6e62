import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeZip, type ZipPart } from '../../../../tests/fixtures/import/zip-writer';
import { openTable, previewTable } from './open-table';
import { fixture, importError, readAll, scratchDir } from './test-support';

const scratch = scratchDir();
afterAll(() => scratch.cleanup());

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The parts of a minimal workbook written by hand, with its one sheet at `sheetPath`. */
function workbookParts(sheetPath: string, sheetXml: string | Omit<ZipPart, 'name'>): ZipPart[] {
  return [
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet name="Export" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${RELS}/worksheet" Target="/${sheetPath}"/></Relationships>`,
    },
    typeof sheetXml === 'string' ? { name: sheetPath, data: sheetXml } : { name: sheetPath, ...sheetXml },
  ];
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const sheet = (rows: string) => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;

describe('xlsx', () => {
  it('reads a workbook from another tool: inline strings, a sheet not named sheetN.xml, an absolute target', async () => {
    const file = join(scratch.dir, 'handmade.xlsx');
    const rows = `<row r="1">${inline('A1', 'Name')}${inline('C1', 'Score')}</row><row r="2">${inline('A2', 'Zoë &amp; Co')}<c r="C2"><v>7.25</v></c></row>`;
    await writeZip(file, workbookParts('xl/worksheets/data.xml', sheet(rows)));
    const table = await openTable(file);
    expect(table.info).toMatchObject({ format: 'xlsx', sheet: 'Export', sheets: ['Export'] });
    expect(table.header).toEqual(['Name', 'Column 2', 'Score']);
    expect((await readAll(table)).rows).toEqual([{ line: 2, cells: ['Zoë & Co', '', '7.25'] }]);
  });

  it('keeps non-ASCII text whole across the chunks big shared strings are unpacked in', async () => {
    // No emoji here: exceljs's own writer cuts some astral characters at its chunk boundaries.
    const book = new ExcelJS.Workbook();
    const contacts = book.addWorksheet('Contacts');
    contacts.addRow(['Name', 'Note']);
    const names = Array.from({ length: 4000 }, (_, i) => `Zoë Ångström – Café € 東京 ${i}`);
    for (const name of names) contacts.addRow([name, `${name} ${'é'.repeat(i32(name))}`]);
    const file = join(scratch.dir, 'unicode.xlsx');
    await book.xlsx.writeFile(file);
    const { rows } = await readAll(await openTable(file));
    expect(rows.map((r) => r.cells[0])).toEqual(names);
    expect(rows.some((r) => r.cells.join('').includes('\uFFFD'))).toBe(false);
  });

  it('keeps emoji and other 4-byte characters whole across the chunks a big sheet is unpacked in', async () => {
    const names = Array.from({ length: 6000 }, (_, i) => `Zoë 🙂 東京 ${'𝄞'.repeat(i % 7)} ${i}`);
    const rows = names.map((name, i) => `<row r="${i + 2}">${inline(`A${i + 2}`, name)}</row>`).join('');
    const file = join(scratch.dir, 'emoji.xlsx');
    await writeZip(file, workbookParts('xl/worksheets/sheet1.xml', sheet(`<row r="1">${inline('A1', 'Name')}</row>${rows}`)));
    const read = (await readAll(await openTable(file))).rows;
    expect(read.map((r) => r.cells[0])).toEqual(names);
  });

  it('reads the sheet asked for, by name in any case, and lists the sheets', async () => {
    const preview = await previewTable(fixture('contacts.xlsx'), { sheet: ' accounts' });
    expect(preview.info).toMatchObject({ sheet: 'Accounts', sheets: ['Contacts', 'Accounts'] });
    expect(preview.header).toEqual(['Account', 'Tier']);
    expect(preview.rows).toEqual([{ line: 2, cells: ['Acme Corp', 'Strategic'] }]);
    const hidden = await previewTable(fixture('first-sheet-empty.xlsx'), { sheet: 'Lookups' });
    expect(hidden.header).toEqual(['Code', 'Meaning']);
  });

  it('names the sheets there are when the one asked for is missing, and says when it is empty', async () => {
    const missing = await importError(openTable(fixture('contacts.xlsx'), { sheet: 'Leads' }));
    expect(missing.code).toBe('not_found');
    expect(missing.message).toBe('This workbook has no sheet called “Leads”. Its sheets are: “Contacts”, “Accounts”.');
    const empty = await importError(openTable(fixture('first-sheet-empty.xlsx'), { sheet: 'Notes' }));
    expect(empty).toMatchObject({ code: 'no_header' });
    expect(empty.message).toMatch(/“Notes” is empty/);
  });

  it('says a workbook with only empty sheets is empty', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('One');
    book.addWorksheet('Two').addRow([null, '  ']);
    const file = join(scratch.dir, 'blank.xlsx');
    await book.xlsx.writeFile(file);
    expect(await importError(openTable(file))).toMatchObject({ code: 'empty' });
  });

  it('reports a sheet whose XML is broken as damaged', async () => {
    const file = join(scratch.dir, 'broken-sheet.xlsx');
    await writeZip(file, workbookParts('xl/worksheets/sheet1.xml', sheet(`<row r="1">${inline('A1', 'Name')}</row><row r="2"><c r="A2"><v>1</c>`)));
    const error = await importError(openTable(file).then(readAll));
    expect(error.code).toBe('unreadable_xlsx');
  });
});

describe('zip bombs', () => {
  let bomb: string;
  beforeAll(async () => {
    // 600 MB of zeros deflate to well under 1 MB.
    bomb = join(scratch.dir, 'bomb.xlsx');
    await writeZip(bomb, workbookParts('xl/worksheets/sheet1.xml', { zeros: 600_000_000 }));
  }, 60_000);

  it('refuses a workbook that unpacks to more than 500 MB before unpacking anything', async () => {
    const started = performance.now();
    for (const open of [openTable, previewTable]) {
      const error = await importError(open(bomb));
      expect(error.code).toBe('zip_bomb');
      expect(error.message).toMatch(/^This XLSX expands to more than 500 MB when unpacked \(600 MB\), so Tend won't open it: it may be damaged or malicious\./);
    }
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a smaller part that expands a thousand-fold', async () => {
    const file = join(scratch.dir, 'ratio.xlsx');
    await writeZip(file, workbookParts('xl/worksheets/sheet1.xml', { zeros: 60_000_000 }));
    const error = await importError(openTable(file));
    expect(error.code).toBe('zip_bomb');
    expect(error.message).toMatch(/^Part of this XLSX expands [\d,]+ times to 60 MB when unpacked/);
    expect(await openTable(file, { maxUncompressedBytes: 50_000_000 }).catch((e: unknown) => e)).toMatchObject({ code: 'zip_bomb' });
  });

  it('stops a part that unpacks to more than its header says', async () => {
    const file = join(scratch.dir, 'liar.xlsx');
    const rows = `<row r="1">${inline('A1', 'Name')}</row>` + `<row>${inline('A2', 'padding')}</row>`.repeat(50_000);
    await writeZip(file, workbookParts('xl/worksheets/sheet1.xml', { data: sheet(rows), declaredSize: 2000 }));
    const error = await importError(openTable(file).then(readAll));
    expect(error.code).toBe('zip_bomb');
    expect(error.message).toMatch(/holds more data than it says/);
  });
});

/** A deterministic length from a string, to vary cell sizes. */
function i32(text: string): number {
  let h = 0;
  for (const c of text) h = (h * 31 + c.codePointAt(0)!) | 0;
  return Math.abs(h) % 300;
}
