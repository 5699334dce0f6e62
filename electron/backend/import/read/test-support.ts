import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ImportFileError } from './errors';
import type { TableReader, TableRow } from './types';

/** Helpers for this folder's tests (not used by the reader itself). */
export const FIXTURES = resolve(import.meta.dirname, '../../../../tests/fixtures/import');

export const fixture = (name: string) => join(FIXTURES, name);

/** A fresh folder for files made at run time; remove it with `cleanup`. */
export function scratchDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'tend-read-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every row of a table, and how the batches came. */
export async function readAll(table: TableReader): Promise<{ rows: TableRow[]; batches: number[] }> {
  const rows: TableRow[] = [];
  const batches: number[] = [];
  for await (const batch of table.rows()) {
    batches.push(batch.length);
    for (const row of batch) rows.push(row);
  }
  return { rows, batches };
}

/** The ImportFileError a promise fails with (fails the test if it does not). */
export async function importError(promise: Promise<unknown>): Promise<ImportFileError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('expected an ImportFileError, but it succeeded');
}

/** Rows written as a CSV exporter would: cells with a delimiter, quote or line break quoted. */
export function toCsv(rows: string[][], delimiter = ',', newline = '\n'): string {
  const quote = (cell: string) =>
    cell.includes(delimiter) || cell.includes('"') || cell.includes('\n') || cell.includes('\r') ? `"${cell.replaceAll('"', '""')}"` : cell;
  return rows.map((cells) => cells.map(quote).join(delimiter)).join(newline) + newline;
}

/**
 * What reading `toCsv(rows)` must give: the records after the header that are
 * not blank, each with the line it starts on (counting LF, as editors do).
 */
export function expectedRecords(rows: string[][]): TableRow[] {
  const out: TableRow[] = [];
  let line = 1;
  rows.forEach((cells, i) => {
    const start = line;
    line += 1 + cells.reduce((n, cell) => n + cell.split('\n').length - 1, 0);
    if (i > 0 && cells.some((cell) => cell.trim() !== '')) out.push({ line: start, cells });
  });
  return out;
}

/** A small seeded random generator, so failures repeat. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
