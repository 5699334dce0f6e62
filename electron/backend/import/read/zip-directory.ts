import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ImportFileError, problems } from './errors';

/** An entry this much bigger than its compressed size is a bomb, not a sheet. */
const MAX_RATIO = 100;
/** …when it unpacks to at least this much (small parts compress very well legitimately). */
const BIG_ENTRY_BYTES = 10_000_000;
/** Real workbooks have tens of parts, a few thousand with many pictures. */
const MAX_ENTRIES = 100_000;

const ratio = (entry: Entry) => entry.uncompressedSize / Math.max(1, entry.compressedSize);

/**
 * A zip's central directory, checked before anything is unpacked: the sizes
 * it declares must stay within `maxUncompressedBytes` and no big part may
 * expand more than 100-fold. Parts are then read through yauzl, which stops
 * any part that unpacks to more than it declared, so a file whose headers lie
 * cannot get past the check either.
 */
export class ZipDirectory {
  readonly #zip: ZipFile;
  readonly #entries: Map<string, Entry>;

  private constructor(zip: ZipFile, entries: Map<string, Entry>) {
    this.#zip = zip;
    this.#entries = entries;
  }

  /** yauzl opens the file itself: it closes the descriptor it reads from when done. */
  static async open(file: string, maxUncompressedBytes: number): Promise<ZipDirectory> {
    let zip: ZipFile;
    try {
      zip = await yauzl.openPromise(file, { autoClose: false, lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
    } catch {
      throw problems.damagedWorkbook();
    }
    try {
      if (zip.entryCount > MAX_ENTRIES) throw problems.tooManyParts(zip.entryCount);
      const entries = new Map<string, Entry>();
      let total = 0;
      let suspicious: Entry | undefined;
      for await (const entry of zip.eachEntry()) {
        total += entry.uncompressedSize;
        if (entry.uncompressedSize >= BIG_ENTRY_BYTES && ratio(entry) > MAX_RATIO && (!suspicious || ratio(entry) > ratio(suspicious))) {
          suspicious = entry;
        }
        // Part names in a workbook are case-insensitive.
        entries.set(entry.fileName.toLowerCase(), entry);
      }
      if (total > maxUncompressedBytes) throw problems.tooBigUnpacked(total, maxUncompressedBytes);
      if (suspicious) throw problems.suspiciousRatio(suspicious.uncompressedSize, ratio(suspicious));
      return new ZipDirectory(zip, entries);
    } catch (error) {
      zip.close();
      throw error instanceof ImportFileError ? error : problems.damagedWorkbook();
    }
  }

  /** The entry at `path` (no leading slash), any case. */
  find(path: string): Entry | undefined {
    return this.#entries.get(path.replace(/^\/+/, '').toLowerCase());
  }

  has(path: string): boolean {
    return this.find(path) !== undefined;
  }

  /** The unpacked bytes of one part; the stream fails if the part unpacks to more than it declared. */
  async open(entry: Entry): Promise<Readable> {
    if (entry.isEncrypted() || !entry.canDecodeFileData()) throw problems.damagedWorkbook();
    try {
      return await this.#zip.openReadStreamPromise(entry);
    } catch {
      throw problems.damagedWorkbook();
    }
  }

  close(): void {
    this.#zip.close();
  }
}

/** What went wrong while unpacking, in the user's words. */
export function unpackingProblem(error: unknown): unknown {
  if (error instanceof ImportFileError || (error instanceof Error && error.name === 'AbortError')) return error;
  if (error instanceof Error && /too many bytes in the stream/.test(error.message)) return problems.sizesLie();
  return problems.damagedWorkbook();
}

/** What kind of zip this is when it is not a workbook, for the message. */
export function describeOtherZip(zip: ZipDirectory): { what: string; advice?: string } {
  if (zip.has('xl/workbook.bin')) {
    return { what: 'an Excel binary workbook (.xlsb)', advice: 'Open it in Excel and save it as .xlsx or CSV, then try again.' };
  }
  if (zip.has('word/document.xml')) return { what: 'a Word document' };
  if (zip.has('ppt/presentation.xml')) return { what: 'a PowerPoint presentation' };
  if (zip.has('content.xml') && zip.has('mimetype')) {
    return { what: 'an OpenDocument file (LibreOffice, OpenOffice)', advice: 'Save it as XLSX or CSV and try again.' };
  }
  if (zip.has('index/document.iwa')) return { what: 'a Numbers spreadsheet', advice: 'Export it from Numbers as XLSX or CSV and try again.' };
  return { what: 'a ZIP archive', advice: 'Unzip it and choose the CSV or XLSX file inside, or export the data again.' };
}
