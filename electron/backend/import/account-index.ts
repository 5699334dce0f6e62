import { accountKey } from '../../../shared/import/fingerprint';

/** An account as an import can name it: [id, external id, name, owner]. */
export type AccountKeys = [id: number, externalId: string, name: string, owner: string];

/**
 * A copy of a string that was cut from a bigger one. V8 keeps a cell cut
 * from the parser's 64 KB piece of text as a view into it, so a key kept
 * for the whole import would keep that piece alive — for a big file with
 * many accounts, most of the file. Joining and slicing again makes a string
 * of its own.
 */
const detached = (text: string): string => ` ${text}`.slice(1);

/**
 * Finds the account an imported row means, by external id first and by name
 * second — both compared as `accountKey`s: case, spacing and how accents are
 * written do not matter — and remembers accounts the import creates so later
 * rows find them.
 * Pure memory: built from the stored accounts' keys, so it can live on the
 * thread that reads the file.
 */
export class AccountIndex {
  #byExternalId = new Map<string, number>();
  #byName = new Map<string, number>();
  /** Spellings already resolved, as written in the file: most rows repeat one, so normalising it once is enough. */
  #seen = new Map<string, number>();

  constructor(keys: Iterable<AccountKeys> = []) {
    for (const [id, externalId, name] of keys) this.add(id, externalId, name);
  }

  add(id: number, externalId: string, name: string): void {
    const idKey = accountKey(externalId);
    const nameKey = accountKey(name);
    // A remembered answer can only change when the new account's id or name is a key
    // some account already answers to (a name made ambiguous, an id shadowing a name).
    // A brand-new account — the usual case, thousands of times in a big contact log —
    // changes none, and the answers stay remembered.
    if (this.#byExternalId.has(idKey) || this.#byName.has(idKey) || this.#byName.has(nameKey) || this.#byExternalId.has(nameKey)) this.#seen.clear();
    this.#byExternalId.set(detached(idKey), id);
    // Two accounts with one name cannot be told apart by name: neither is found that way.
    if (this.#byName.has(nameKey) && this.#byName.get(nameKey) !== id) this.#byName.set(nameKey, -1);
    else this.#byName.set(detached(nameKey), id);
  }

  /** The account's id, -1 when the name is ambiguous, or undefined when unknown. */
  find(account: string, accountName: string | null): number | undefined {
    const seen = this.#seen.get(account);
    if (seen !== undefined) return seen;
    const key = accountKey(account);
    const found = this.#byExternalId.get(key) ?? this.#byName.get(key);
    // Only settled answers found by the account column itself are remembered: an unknown
    // account may be created a moment later, and an answer found through the name column
    // depends on that column too.
    if (found !== undefined) {
      this.#seen.set(detached(account), found);
      return found;
    }
    return accountName ? this.#byName.get(accountKey(accountName)) : undefined;
  }
}
