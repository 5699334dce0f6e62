import type { ImportPreview, PreviewRow } from '../../../shared/contract';
import { detectDateFormat } from '../../../shared/import/dates';
import { findColumn, validateMapping, type ImportKind, type Mapping } from '../../../shared/import/fields';
import { createRowNormaliser } from '../../../shared/import/normalise-row';
import { detectKind, suggestMapping } from '../../../shared/import/suggest';
import { UserError } from '../user-error';
import { ImportFileError } from './read/errors';
import { previewTable } from './read/open-table';
import type { OpenOptions } from './read/types';

export interface PreviewRequest {
  file: string;
  fileName: string;
  kind?: ImportKind;
  mapping?: Mapping;
  read?: Pick<OpenOptions, 'encoding' | 'delimiter' | 'sheet'>;
}

/** How many rows the import screen shows as they will be stored; more are read to recognise columns and dates. */
const SHOWN_ROWS = 20;
const SAMPLE_ROWS = 500;

/**
 * Everything the import screen shows before anything is written: the file's
 * format, the kind and mapping Tend suggests (or the user's), the mapping's
 * problems, whether dates are ambiguous, and the first rows as they will be
 * stored or why they will be rejected.
 */
export async function previewImport(request: PreviewRequest): Promise<ImportPreview> {
  let table;
  try {
    table = await previewTable(request.file, { ...request.read, rows: SAMPLE_ROWS });
  } catch (error) {
    if (error instanceof ImportFileError) throw new UserError('invalid_argument', error.message);
    throw error;
  }
  const sample = table.rows.map((r) => r.cells);
  const kindGuess = detectKind(table.header, sample);
  const mapping = request.mapping ?? suggestMapping(request.kind ?? kindGuess.kind, table.header, sample);
  const problems = validateMapping(mapping, table.header);

  let ambiguousDates = false;
  const dateColumn = mapping.fields[mapping.kind === 'touchpoints' ? 'occurred_at' : 'created_at'];
  const dateIndex = dateColumn === undefined ? -1 : findColumn(table.header, dateColumn);
  // A suggested mapping picks an order even for dates that could be either; only the user can settle
  // that, so ask whenever the user has not chosen a format themselves.
  if (dateIndex >= 0 && (request.mapping === undefined || mapping.dateFormat === 'auto')) {
    ambiguousDates = detectDateFormat(sample.map((cells) => cells[dateIndex] ?? '').filter(Boolean)).ambiguous;
  }

  const rows: PreviewRow[] = [];
  if (problems.length === 0) {
    const normalise = createRowNormaliser(mapping, table.header);
    for (const row of table.rows.slice(0, SHOWN_ROWS)) {
      const result = normalise(row.cells, row.line);
      rows.push(result.ok ? { line: row.line, cells: row.cells, ok: true, record: displayRecord(result.record) } : { line: row.line, cells: row.cells, ok: false, reason: result.reason });
    }
  } else {
    for (const row of table.rows.slice(0, SHOWN_ROWS)) rows.push({ line: row.line, cells: row.cells, ok: false, reason: 'Fix the mapping first.' });
  }

  return {
    fileName: request.fileName,
    info: {
      format: table.info.format,
      encoding: table.info.encoding,
      delimiter: table.info.delimiter,
      sheet: table.info.sheet,
      sheets: table.info.sheets ?? [],
      bytes: table.info.totalBytes,
    },
    header: table.header,
    kindGuess,
    mapping,
    problems,
    ambiguousDates,
    rows,
  };
}

/** Instants become ISO text so the screen shows exactly what will be stored. */
function displayRecord(record: object): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [key, value] of Object.entries(record)) {
    out[key] = (key === 'occurredAt' || key === 'resolvedAt') && typeof value === 'number' ? new Date(value).toISOString() : (value as string | number | null);
  }
  return out;
}
