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

const SEP_LINE = /^sep=([^\r\n"])\r?\n/i;

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
  // Excel honours a first line "sep=;" naming the delimiter; some exporters write one for it.
  const sepLine = SEP_LINE.exec(sample);
  const delimiter = settings.delimiter ?? sepLine?.[1] ?? detectDelimiter(sample, newline, head.length === totalBytes);
  const records = new CsvRecords({ delimiter, newline, maxFieldBytes: settings.maxFieldBytes });
  const text = new TextChunks(handle, kind.bomLength, createDecoder(encoding), settings.signal);
  const rest = csvBatches(text, records, settings.signal);

  let first: TableRow[] = [];
  while (!first.length) {
    const next = await rest.next();
    if (next.done) throw records.onlyWhitespace ? problems.empty() : problems.noHeader();
    first = sepLine && next.value[0]?.line === 1 ? next.value.slice(1) : next.value;
  }

  return createTableReader({
    info: { format: 'csv', encoding, bom: kind.bomLength > 0, delimiter, sheet: null, totalBytes },
    header: toHeader(first[0]!.cells),
    first: first.slice(1),
    rest,
    bytesRead: () => text.bytesRead,
    release: () => handle.close(),
  });
}

async function* csvBatches(text: TextChunks, records: CsvRecords, signal: AbortSignal | undefined): AsyncGenerator<TableRow[], void, undefined> {
  let out: TableRow[] = [];
  for (let piece = await text.next(); piece !== null; piece = await text.next()) {
    records.push(piece, out);
    while (out.length >= BATCH_ROWS) {
      const batch = out;
      out = batch.splice(BATCH_ROWS);
      yield batch;
      signal?.throwIfAborted();
    }
  }
  records.end(out);
  if (out.length) yield out;
}
