import type { ImportSummaryInfo } from '../../../shared/contract';
import type { Mapping } from '../../../shared/import/fields';
import { createRowNormaliser, type RowNormaliser } from '../../../shared/import/normalise-row';
import type { ImportStatements } from '../db/import-repo';
import type { TableRow } from './read/types';

/** A row that could not be imported, as the user will see it (and can save to fix). */
export interface RejectedRow {
  line: number;
  reason: string;
  cells: string[];
}

/** What an import counts as it goes: the same numbers the summary and the history show. */
export type ImportCounts = Pick<ImportSummaryInfo, 'rowsRead' | 'added' | 'duplicates' | 'rejected' | 'accountsCreated' | 'accountsUpdated'>;

/** Where rows go once read: one per kind of file. Runs inside the import's transaction. */
export interface ImportSink {
  readonly counts: ImportCounts;
  accept(rows: TableRow[]): void;
  /** Last writes once every row is in (e.g. created accounts' first-seen dates). */
  finish(): void;
}

/** Rejected rows kept in memory for the summary; all of them are stored with the batch. */
export const REJECTS_IN_SUMMARY = 200;

/**
 * Shared bookkeeping of rejected rows: counted, stored with the batch (so they
 * can be saved as a CSV later), and the first few kept for the summary.
 */
export class RejectLog {
  readonly firstRejects: RejectedRow[] = [];
  #statements: ImportStatements;
  #batchId: number;
  #counts: ImportCounts;

  constructor(statements: ImportStatements, batchId: number, counts: ImportCounts) {
    this.#statements = statements;
    this.#batchId = batchId;
    this.#counts = counts;
  }

  reject(line: number, reason: string, cells: string[]): void {
    this.#counts.rejected++;
    if (this.firstRejects.length < REJECTS_IN_SUMMARY) this.firstRejects.push({ line, reason, cells });
    this.#statements.insertReject.run(this.#batchId, line, reason, JSON.stringify(cells));
  }
}

export const emptyCounts = (): ImportCounts => ({ rowsRead: 0, added: 0, duplicates: 0, rejected: 0, accountsCreated: 0, accountsUpdated: 0 });

export interface RowSinkOptions {
  statements: ImportStatements;
  batchId: number;
  mapping: Mapping;
  header: string[];
}

/**
 * The part every kind of file shares: count the row, normalise it, and
 * reject it with its reason when it cannot be read; what a readable record
 * becomes is the subclass's business (`take`).
 */
export abstract class RowSink<Record> implements ImportSink {
  readonly counts: ImportCounts = emptyCounts();
  readonly rejects: RejectLog;
  readonly #normalise: RowNormaliser;

  constructor(options: RowSinkOptions) {
    this.#normalise = createRowNormaliser(options.mapping, options.header);
    this.rejects = new RejectLog(options.statements, options.batchId, this.counts);
  }

  accept(rows: TableRow[]): void {
    for (const row of rows) {
      this.counts.rowsRead++;
      const normalised = this.#normalise(row.cells, row.line);
      if (normalised.ok) this.take(normalised.record as Record, row);
      else this.rejects.reject(row.line, normalised.reason, row.cells);
    }
  }

  finish(): void {}

  protected abstract take(record: Record, row: TableRow): void;
}

/** Why a row naming an account by a name two accounts share is rejected. */
export const ambiguousAccount = (name: string) => `More than one account is called "${name}"; use the account id instead of the name.`;
