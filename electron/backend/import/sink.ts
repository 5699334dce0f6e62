import type { ImportSummaryInfo } from '../../../shared/contract';
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
