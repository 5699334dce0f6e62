// oxlint-disable-next-line import/no-named-as-default -- @types/pdfkit declares only the default export
import PDFDocument from 'pdfkit';
import type { PaperSize } from '../../../../shared/api/reports';
import { PALETTE } from '../../../../shared/reports/palette';
import { reportFonts } from './fonts';

/**
 * The page machinery of a printed report, on pdfkit: paper, margins, the two
 * embedded fonts, a cursor that moves down the page, page breaks that never
 * leave a heading alone at the bottom, a running header from page 2 on and a
 * "Page N of M" footer on every page. Text is always drawn as text (pdfkit
 * never interprets it), so notes cannot inject anything into the file.
 */

export type Weight = 'regular' | 'bold';

export interface TextStyle {
  size: number;
  weight?: Weight;
  colour?: string;
  lineGap?: number;
  align?: 'left' | 'right' | 'center';
  characterSpacing?: number;
}

const PAPER: Record<PaperSize, [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };
export const MARGIN_X = 50;
const MARGIN_TOP = 60;
const MARGIN_BOTTOM = 58;

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly left = MARGIN_X;
  readonly right: number;
  readonly width: number;
  readonly top = MARGIN_TOP;
  readonly bottom: number;
  readonly pageHeight: number;
  /** The cursor: where the next thing goes. */
  y: number;
  readonly #runningTitle: string;
  readonly #chunks: Uint8Array[] = [];
  readonly #heights = new Map<string, number>();
  readonly #done: Promise<void>;

  constructor(paper: PaperSize, meta: { title: string; author: string; subject: string }, runningTitle: string) {
    const [width, height] = PAPER[paper];
    this.doc = new PDFDocument({
      size: [width, height],
      bufferPages: true,
      autoFirstPage: false,
      margins: { top: MARGIN_TOP, bottom: MARGIN_BOTTOM, left: MARGIN_X, right: MARGIN_X },
      info: { Title: meta.title, Author: meta.author, Subject: meta.subject, Creator: 'Tend', Producer: 'Tend' },
      lang: 'en',
      displayTitle: true,
    });
    const fonts = reportFonts();
    this.doc.registerFont('regular', fonts.regular);
    this.doc.registerFont('bold', fonts.bold);
    this.right = width - MARGIN_X;
    this.width = this.right - this.left;
    this.pageHeight = height;
    this.bottom = height - MARGIN_BOTTOM;
    this.#runningTitle = runningTitle;
    this.doc.on('data', (chunk: Uint8Array) => this.#chunks.push(chunk));
    this.#done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve());
      this.doc.on('error', reject);
    });
    // Pages pdfkit adds by itself (a paragraph running over) get the running header too.
    this.doc.on('pageAdded', () => this.#onPageAdded());
    this.doc.addPage();
    this.y = this.top;
  }

  get pageNumber(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count;
  }

  /** Space left on this page below the cursor. */
  get remaining(): number {
    return this.bottom - this.y;
  }

  /** Starts a new page when fewer than `height` points are left; true when it did. */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom || this.y <= this.top + 1) return false;
    this.newPage();
    return true;
  }

  newPage(): void {
    this.doc.addPage();
  }

  #onPageAdded(): void {
    this.y = this.top;
    this.doc.y = this.top;
    // Page 1 carries the report's own title block instead of the running header.
    if (this.pageNumber === 1) return;
    const saved = this.doc.page.margins.top;
    this.doc.page.margins.top = 0;
    this.style({ size: 7.5, colour: PALETTE.subtle });
    this.doc.text(this.#runningTitle, this.left, 30, { width: this.width, lineBreak: false, ellipsis: true });
    this.doc.moveTo(this.left, 44).lineTo(this.right, 44).lineWidth(0.5).strokeColor(PALETTE.border).stroke();
    this.doc.page.margins.top = saved;
    this.doc.y = this.top;
  }

  style(style: TextStyle): void {
    this.doc.font(style.weight ?? 'regular').fontSize(style.size).fillColor(style.colour ?? PALETTE.text);
  }

  /**
   * Height of text wrapped to `width` in a style. Remembered: keeping headings
   * with what follows measures the same cells again and again, and wrapping
   * text is most of the work of laying out a page.
   */
  measure(text: string, width: number, style: TextStyle): number {
    const key = `${style.weight ?? 'regular'}|${style.size}|${style.lineGap ?? 0}|${style.characterSpacing ?? 0}|${width.toFixed(2)}|${text}`;
    let height = this.#heights.get(key);
    if (height === undefined) {
      this.style(style);
      height = this.doc.heightOfString(text, { width, lineGap: style.lineGap ?? 0, characterSpacing: style.characterSpacing ?? 0 });
      this.#heights.set(key, height);
    }
    return height;
  }

  /** Width of one line of text in a style. */
  widthOf(text: string, style: TextStyle): number {
    this.style(style);
    return this.doc.widthOfString(text, { characterSpacing: style.characterSpacing ?? 0 });
  }

  /** Draws text at (x, y) wrapped to `width`; returns its height. Does not move the cursor. */
  text(text: string, x: number, y: number, width: number, style: TextStyle): number {
    const height = this.measure(text, width, style);
    this.style(style);
    this.doc.text(text, x, y, { width, lineGap: style.lineGap ?? 0, align: style.align ?? 'left', characterSpacing: style.characterSpacing ?? 0 });
    return height;
  }

  /** Text that must stay on one line (cut with an ellipsis when too long). */
  line(text: string, x: number, y: number, width: number, style: TextStyle): void {
    this.style(style);
    this.doc.text(text, x, y, { width, lineBreak: false, ellipsis: true, align: style.align ?? 'left', characterSpacing: style.characterSpacing ?? 0, height: style.size * 1.6 });
  }

  /** Stamps every page's footer ("Page N of M") and returns the finished file. */
  async finish(): Promise<Uint8Array> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      // Drawing inside the bottom margin would make pdfkit start a page of its own.
      const saved = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      const y = this.pageHeight - 38;
      this.doc.moveTo(this.left, y - 8).lineTo(this.right, y - 8).lineWidth(0.5).strokeColor(PALETTE.border).stroke();
      const pageText = `Page ${i - range.start + 1} of ${range.count}`;
      const pageWidth = this.widthOf(pageText, { size: 7.5 }) + 2;
      this.line(this.#runningTitle, this.left, y, this.width - pageWidth - 16, { size: 7.5, colour: PALETTE.subtle });
      this.line(pageText, this.right - pageWidth, y, pageWidth, { size: 7.5, colour: PALETTE.muted, align: 'right' });
      this.doc.page.margins.bottom = saved;
    }
    this.doc.end();
    await this.#done;
    const total = this.#chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of this.#chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }
}
