import type { Account, IsoDay } from '../../../shared/domain';
import { createHealthScorer, medianValue, needsAttention, priorityFor } from '../../../shared/health/engine';
import type { AccountSignals, HealthResult, HealthSettings } from '../../../shared/health/types';
import { listAccounts } from '../db/accounts-repo';
import type { Store } from '../db/connection';
import { loadAccountSignals } from './account-signals';

export interface ScoredAccount {
  account: Account;
  signals: AccountSignals;
  health: HealthResult;
  priority: number;
  needsAttention: boolean;
}

export interface RescoreStats {
  accounts: number;
  millis: number;
}

/**
 * The current health of every active account as of one day, kept in memory so
 * today's list for any owner is a filter and a sort, not a query. A full
 * rescore is three set-based queries feeding the pure engine; a logged touch
 * or a changed account re-scores just that account.
 */
export class Scoreboard {
  #store: Store;
  #settings: HealthSettings;
  #asOf: IsoDay | null = null;
  #scores = new Map<number, ScoredAccount>();
  #referenceValue = 1;

  constructor(store: Store, settings: HealthSettings) {
    this.#store = store;
    this.#settings = settings;
  }

  get asOf(): IsoDay | null {
    return this.#asOf;
  }

  get settings(): HealthSettings {
    return this.#settings;
  }

  /** New weights or cadences invalidate every score. */
  setSettings(settings: HealthSettings): void {
    this.#settings = settings;
    this.#asOf = null;
  }

  /** Drops every score, e.g. after sample data or an import changed many accounts at once. */
  invalidate(): void {
    this.#asOf = null;
  }

  async ensure(asOf: IsoDay): Promise<void> {
    if (this.#asOf !== asOf) await this.rescoreAll(asOf);
  }

  async rescoreAll(asOf: IsoDay): Promise<RescoreStats> {
    const started = performance.now();
    const accounts = await listAccounts(this.#store.db, { status: 'active' });
    const scores = await this.#score(accounts, asOf, undefined);
    this.#scores = scores;
    this.#asOf = asOf;
    return { accounts: scores.size, millis: performance.now() - started };
  }

  /** Re-scores a few accounts in place (a logged touch, an edited account). */
  async rescoreAccounts(ids: number[]): Promise<void> {
    if (this.#asOf === null) return;
    const accounts = await listAccounts(this.#store.db, { ids });
    const active = accounts.filter((a) => a.status === 'active');
    const scores = await this.#score(active, this.#asOf, active.map((a) => a.id));
    for (const id of ids) this.#scores.delete(id);
    for (const [id, scored] of scores) this.#scores.set(id, scored);
  }

  get(id: number): ScoredAccount | undefined {
    return this.#scores.get(id);
  }

  all(): IterableIterator<ScoredAccount> {
    return this.#scores.values();
  }

  async #score(accounts: Account[], asOf: IsoDay, ids: number[] | undefined): Promise<Map<number, ScoredAccount>> {
    const settings = this.#settings;
    const allSignals = await loadAccountSignals(this.#store, settings, asOf, accounts, ids);
    if (ids === undefined) this.#referenceValue = medianValue(accounts.map((a) => a.value)) || 1;
    const score = createHealthScorer(settings, asOf);
    const scores = new Map<number, ScoredAccount>();
    for (const account of accounts) {
      const signals = allSignals.get(account.id)!;
      const health = score(signals);
      scores.set(account.id, {
        account,
        signals,
        health,
        priority: priorityFor(health, account.value, this.#referenceValue),
        needsAttention: needsAttention(health),
      });
    }
    return scores;
  }
}
