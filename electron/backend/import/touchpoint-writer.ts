import { TOUCHPOINT_INSERT_COLUMNS, TOUCHPOINTS_PER_INSERT, type ImportStatements } from '../db/import-repo';
import type { FingerprintSet } from './fingerprint-set';
import { N, NUMBER_COLUMNS, PLANNED_ACCOUNT_WIDTH, textAt, WORDS, wordAt, type PlannedBatch } from './planned-batch';
import { sentimentOfWords } from './sentiment-inference';
import { emptyCounts, RejectLog, type ImportCounts } from './sink';

const DEFAULT_TIER = 'Standard';
const WIDTH = TOUCHPOINT_INSERT_COLUMNS.length;
/** NaN carries null across the thread boundary. */
const nullable = (x: number) => (Number.isNaN(x) ? null : x);

export interface TouchpointWriterOptions {
  statements: ImportStatements;
  batchId: number;
  /** Every stored touchpoint's fingerprint; the written ones join it. */
  fingerprints: FingerprintSet;
}

/**
 * Writes what the reading thread planned (see TouchpointPlanner): created
 * accounts, touchpoints and rejected rows, through prepared statements, inside
 * the import's transaction. It drops a touchpoint whose fingerprint is already
 * stored or came earlier in the file, and infers the sentiment of the ones it
 * keeps when the reading thread left that to it.
 */
export class TouchpointWriter {
  readonly counts: ImportCounts = emptyCounts();
  readonly rejects: RejectLog;
  readonly #options: TouchpointWriterOptions;
  /** Values of the touchpoints waiting for the next multi-row insert, in TOUCHPOINT_INSERT_COLUMNS order. */
  readonly #values: unknown[] = Array.from({ length: TOUCHPOINTS_PER_INSERT * WIDTH }, () => null);

  constructor(options: TouchpointWriterOptions) {
    this.#options = options;
    this.rejects = new RejectLog(options.statements, options.batchId, this.counts);
  }

  write(batch: PlannedBatch): void {
    const { statements, batchId, fingerprints } = this.#options;
    this.counts.rowsRead += batch.rowsRead;
    const a = batch.accounts;
    for (let i = 0; i < a.length; i += PLANNED_ACCOUNT_WIDTH) {
      statements.insertAccountWithId.run(a[i], a[i + 1], a[i + 2], a[i + 3], DEFAULT_TIER, 0, 'active', a[i + 4], '[]', batchId);
      this.counts.accountsCreated++;
    }
    const { numbers: v, text, count } = batch;
    const values = this.#values;
    // Values in TOUCHPOINT_INSERT_COLUMNS order, spelled out: a loop or spread per row measurably costs.
    let added = 0;
    let at = 0;
    let k = 0;
    for (let row = 0, n = 0; row < count; row++, n += NUMBER_COLUMNS) {
      const personAt = at;
      const subjectAt = personAt + Math.max(0, v[n + N.person]!);
      const notesAt = subjectAt + Math.max(0, v[n + N.subject]!);
      const fingerprintAt = notesAt + Math.max(0, v[n + N.notes]!);
      at = fingerprintAt + v[n + N.fingerprint]!;
      const fingerprint = text.slice(fingerprintAt, at);
      if (!fingerprints.add(fingerprint)) {
        this.counts.duplicates++;
        continue;
      }
      const subject = textAt(text, subjectAt, v[n + N.subject]!);
      const notes = textAt(text, notesAt, v[n + N.notes]!);
      let sentiment = nullable(v[n + N.sentiment]!);
      let source = wordAt(WORDS.sentimentSource, v[n + N.sentimentSource]!);
      if (source === null && !batch.sentimentInferred) {
        sentiment = sentimentOfWords({ notes, subject });
        if (sentiment !== null) source = 'inferred';
      }
      values[k] = v[n + N.accountId];
      values[k + 1] = v[n + N.occurredAt];
      values[k + 2] = wordAt(WORDS.channel, v[n + N.channel]!);
      values[k + 3] = wordAt(WORDS.direction, v[n + N.direction]!);
      values[k + 4] = textAt(text, personAt, v[n + N.person]!);
      values[k + 5] = subject;
      values[k + 6] = notes;
      values[k + 7] = sentiment;
      values[k + 8] = source;
      values[k + 9] = wordAt(WORDS.complaintStatus, v[n + N.complaintStatus]!);
      values[k + 10] = nullable(v[n + N.resolvedAt]!);
      values[k + 11] = nullable(v[n + N.comeBack]!);
      values[k + 12] = nullable(v[n + N.refer]!);
      values[k + 13] = v[n + N.ours];
      values[k + 14] = fingerprint;
      k += WIDTH;
      if (k === values.length) {
        statements.insertTouchpoints.run(values);
        k = 0;
      }
      added++;
    }
    // The batch's last few, one at a time: the next batch may be a while coming, or never.
    for (let i = 0; i < k; i += WIDTH) statements.insertTouchpoint.run(values.slice(i, i + WIDTH));
    this.counts.added += added;
    for (const reject of batch.rejects) this.rejects.reject(reject.line, reject.reason, reject.cells);
  }

  /** Makes room for the fingerprints of about `rows` more touchpoints (an estimate from the file's size). */
  expect(rows: number): void {
    this.#options.fingerprints.reserve(this.#options.fingerprints.size + rows);
  }

  /** Created accounts have been customers at least since their earliest touchpoint in the file. */
  customerSince(days: ReadonlyArray<[accountId: number, day: string]>): void {
    for (const [accountId, day] of days) this.#options.statements.setCreatedOn.run(day, accountId);
  }
}
