import type { ImportedAccount } from '../../../shared/import/normalise-row';
import type { AccountIndex } from './account-index';
import type { TableRow } from './read/types';
import { ambiguousAccount, RowSink, type RowSinkOptions } from './sink';
import { UNASSIGNED_OWNER } from './touchpoint-planner';

export interface AccountSinkOptions extends RowSinkOptions {
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
export class AccountSink extends RowSink<ImportedAccount> {
  #options: AccountSinkOptions;
  /** Accounts already changed by this batch: the first recorded "previous" is the one undo needs. */
  #changed = new Set<number>();

  constructor(options: AccountSinkOptions) {
    super(options);
    this.#options = options;
  }

  protected take(incoming: ImportedAccount, row: TableRow): void {
    const { statements, batchId, accounts, today } = this.#options;
    const found = accounts.find(incoming.account, null);
    if (found === -1) {
      this.rejects.reject(row.line, ambiguousAccount(incoming.account), row.cells);
      return;
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
      accounts.add(id, incoming.account, name);
      this.counts.accountsCreated++;
      this.counts.added++;
      return;
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
      return;
    }
    if (!this.#changed.has(found)) {
      statements.recordAccountChange.run(batchId, found, JSON.stringify(before));
      this.#changed.add(found);
    }
    statements.updateAccount.run(after.name, after.owner, after.tier, after.value, after.status, found);
    this.counts.accountsUpdated++;
  }
}

function sameAccount(a: StoredAccount, b: StoredAccount): boolean {
  return a.name === b.name && a.owner === b.owner && a.tier === b.tier && a.value === b.value && a.status === b.status;
}
