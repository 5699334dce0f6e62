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
