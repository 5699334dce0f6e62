import Papa from 'papaparse';
import type { Newline } from './delimiter';
import { problems } from './errors';
import { isBlankRow } from './header';
import type { TableRow } from './types';

interface ParseResult {
  data: string[][];
  errors: { code: string }[];
  meta: { cursor: number };
}

/** Characters of unfinished record beyond which parsing it again waits for more text. */
const LONG_RECORD = 256 * 1024;

export interface CsvRecordOptions {
  delimiter: string;
  newline: Newline;
  maxFieldBytes: number;
}

/**
 * Turns text, fed in pieces, into records with the physical line each starts
 * on. Papa Parse's core parser does the splitting (arrays, not objects: the
 * fastest way it has); what it leaves at the end of a piece, an unfinished
 * record, is carried into the next. Blank records are counted and dropped.
 */
export class CsvRecords {
  readonly #parser: Papa.Parser;
  readonly #newline: Newline;
  /** The character that starts a new physical line. */
  readonly #lineBreak: string;
  readonly #maxFieldBytes: number;
  /** Cells shorter than this cannot be over the limit (a character is at most 3 UTF-8 bytes per UTF-16 unit). */
  readonly #surelySmall: number;
  #partial = '';
  /** Text held back while a long unfinished record waits for more (see `push`). */
  #heldBack: string[] = [];
  #heldBackLength = 0;
  #line = 1;
  #sawContent = false;
  /** A tab between spaces is still only whitespace. */
  readonly #visibleDelimiter: boolean;

  constructor(options: CsvRecordOptions) {
    this.#parser = new Papa.Parser({ delimiter: options.delimiter, newline: options.newline });
    this.#newline = options.newline;
    this.#lineBreak = options.newline === '\r' ? '\r' : '\n';
    this.#maxFieldBytes = options.maxFieldBytes;
    this.#surelySmall = Math.floor(options.maxFieldBytes / 3);
    this.#visibleDelimiter = options.delimiter.trim() !== '';
  }

  /** Nothing but empty lines and spaces so far (no delimiters, no cells): the text is as good as empty. */
  get onlyWhitespace(): boolean {
    return !this.#sawContent;
  }

  /**
   * Parses `text` after what was left over; complete, non-blank records go
   * to `out`. The parser starts an unfinished record over each time, so a
   * record longer than LONG_RECORD waits until as much text again has come
   * before it is parsed again: parsing stays linear in the size of the file
   * even for a 20 MB cell, and a cell over the limit is still caught before
   * about twice the limit has been read.
   */
  push(text: string, out: TableRow[]): void {
    if (this.#partial.length > LONG_RECORD) {
      this.#heldBack.push(text);
      this.#heldBackLength += text.length;
      if (this.#heldBackLength < this.#partial.length) return;
      text = this.#takeHeldBack();
    }
    const input = this.#partial + text;
    const result = this.#parser.parse(input, 0, true) as ParseResult;
    this.#collect(result.data, input, out);
    this.#partial = input.slice(result.meta.cursor);
    if (this.#partial.length > this.#surelySmall) this.#checkPartial();
  }

  #takeHeldBack(): string {
    const text = this.#heldBack.join('');
    this.#heldBack = [];
    this.#heldBackLength = 0;
    return text;
  }

  /** The end of the text: the last record may have no line break after it. */
  end(out: TableRow[]): void {
    if (this.#heldBackLength) this.#partial += this.#takeHeldBack();
    const rest = this.#partial;
    if (rest === '') return;
    const line = this.#line;
    const result = this.#parser.parse(rest, 0, false) as ParseResult;
    this.#partial = '';
    this.#collect(result.data, rest, out);
    if (result.errors.some((e) => e.code === 'MissingQuotes')) throw problems.unclosedQuote(line);
  }

  #collect(records: string[][], input: string, out: TableRow[]): void {
    // Only a quoted cell can hold a line break, except a lone LF in a CRLF file.
    const breaksInCells = this.#newline === '\r\n' || input.indexOf('"') !== -1;
    const checkSizes = input.length > this.#surelySmall;
    const lineBreak = this.#lineBreak;
    let line = this.#line;
    for (let r = 0; r < records.length; r++) {
      const cells = records[r]!;
      const start = line;
      line++;
      if (breaksInCells || checkSizes) {
        for (let c = 0; c < cells.length; c++) {
          const cell = cells[c]!;
          if (checkSizes && cell.length > this.#surelySmall) this.#checkField(cell, start);
          if (breaksInCells) {
            for (let at = cell.indexOf(lineBreak); at !== -1; at = cell.indexOf(lineBreak, at + 1)) line++;
          }
        }
      }
      if (isBlankRow(cells)) {
        if (cells.length > 1 && this.#visibleDelimiter) this.#sawContent = true;
        continue;
      }
      this.#sawContent = true;
      out.push({ line: start, cells });
    }
    this.#line = line;
  }

  /**
   * The unfinished record has grown large: parse it as it stands, so a cell
   * over the limit (typically a quote that is never closed) is reported now
   * rather than after reading tens of megabytes.
   */
  #checkPartial(): void {
    const result = this.#parser.parse(this.#partial, 0, false) as ParseResult;
    for (const cells of result.data) for (const cell of cells) if (cell.length > this.#surelySmall) this.#checkField(cell, this.#line);
  }

  #checkField(cell: string, line: number): void {
    if (Buffer.byteLength(cell, 'utf8') > this.#maxFieldBytes) throw problems.fieldTooLarge(line, this.#maxFieldBytes, 'line');
  }
}
