/** Text encodings Tend can read a CSV or text export in. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** What Tend found out about a file while opening it. */
export interface TableInfo {
  format: 'csv' | 'xlsx';
  /** The encoding the text was read in; null for xlsx. */
  encoding: Encoding | null;
  /** The text started with a byte-order mark (which was skipped). */
  bom: boolean;
  /** ',', ';', '\t', '|' … null for xlsx. */
  delimiter: string | null;
  /** xlsx: the sheet read (the first visible sheet with a filled row, unless one was asked for). */
  sheet: string | null;
  /** xlsx: every worksheet's name, in tab order, so the import screen can offer a choice. */
  sheets?: string[];
  totalBytes: number;
}

/**
 * One record. `line` is the 1-based physical line where the record starts
 * (csv; a quoted cell that spans lines moves the next record down) or the
 * row number (xlsx), so messages can point at the place the user will look.
 */
export interface TableRow {
  line: number;
  cells: string[];
}

export interface TableReader {
  info: TableInfo;
  /** Trimmed; BOM stripped; empty header cells become "Column N". */
  header: string[];
  /**
   * Streams the data rows after the header, in batches of up to 1,000 rows (BATCH_ROWS).
   * Blank rows are skipped; ragged rows come through as they are in csv
   * (xlsx rows are padded with '' to the header's width, since a sheet simply
   * stores no trailing empty cells). Can be iterated once. The file is only
   * read as fast as the batches are consumed.
   */
  rows(): AsyncIterable<TableRow[]>;
  /** Bytes consumed so far, on the scale of `info.totalBytes` (xlsx: an estimate), for progress. */
  bytesRead(): number;
  /** Releases the file. Safe to call more than once; call it even when `rows()` was not read to the end. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Overrides detection; pass it only when the user chose an encoding. */
  encoding?: Encoding;
  /** Overrides detection; any string without a quote mark or line break. */
  delimiter?: string;
  /** xlsx: the sheet to read, by name. */
  sheet?: string;
  /** Largest single cell accepted, in UTF-8 bytes. Default 1 MiB. */
  maxFieldBytes?: number;
  /** xlsx: largest total unpacked size accepted. Default 500 MB. */
  maxUncompressedBytes?: number;
  signal?: AbortSignal;
}

export interface PreviewOptions extends OpenOptions {
  /** How many data rows to return. Default 20. */
  rows?: number;
}

export interface TablePreview {
  info: TableInfo;
  header: string[];
  rows: TableRow[];
}

export type ImportFileErrorCode =
  | 'empty'
  | 'binary'
  | 'unreadable_xlsx'
  | 'zip_bomb'
  | 'field_too_large'
  | 'no_header'
  | 'not_found'
  | 'encoding'
  | 'unclosed_quote';
