import type { FileHandle } from 'node:fs/promises';
import { CsvRecords } from './csv-records';
import { detectDelimiter, detectNewline } from './delimiter';
import { createDecoder, isUtf8File } from './encoding';
import { problems } from './errors';
import { BATCH_ROWS, toHeader } from './header';
import type { ReadSettings } from './settings';
import type { FileKind } from './sniff';
import { createTableReader } from './table-reader';
import { TextChunks } from './text-chunks';
import type { TableReader, TableRow } from './types';

/**
 * Opens a text export: settles the encoding, line break and delimiter from
 * the start of the file, reads up to the header and hands back a reader
 * positioned on the first data row. Takes over `handle` (closes it with the
 * reader, or on failure).
 */
export async function openCsv(
  handle: FileHandle,
  totalBytes: number,
  head: Buffer,
  kind: Extract<FileKind, { kind: 'text' }>,
  settings: ReadSettings,
): Promise<TableReader> {
  let encoding = kind.encoding;
  if (kind.checkRestIsUtf8 && !(await isUtf8File(handle, 0, settings.utf8CheckBytes, settings.signal))) encoding = 'windows-1252';

  const sample = createDecoder(encoding).decode(head.subarray(kind.bomLength));
  const newline = detectNewline(sample);
  const delimiter = settings.delimiter ?? detectDelimiter(sample, newline, head.length === totalBytes);
  const records = new CsvRecords({ delimiter, newline, maxFieldBytes: settings.maxFieldBytes });
  const text = new TextChunks(handle, kind.bomLength, createDecoder(encoding), settings.signal);
  const rest = csvBatches(text, records);

  let first: TableRow[] | undefined;
  for (;;) {
    const next = await rest.next();
    if (next.done) break;
    if (next.value.length) {
      first = next.value;
      break;
    }
  }
  if (!first) throw records.onlyWhitespace ? problems.empty() : problems.noHeader();

  return createTableReader({
    info: { format: 'csv', encoding, bom: kind.bomLength > 0, delimiter, sheet: null, totalBytes },
    header: toHeader(first[0]!.cells),
    first: first.slice(1),
    rest,
    bytesRead: () => text.bytesRead,
    release: () => handle.close(),
  });
}

async function* csvBatches(text: TextChunks, records: CsvRecords): AsyncGenerator<TableRow[], void, undefined> {
  let out: TableRow[] = [];
  for (let pieces = await text.next(); pieces; pieces = await text.next()) {
    for (const piece of pieces) records.push(piece, out);
    while (out.length >= BATCH_ROWS) {
      const batch = out;
      out = batch.splice(BATCH_ROWS);
      yield batch;
    }
  }
  records.end(out);
  if (out.length) yield out;
}
