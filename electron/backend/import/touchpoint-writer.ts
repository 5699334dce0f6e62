import type { ImportStatements } from '../db/import-repo';
import { PLANNED_ACCOUNT_WIDTH, PLANNED_TOUCHPOINT_WIDTH, type PlannedBatch } from './planned-batch';
import { emptyCounts, RejectLog, type ImportCounts } from './sink';

const DEFAULT_TIER = 'Standard';

export interface TouchpointWriterOptions {
  statements: ImportStatements;
  batchId: number;
  /** When the import started: every touchpoint's created-at. */
  now: number;
}

/**
 * Writes what the reading thread planned (see TouchpointPlanner): created
 * accounts, touchpoints and rejected rows, through prepared statements, inside
 * the import's transaction. Deliberately nothing else: this is the thread the
 * whole import waits on.
 */
export class TouchpointWriter {
  readonly counts: ImportCounts = emptyCounts();
  readonly rejects: RejectLog;
  readonly #options: TouchpointWriterOptions;

  constructor(options: TouchpointWriterOptions) {
    this.#options = options;
    this.rejects = new RejectLog(options.statements, options.batchId, this.counts);
  }

  write(batch: PlannedBatch): void {
    const { statements, batchId, now } = this.#options;
    this.counts.rowsRead += batch.rowsRead;
    this.counts.duplicates += batch.duplicates;
    const a = batch.accounts;
    for (let i = 0; i < a.length; i += PLANNED_ACCOUNT_WIDTH) {
      statements.insertAccountWithId.run(a[i], a[i + 1], a[i + 2], a[i + 3], DEFAULT_TIER, 0, 'active', a[i + 4], '[]', batchId);
      this.counts.accountsCreated++;
    }
    const t = batch.touchpoints;
    const insert = statements.insertTouchpoint;
    // Positional values in TOUCHPOINT_INSERT_COLUMNS order, spelled out: a spread per row measurably costs.
    for (let i = 0; i < t.length; i += PLANNED_TOUCHPOINT_WIDTH) {
      insert.run(t[i], t[i + 1], t[i + 2], t[i + 3], t[i + 4], t[i + 5], t[i + 6], t[i + 7], t[i + 8], t[i + 9], t[i + 10], t[i + 11], t[i + 12], now, t[i + 13], batchId, t[i + 14]);
    }
    this.counts.added += t.length / PLANNED_TOUCHPOINT_WIDTH;
    for (const reject of batch.rejects) this.rejects.reject(reject.line, reject.reason, reject.cells);
  }

  /** Created accounts have been customers at least since their earliest touchpoint in the file. */
  customerSince(days: ReadonlyArray<[accountId: number, day: string]>): void {
    for (const [accountId, day] of days) this.#options.statements.setCreatedOn.run(day, accountId);
  }
}
