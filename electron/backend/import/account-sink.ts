import type { Mapping } from '../../../shared/import/fields';
import { createRowNormaliser, type ImportedAccount } from '../../../shared/import/normalise-row';
import type { ImportStatements } from '../db/import-repo';
import type { AccountIndex } from './account-index';
import type { TableRow } from './read/types';
import { emptyCounts, RejectLog, type ImportCounts, type ImportSink } from './sink';
import { UNASSIGNED_OWNER } from './touchpoint-sink';

export interface AccountSinkOptions {
  statements: ImportStatements;
  batchId: number;
  mapping: Mapping;
  header: string[];
  accounts: AccountIndex;
  /** The day an account is recorded as created when the file does not say. */
  today: string;
}

interface StoredAccount {
  name: string;
  owner: string;
  tier: string;
  value: number;
  status: 'active' | 'churned';
}

/**
 * Account-list rows → accounts: new ones are created, known ones updated with
 * what the file says (empty cells leave a field as it was). Every update's
 * previous values are recorded so undoing the batch puts them back.
 */
export class AccountSink implements ImportSink {
  readonly counts: ImportCounts = emptyCounts();
  readonly rejects: RejectLog;
  #options: AccountSinkOptions;
  #normalise: ReturnType<typeof createRowNormaliser>;
  /** Accounts already changed by this batch: the first recorded "previous" is the one undo needs. */
  #changed = new Set<number>();

  constructor(options: AccountSinkOptions) {
    this.#options = options;
    this.#normalise = createRowNormaliser(options.mapping, options.header);
    this.rejects = new RejectLog(options.statements, options.batchId, this.counts);
  }

  accept(rows: TableRow[]): void {
    const { statements, batchId, accounts, today } = this.#options;
    for (const row of rows) {
      this.counts.rowsRead++;
      const normalised = this.#normalise(row.cells, row.line);
      if (!normalised.ok) {
        this.rejects.reject(row.line, normalised.reason, row.cells);
        continue;
      }
      const incoming = normalised.record as ImportedAccount;
      const found = accounts.find(incoming.account, null);
      if (found === -1) {
        this.rejects.reject(row.line, `More than one account is called "${incoming.account}"; use the account id instead of the name.`, row.cells);
        continue;
      }
      if (found === undefined) {
        const name = incoming.accountName ?? incoming.account;
        const owner = incoming.owner ?? UNASSIGNED_OWNER;
        const id = Number(
          statements.insertAccount.run(
            incoming.account,
            name,
            owner,
            incoming.tier ?? 'Standard',
            incoming.value ?? 0,
            incoming.status ?? 'active',
            incoming.createdOn ?? today,
            '[]',
            batchId,
          ).lastInsertRowid,
        );
        accounts.add(id, incoming.account, name, owner);
        this.counts.accountsCreated++;
        this.counts.added++;
        continue;
      }
      const before = statements.readAccount.get(found) as StoredAccount;
      const after: StoredAccount = {
        name: incoming.accountName ?? before.name,
        owner: incoming.owner ?? before.owner,
        tier: incoming.tier ?? before.tier,
        value: incoming.value ?? before.value,
        status: incoming.status ?? before.status,
      };
      if (sameAccount(before, after)) {
        this.counts.duplicates++;
        continue;
      }
      if (!this.#changed.has(found)) {
        statements.recordAccountChange.run(batchId, found, JSON.stringify(before));
        this.#changed.add(found);
      }
      statements.updateAccount.run(after.name, after.owner, after.tier, after.value, after.status, found);
      this.counts.accountsUpdated++;
    }
  }

  finish(): void {}
}

function sameAccount(a: StoredAccount, b: StoredAccount): boolean {
  return a.name === b.name && a.owner === b.owner && a.tier === b.tier && a.value === b.value && a.status === b.status;
}
