import { dayOf } from '../../../shared/dates';
import type { Mapping } from '../../../shared/import/fields';
import { touchpointFingerprint } from '../../../shared/import/fingerprint';
import { createRowNormaliser, type ImportedTouchpoint, type RowNormaliser } from '../../../shared/import/normalise-row';
import type { AccountIndex } from './account-index';
import { lengthOf, N, NUMBER_COLUMNS, WORDS, wordCode, type PlannedBatch } from './planned-batch';
import type { TableRow } from './read/types';
import { sentimentOfWords } from './sentiment-inference';
import { ambiguousAccount } from './sink';

export interface TouchpointPlannerOptions {
  mapping: Mapping;
  header: string[];
  /** Every stored account's keys, read inside the import's write transaction. */
  accounts: AccountIndex;
  /** Create accounts the file names but Tend does not know, or reject their rows. */
  unknownAccounts: 'create' | 'reject';
  /**
   * The id the next created account gets. The import holds the write lock
   * from before this was read until it commits, so nobody else can take it.
   */
  nextAccountId: number;
}

/** Who owns an account an import creates when the file does not say. */
export const UNASSIGNED_OWNER = 'Unassigned';

/**
 * Contact-log rows → what to write: each row normalised, matched to an
 * account (a new one planned when allowed, with its id decided here),
 * fingerprinted, and — when the reading thread takes that step for the
 * batch — its sentiment inferred from its words when the file gives none.
 * No SQL: this runs on the thread that reads the file. The writing thread
 * de-duplicates and writes (TouchpointWriter); the split is the one that
 * keeps the two threads about equally busy (docs/architecture.md).
 */
export class TouchpointPlanner {
  readonly #options: TouchpointPlannerOptions;
  readonly #normalise: RowNormaliser;
  #nextAccountId: number;
  /**
   * Accounts this import creates, by id less the first created id (their ids
   * run on without gaps): when their first row in the file happened, and
   * their earliest. Typed arrays, not a Map: every row of a big log looks its
   * account up here, and a compact array keeps that look-up in the cache.
   */
  #created = { count: 0, first: new Float64Array(1024), earliest: new Float64Array(1024) };

  constructor(options: TouchpointPlannerOptions) {
    this.#options = options;
    this.#normalise = createRowNormaliser(options.mapping, options.header);
    this.#nextAccountId = options.nextAccountId;
  }

  /**
   * Plans a batch of rows; `batch` must be empty, with room for every row (see
   * `emptyPlannedBatch`). `inferSentiment` false leaves the sentiment of rows
   * the file gives none for to the writing thread.
   */
  plan(rows: readonly TableRow[], batch: PlannedBatch, inferSentiment = true): void {
    const texts: string[] = [];
    batch.sentimentInferred = inferSentiment;
    for (const row of rows) {
      batch.rowsRead++;
      const normalised = this.#normalise(row.cells, row.line);
      if (!normalised.ok) {
        batch.rejects.push({ line: row.line, reason: normalised.reason, cells: row.cells });
        continue;
      }
      const touchpoint = normalised.record as ImportedTouchpoint;
      const accountId = this.#resolveAccount(touchpoint, row, batch);
      if (accountId === null) continue;
      const n = batch.count++ * NUMBER_COLUMNS;
      const numbers = batch.numbers;
      numbers[n + N.accountId] = accountId;
      numbers[n + N.occurredAt] = touchpoint.occurredAt;
      numbers[n + N.channel] = wordCode(WORDS.channel, touchpoint.channel);
      numbers[n + N.direction] = wordCode(WORDS.direction, touchpoint.direction);
      const inferred = touchpoint.sentiment === null && inferSentiment ? sentimentOfWords(touchpoint) : null;
      numbers[n + N.sentiment] = touchpoint.sentiment ?? inferred ?? Number.NaN;
      numbers[n + N.sentimentSource] = wordCode(WORDS.sentimentSource, touchpoint.sentiment !== null ? 'given' : inferred !== null ? 'inferred' : null);
      numbers[n + N.complaintStatus] = wordCode(WORDS.complaintStatus, touchpoint.complaintStatus);
      numbers[n + N.resolvedAt] = touchpoint.resolvedAt ?? Number.NaN;
      numbers[n + N.comeBack] = touchpoint.comeBack ?? Number.NaN;
      numbers[n + N.refer] = touchpoint.refer ?? Number.NaN;
      // "Our contact": outbound, or a meeting (two-way); the store keeps it as a flag.
      numbers[n + N.ours] = touchpoint.direction === 'outbound' || touchpoint.channel === 'meeting' ? 1 : 0;
      // Filed under the account's id: the same contact is recognised whichever spelling of the account a file used.
      const fingerprint = touchpointFingerprint(String(accountId), touchpoint);
      numbers[n + N.person] = lengthOf(touchpoint.person);
      numbers[n + N.subject] = lengthOf(touchpoint.subject);
      numbers[n + N.notes] = lengthOf(touchpoint.notes);
      numbers[n + N.fingerprint] = fingerprint.length;
      if (touchpoint.person !== null) texts.push(touchpoint.person);
      if (touchpoint.subject !== null) texts.push(touchpoint.subject);
      if (touchpoint.notes !== null) texts.push(touchpoint.notes);
      texts.push(fingerprint);
      const created = accountId - this.#options.nextAccountId;
      if (created >= 0 && touchpoint.occurredAt < this.#created.earliest[created]!) this.#created.earliest[created] = touchpoint.occurredAt;
    }
    batch.text = texts.join('');
  }

  /**
   * Created accounts whose earliest touchpoint came after their first one in
   * the file: their "customer since" moves back to it. [account id, day].
   */
  customerSince(): Array<[number, string]> {
    const moved: Array<[number, string]> = [];
    const { count, first, earliest } = this.#created;
    for (let i = 0; i < count; i++) {
      if (dayOf(earliest[i]!) !== dayOf(first[i]!)) moved.push([this.#options.nextAccountId + i, dayOf(earliest[i]!)]);
    }
    return moved;
  }

  /** Notes the next created account's first row. */
  #remember(occurredAt: number): void {
    const created = this.#created;
    if (created.count === created.first.length) {
      const first = new Float64Array(created.count * 2);
      const earliest = new Float64Array(created.count * 2);
      first.set(created.first);
      earliest.set(created.earliest);
      created.first = first;
      created.earliest = earliest;
    }
    created.first[created.count] = occurredAt;
    created.earliest[created.count++] = occurredAt;
  }

  #resolveAccount(touchpoint: ImportedTouchpoint, row: TableRow, batch: PlannedBatch): number | null {
    const { accounts, unknownAccounts } = this.#options;
    const found = accounts.find(touchpoint.account, touchpoint.accountName);
    if (found === -1) {
      batch.rejects.push({ line: row.line, reason: ambiguousAccount(touchpoint.account), cells: row.cells });
      return null;
    }
    if (found !== undefined) return found;
    if (unknownAccounts === 'reject') {
      batch.rejects.push({
        line: row.line,
        reason: `Tend has no account "${touchpoint.account}". Import the account list first, or let the import create unknown accounts.`,
        cells: row.cells,
      });
      return null;
    }
    const id = this.#nextAccountId++;
    const name = touchpoint.accountName ?? touchpoint.account;
    batch.accounts.push(id, touchpoint.account, name, touchpoint.owner ?? UNASSIGNED_OWNER, dayOf(touchpoint.occurredAt));
    accounts.add(id, touchpoint.account, name);
    this.#remember(touchpoint.occurredAt);
    return id;
  }
}
