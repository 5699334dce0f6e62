import type { Store } from '../db/connection';
import { loadAccountKeys } from '../db/import-repo';

/** How an import names an account: trimmed, case- and space-insensitive. */
export const accountKey = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Finds the account an imported row means, by external id first and by name
 * second, and remembers accounts the import creates so later rows find them.
 */
export class AccountIndex {
  #byExternalId = new Map<string, number>();
  #byName = new Map<string, number>();
  #owners = new Map<number, string>();
  /** Spellings already resolved, as written in the file: most rows repeat one, so normalising it once is enough. */
  #seen = new Map<string, number>();

  constructor(store: Store) {
    for (const [id, externalId, name, owner] of loadAccountKeys(store)) this.add(id, externalId, name, owner);
  }

  add(id: number, externalId: string, name: string, owner: string): void {
    // A new account can make a name ambiguous: forget remembered answers.
    this.#seen.clear();
    this.#byExternalId.set(accountKey(externalId), id);
    const nameKey = accountKey(name);
    // Two accounts with one name cannot be told apart by name: neither is found that way.
    if (this.#byName.has(nameKey) && this.#byName.get(nameKey) !== id) this.#byName.set(nameKey, -1);
    else this.#byName.set(nameKey, id);
    this.#owners.set(id, owner);
  }

  /** The account's id, -1 when the name is ambiguous, or undefined when unknown. */
  find(account: string, accountName: string | null): number | undefined {
    const seen = this.#seen.get(account);
    if (seen !== undefined) return seen;
    const found = this.#lookUp(account, accountName);
    // Only settled answers are remembered: an unknown account may be created a moment later.
    if (found !== undefined) this.#seen.set(account, found);
    return found;
  }

  #lookUp(account: string, accountName: string | null): number | undefined {
    const byId = this.#byExternalId.get(accountKey(account));
    if (byId !== undefined) return byId;
    const byName = this.#byName.get(accountKey(account));
    if (byName !== undefined) return byName;
    return accountName ? this.#byName.get(accountKey(accountName)) : undefined;
  }
}
