import { dayOf } from '../../../shared/dates';
import type { Mapping } from '../../../shared/import/fields';
import { createRowNormaliser, type ImportedTouchpoint, type RowNormaliser } from '../../../shared/import/normalise-row';
import type { AccountIndex } from './account-index';
import { N, NUMBER_COLUMNS, WORDS, wordCode, type PlannedBatch } from './planned-batch';
import type { TableRow } from './read/types';
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
 * account (a new one planned when allowed, with its id decided here). No
 * SQL: this runs on the thread that reads the file. The writing thread,
 * which has time to spare between inserts, fingerprints and de-duplicates
 * the rows and infers sentiment (TouchpointWriter): the two threads then take
 * about as long as each other.
 */
export class TouchpointPlanner {
  readonly #options: TouchpointPlannerOptions;
  readonly #normalise: RowNormaliser;
  #nextAccountId: number;
  /** Accounts this import creates: the first day their rows were seen, and the earliest. */
  #created = new Map<number, { first: number; earliest: number }>();

  constructor(options: TouchpointPlannerOptions) {
    this.#options = options;
    this.#normalise = createRowNormaliser(options.mapping, options.header);
    this.#nextAccountId = options.nextAccountId;
  }

  /** Plans a batch of rows; `batch` must be empty, with room for every row (see `emptyPlannedBatch`). */
  plan(rows: readonly TableRow[], batch: PlannedBatch): void {
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
      // No sentiment in the file: the writer infers one from the words, for the rows it keeps.
      numbers[n + N.sentiment] = touchpoint.sentiment ?? Number.NaN;
      numbers[n + N.complaintStatus] = wordCode(WORDS.complaintStatus, touchpoint.complaintStatus);
      numbers[n + N.resolvedAt] = touchpoint.resolvedAt ?? Number.NaN;
      numbers[n + N.comeBack] = touchpoint.comeBack ?? Number.NaN;
      numbers[n + N.refer] = touchpoint.refer ?? Number.NaN;
      // "Our contact": outbound, or a meeting (two-way); the store keeps it as a flag.
      numbers[n + N.ours] = touchpoint.direction === 'outbound' || touchpoint.channel === 'meeting' ? 1 : 0;
      batch.texts.push(touchpoint.person, touchpoint.subject, touchpoint.notes);
      const created = this.#created.get(accountId);
      if (created !== undefined && touchpoint.occurredAt < created.earliest) created.earliest = touchpoint.occurredAt;
    }
  }

  /**
   * Created accounts whose earliest touchpoint came after their first one in
   * the file: their "customer since" moves back to it. [account id, day].
   */
  customerSince(): Array<[number, string]> {
    const moved: Array<[number, string]> = [];
    for (const [id, { first, earliest }] of this.#created) if (dayOf(earliest) !== dayOf(first)) moved.push([id, dayOf(earliest)]);
    return moved;
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
    this.#created.set(id, { first: touchpoint.occurredAt, earliest: touchpoint.occurredAt });
    return id;
  }
}
