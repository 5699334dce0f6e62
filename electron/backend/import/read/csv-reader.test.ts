import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvRecords } from './csv-records';
import { BATCH_ROWS } from './header';
import { openTable, previewTable } from './open-table';
import { expectedRecords, fixture, importError, readAll, scratchDir, seeded, toCsv } from './test-support';
import type { Encoding, TableRow } from './types';

const scratch = scratchDir();
afterAll(() => scratch.cleanup());

const PIECES = ['Acme', 'Zoë', '東京', '🙂', ' ', ',', '"', '""', '\n', '\r\n', ';', 'x'.repeat(40), 'Müller', '€'];
const WESTERN = ['Acme', 'Zoë', ' ', ',', '"', '\n', '\r\n', 'x'.repeat(40), 'Müller', '€', '“', '™'];

/** Several MB of rows whose quoted cells, line breaks and multi-byte characters fall across every read and decode boundary. */
function bigTable(rowCount: number, pieces: string[], seed = 1): string[][] {
  const random = seeded(seed);
  const rows: string[][] = [['id', 'name', 'notes', 'value']];
  for (let i = 0; i < rowCount; i++) {
    const cell = () => Array.from({ length: Math.floor(random() * 6) }, () => pieces[Math.floor(random() * pieces.length)]!).join('');
    rows.push([String(i + 1), cell(), cell(), cell()]);
  }
  return rows;
}

function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (encoding === 'windows-1252') {
    const high: Record<string, number> = { '€': 0x80, '“': 0x93, '™': 0x99 };
    return Buffer.from([...text].map((c) => high[c] ?? c.charCodeAt(0)));
  }
  return Buffer.from(text, 'utf8');
}

describe('reading a large file in pieces', () => {
  const cases: [Encoding, string, string[]][] = [
    ['utf-8', '\n', PIECES],
    ['utf-8', '\r\n', PIECES],
    ['utf-16le', '\r\n', PIECES],
    ['windows-1252', '\n', WESTERN],
  ];
  for (const [encoding, newline, pieces] of cases) {
    it(`${encoding}, ${JSON.stringify(newline)}: every cell and line number survives chunk boundaries`, async () => {
      const rows = bigTable(50_000, pieces);
      const file = join(scratch.dir, `big-${encoding}-${newline.length}.csv`);
      const bytes = encode(toCsv(rows, ',', newline), encoding);
      writeFileSync(file, bytes);
      expect(bytes.length).toBeGreaterThan(2 * (1 << 20));

      const table = await openTable(file);
      expect(table.info).toMatchObject({ encoding, delimiter: ',', bom: encoding === 'utf-16le', totalBytes: bytes.length });
      expect(table.header).toEqual(['id', 'name', 'notes', 'value']);
      const { rows: read, batches } = await readAll(table);
      expect(read).toEqual(expectedRecords(rows));
      expect(Math.max(...batches)).toBeLessThanOrEqual(BATCH_ROWS);
      expect(table.bytesRead()).toBe(bytes.length);
    });
  }

  it('reads only as far as the batches are taken (backpressure)', async () => {
    const file = join(scratch.dir, 'backpressure.csv');
    writeFileSync(file, toCsv(bigTable(60_000, ['plain text ', 'more']), ',', '\n'));
    const table = await openTable(file);
    const iterator = table.rows()[Symbol.asyncIterator]();
    await iterator.next();
    await iterator.next();
    expect(table.bytesRead()).toBeLessThan(table.info.totalBytes / 2);
    await table.close();
  });
});

describe('encodings', () => {
  it('settles on Windows-1252 when the first non-ASCII byte comes long after the start', async () => {
    const ascii = toCsv(bigTable(3000, ['plain', ' ', 'text']));
    const file = join(scratch.dir, 'late-1252.csv');
    writeFileSync(file, Buffer.concat([Buffer.from(ascii), encode('9999,Café,€ 5,Müller\n', 'windows-1252')]));
    expect(ascii.length).toBeGreaterThan(64 * 1024);
    const table = await openTable(file);
    expect(table.info.encoding).toBe('windows-1252');
    const { rows } = await readAll(table);
    expect(rows.at(-1)!.cells).toEqual(['9999', 'Café', '€ 5', 'Müller']);
    expect((await previewTable(file)).info.encoding).toBe('windows-1252');
  });

  it('recognises UTF-16 without a byte-order mark', async () => {
    const text = 'Account\tOwner\r\nAcme\tZoë\r\n';
    const le = join(scratch.dir, 'le.txt');
    const be = join(scratch.dir, 'be.txt');
    writeFileSync(le, Buffer.from(text, 'utf16le'));
    writeFileSync(be, Buffer.from(text, 'utf16le').swap16());
    for (const [file, encoding] of [[le, 'utf-16le'], [be, 'utf-16be']] as const) {
      const preview = await previewTable(file);
      expect(preview.info).toMatchObject({ encoding, bom: false, delimiter: '\t' });
      expect(preview.rows).toEqual([{ line: 2, cells: ['Acme', 'Zoë'] }]);
    }
  });

  it('takes the encoding and delimiter it is told', async () => {
    const forced = await previewTable(fixture('utf8.csv'), { encoding: 'windows-1252' });
    expect(forced.info.encoding).toBe('windows-1252');
    expect(forced.rows[2]!.cells[0]).toBe('CafÃ© MÃ¼ller');
    const oneColumn = await previewTable(fixture('utf8.csv'), { delimiter: ';' });
    expect(oneColumn.header).toEqual(['Account,Contact,Email,Last contact,Value']);
    const bomSkipped = await previewTable(fixture('utf8-bom.csv'), { encoding: 'utf-8' });
    expect(bomSkipped.info.bom).toBe(true);
    expect(bomSkipped.header[0]).toBe('Account');
  });
});

describe('records and lines', () => {
  it('skips blank lines before the header and counts them', async () => {
    const file = join(scratch.dir, 'leading.csv');
    writeFileSync(file, '\n \n,,\nName,Email\nAna,ana@example.com');
    const preview = await previewTable(file);
    expect(preview.header).toEqual(['Name', 'Email']);
    expect(preview.rows).toEqual([{ line: 5, cells: ['Ana', 'ana@example.com'] }]);
  });

  it('reads old Mac files, whose lines end with CR alone', async () => {
    const file = join(scratch.dir, 'mac.csv');
    writeFileSync(file, 'Name,Notes\rAna,"two\rlines"\rSam,x\r');
    const preview = await previewTable(file);
    expect(preview.rows).toEqual([
      { line: 2, cells: ['Ana', 'two\rlines'] },
      { line: 4, cells: ['Sam', 'x'] },
    ]);
  });

  it('follows a "sep=" first line, as Excel does', async () => {
    const file = join(scratch.dir, 'sep.csv');
    writeFileSync(file, 'sep=;\r\nName;Amount\r\nAna;1,5\r\n');
    const preview = await previewTable(file);
    expect(preview.info.delimiter).toBe(';');
    expect(preview.header).toEqual(['Name', 'Amount']);
    expect(preview.rows).toEqual([{ line: 3, cells: ['Ana', '1,5'] }]);
  });

  it('a header without a line break is a header-only file', async () => {
    const file = join(scratch.dir, 'header.csv');
    writeFileSync(file, 'Name;Email');
    const table = await openTable(file);
    expect(table.header).toEqual(['Name', 'Email']);
    expect((await readAll(table)).rows).toEqual([]);
  });
});

describe('a very large cell', () => {
  const big = 'x'.repeat(20 * 1024 * 1024);

  it('is refused with its line, whether or not its quote is closed', async () => {
    for (const [name, text] of [
      ['closed.csv', `id,notes\n1,ok\n2,"${big}"\n3,after\n`],
      ['open.csv', `id,notes\n1,ok\n2,"${big}\n3,after\n`],
      ['bare.csv', `id,notes\n1,ok\n2,${big}\n3,after\n`],
    ]) {
      const file = join(scratch.dir, name!);
      writeFileSync(file, text!);
      const error = await importError(openTable(file));
      expect(error).toMatchObject({ code: 'field_too_large', line: 3 });
      expect(error.message).toMatch(/starts on line 3 is larger than 1 MB/);
    }
  });

  it('is noticed within about 2 MB, not after reading all of it', () => {
    const records = new CsvRecords({ delimiter: ',', newline: '\n', maxFieldBytes: 1024 * 1024 });
    const out: TableRow[] = [];
    records.push('id,notes\n1,"', out);
    let fed = 0;
    const piece = 'y'.repeat(64 * 1024);
    expect(() => {
      for (; fed < big.length; fed += piece.length) records.push(piece, out);
    }).toThrow(/larger than 1 MB/);
    expect(fed).toBeLessThan(2 * 1024 * 1024);
  });

  it('is read when the limit allows it', async () => {
    const file = join(scratch.dir, 'allowed.csv');
    writeFileSync(file, `id,notes\n1,"${big}"\n2,after\n`);
    const table = await openTable(file, { maxFieldBytes: 32 * 1024 * 1024 });
    const { rows } = await readAll(table);
    expect(rows.map((r) => [r.line, r.cells[1]!.length])).toEqual([
      [2, big.length],
      [3, 5],
    ]);
  });
});

describe('the reader', () => {
  it('yields its rows once, closes twice without complaint, and lets go of the file', async () => {
    const table = await openTable(fixture('utf8.csv'));
    expect((await readAll(table)).rows).toHaveLength(3);
    await expect(readAll(table)).rejects.toThrow(/can be read once/);
    await table.close();
    await table.close();
  });

  it('refuses to read rows after close', async () => {
    const table = await openTable(fixture('utf8.csv'));
    await table.close();
    await expect(readAll(table)).rejects.toThrow(/closed/);
  });

  it('stops with the abort signal', async () => {
    const file = join(scratch.dir, 'abort.csv');
    writeFileSync(file, toCsv(bigTable(40_000, ['text', ' '])));
    const controller = new AbortController();
    const table = await openTable(file, { signal: controller.signal });
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const batch of table.rows()) {
          seen.push(batch.length);
          controller.abort();
        }
      })(),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen.length).toBeLessThan(5);
    await expect(openTable(file, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
