// oxlint-disable no-underscore-dangle -- exceljs's part parsers are its underscore-named internals (see below)
import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import type { Entry } from 'yauzl';
import { problems } from './errors';
import { describeOtherZip, type ZipDirectory } from './zip-directory';

/*
 * exceljs's streaming WorkbookReader reads the zip front to back with its own
 * unzipper. That trusts the local headers rather than the directory we
 * checked, buffers every worksheet to a temporary file when the shared strings
 * come after the sheets (the order Excel itself writes), only knows sheets
 * named sheetN.xml, and decodes each chunk of XML on its own, so a character
 * cut between chunks turns into two "�". So Tend unpacks the parts itself,
 * through yauzl, in the order they are needed, as text decoded across chunk
 * boundaries, and hands each one to the WorkbookReader's own part parsers.
 * These are internal to exceljs 4.4 (its last release); `Internals` names
 * exactly what is used, and the tests run the real thing.
 */

interface Relationship {
  Id: string;
  Type: string;
  Target: string;
  TargetMode?: string;
}

interface Internals {
  workbookRels?: Relationship[];
  model?: { sheets?: { name: string; rId: string; state?: string }[] };
  properties?: { model?: { date1904?: boolean } };
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseStyles(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncIterable<unknown>;
  _parseWorksheet(xml: AsyncIterable<string>, sheetNo: string): Iterator<{ eventType: string; value: WorksheetParser }>;
}

/** exceljs's WorksheetReader: `parse()` yields the events of each chunk of XML, rows among them. */
export interface WorksheetParser {
  parse(): AsyncIterable<{ eventType: string; value: unknown }[]>;
}

export interface WorkbookSheet {
  name: string;
  hidden: boolean;
  entry: Entry;
}

export interface Workbook {
  /** Worksheets in tab order (chart sheets left out). */
  sheets: WorkbookSheet[];
  date1904: boolean;
  /** A parser for one sheet's XML, with the workbook's shared strings and styles. */
  worksheet(xml: AsyncIterable<string>): WorksheetParser;
}

const isRel = (rel: Relationship, kind: string) => rel.Type.endsWith(`/${kind}`);

/** Reads the parts a sheet needs (workbook, relationships, styles, shared strings) and lists the sheets. */
export async function readWorkbook(zip: ZipDirectory): Promise<Workbook> {
  // Loaded on first use: exceljs takes about 0.3 s to load, which every CSV import would otherwise wait for.
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader('', {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // number formats: which numbers are dates
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as Internals;

  const text = async (entry: Entry) => {
    const part = await zip.open(entry);
    part.setEncoding('utf8');
    return part;
  };
  const rels = async (path: string): Promise<Relationship[]> => {
    const entry = zip.find(path);
    if (!entry) return [];
    await reader._parseRels(await text(entry));
    return parsedRels(reader);
  };

  const officeDocument = (await rels('_rels/.rels')).find((rel) => isRel(rel, 'officeDocument'));
  const workbookPath = officeDocument ? resolveTarget('', officeDocument.Target) : 'xl/workbook.xml';
  const workbookEntry = zip.find(workbookPath);
  if (!workbookEntry) {
    const other = describeOtherZip(zip);
    throw problems.notWorkbook(other.what, other.advice);
  }
  const folder = posix.dirname(workbookPath);
  const partRels = await rels(posix.join(folder, '_rels', `${posix.basename(workbookPath)}.rels`));
  await reader._parseWorkbook(await text(workbookEntry));

  const part = (kind: string) => {
    const rel = partRels.find((r) => isRel(r, kind));
    return rel && zip.find(resolveTarget(folder, rel.Target));
  };
  const styles = part('styles');
  if (styles) await reader._parseStyles(await text(styles));
  const sharedStrings = part('sharedStrings');
  // With sharedStrings: 'cache' this yields nothing; it fills the reader's table.
  if (sharedStrings) for await (const _ of reader._parseSharedStrings(await text(sharedStrings))) void _;

  const sheets: WorkbookSheet[] = [];
  for (const sheet of reader.model?.sheets ?? []) {
    const rel = partRels.find((r) => r.Id === sheet.rId && isRel(r, 'worksheet'));
    const entry = rel && zip.find(resolveTarget(folder, rel.Target));
    if (entry) sheets.push({ name: sheet.name, hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden', entry });
  }

  return {
    sheets,
    date1904: reader.properties?.model?.date1904 === true,
    worksheet(xml) {
      // The sheet number only matters to exceljs for naming; Tend names sheets from the workbook.
      const made = reader._parseWorksheet(xml, '0').next();
      if (made.done) throw new Error('exceljs did not make a worksheet reader');
      return made.value.value;
    },
  };
}

/** What `_parseRels` left behind (a function, so the type checker does not assume it unchanged). */
function parsedRels(reader: Internals): Relationship[] {
  const rels = reader.workbookRels ?? [];
  reader.workbookRels = undefined;
  return rels;
}

/** A relationship's target as a part path: relative to the folder of the part that names it, or absolute. */
function resolveTarget(folder: string, target: string): string {
  const path = target.startsWith('/') ? target : posix.join(folder, target);
  return posix.normalize(path).replace(/^\/+/, '');
}
