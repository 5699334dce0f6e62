import type { IsoDay } from '../../../shared/domain';
import { createHealthScorer, medianValue, needsAttention, priorityFor } from '../../../shared/health/engine';
import type { HealthResult, HealthSettings } from '../../../shared/health/types';
import { listAccounts, listScoringAccounts, type ScoringAccount } from '../db/accounts-repo';
import type { Store } from '../db/connection';
import { loadAccountSignals } from './account-signals';

/** What the board keeps of a health result: everything but the per-factor breakdown, which no list shows. */
export type HealthSummary = Omit<HealthResult, 'factors'>;

export interface ScoredAccount {
  account: ScoringAccount;
  health: HealthSummary;
  priority: number;
  needsAttention: boolean;
  /** Our last contact (epoch ms), kept to tell whether the account was reached today. */
  lastOurContactAt: number | null;
}

/** Told about fresh scores: every account after a full rescore (`full`), or the few just re-scored. */
export type ScoresListener = (asOf: IsoDay, scored: Iterable<ScoredAccount>, full: boolean) => void;

export interface RescoreStats {
  accounts: number;
  millis: number;
  /** Where the time went: reading accounts, the set-based signal queries, the engine. */
  phases: { accounts: number; signals: number; engine: number };
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
  /** The full rescore under way, shared by every caller that needs it (never two at once). */
  #rescoring: { asOf: IsoDay; done: Promise<RescoreStats> } | null = null;
  #listeners: ScoresListener[] = [];

  constructor(store: Store, settings: HealthSettings) {
    this.#store = store;
    this.#settings = settings;
  }

  /** Hears about every rescore, e.g. to keep the day's score snapshot (services/snapshots.ts). */
  onScored(listener: ScoresListener): void {
    this.#listeners.push(listener);
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
    this.invalidate();
  }

  /** Drops every score, e.g. after sample data or an import changed many accounts at once. */
  invalidate(): void {
    this.#asOf = null;
    this.#scores = new Map();
  }

  async ensure(asOf: IsoDay): Promise<void> {
    if (this.#asOf !== asOf) await this.rescoreAll(asOf);
  }

  rescoreAll(asOf: IsoDay): Promise<RescoreStats> {
    if (this.#rescoring?.asOf === asOf) return this.#rescoring.done;
    const done = this.#rescoreAll(asOf).finally(() => {
      if (this.#rescoring?.done === done) this.#rescoring = null;
    });
    this.#rescoring = { asOf, done };
    return done;
  }

  async #rescoreAll(asOf: IsoDay): Promise<RescoreStats> {
    const started = performance.now();
    // Let go of the old scores first: holding two full boards at once doubles peak memory.
    this.#scores = new Map();
    this.#asOf = null;
    const accounts = listScoringAccounts(this.#store);
    const accountsRead = performance.now();
    this.#referenceValue = medianValue(accounts.map((a) => a.value)) || 1;
    const { scores, signalsMs } = await this.#score(accounts, asOf, undefined);
    this.#scores = scores;
    this.#asOf = asOf;
    for (const listener of this.#listeners) listener(asOf, scores.values(), true);
    const millis = performance.now() - started;
    const phases = { accounts: accountsRead - started, signals: signalsMs, engine: millis - (accountsRead - started) - signalsMs };
    return { accounts: scores.size, millis, phases };
  }

  /** Re-scores a few accounts in place (a logged touch, an edited account). */
  async rescoreAccounts(ids: number[]): Promise<void> {
    const asOf = this.#asOf;
    if (asOf === null) return;
    const accounts = await listAccounts(this.#store.db, { ids });
    const active = accounts.filter((a) => a.status === 'active');
    const { scores } = await this.#score(active, asOf, active.map((a) => a.id));
    // A full rescore that replaced the board meanwhile already read this change.
    if (this.#asOf !== asOf) return;
    for (const id of ids) this.#scores.delete(id);
    for (const [id, scored] of scores) this.#scores.set(id, scored);
    for (const listener of this.#listeners) listener(asOf, scores.values(), false);
  }

  /**
   * One account's full health (with the factor breakdown the board lets go
   * of) and priority, as of the board's day; null when the board does not
   * score it (churned, unknown, or no day scored yet).
   */
  async detail(id: number): Promise<{ health: HealthResult; priority: number } | null> {
    const scored = this.#scores.get(id);
    const asOf = this.#asOf;
    if (!scored || asOf === null) return null;
    const signals = await loadAccountSignals(this.#store, this.#settings, asOf, [scored.account], [id]);
    const health = createHealthScorer(this.#settings, asOf)(signals.get(id)!);
    return { health, priority: priorityFor(health, scored.account.value, this.#referenceValue) };
  }

  get(id: number): ScoredAccount | undefined {
    return this.#scores.get(id);
  }

  all(): IterableIterator<ScoredAccount> {
    return this.#scores.values();
  }

  async #score(accounts: ScoringAccount[], asOf: IsoDay, ids: number[] | undefined): Promise<{ scores: Map<number, ScoredAccount>; signalsMs: number }> {
    const settings = this.#settings;
    const started = performance.now();
    const allSignals = await loadAccountSignals(this.#store, settings, asOf, accounts, ids);
    const signalsMs = performance.now() - started;
    const score = createHealthScorer(settings, asOf);
    const scores = new Map<number, ScoredAccount>();
    for (const account of accounts) {
      const signals = allSignals.get(account.id)!;
      const result = score(signals);
      // 50,000 boards' worth of factor breakdowns would be kept for nothing: let them go young.
      const health: HealthSummary = {
        score: result.score,
        band: result.band,
        reasons: result.reasons,
        daysSinceOurContact: result.daysSinceOurContact,
        openComplaints: result.openComplaints,
        oldestOpenComplaintDays: result.oldestOpenComplaintDays,
        complaintSilenceDays: result.complaintSilenceDays,
      };
      scores.set(account.id, {
        account,
        health,
        priority: priorityFor(result, account.value, this.#referenceValue),
        needsAttention: needsAttention(result),
        lastOurContactAt: signals.lastOurContactAt,
      });
    }
    return { scores, signalsMs };
  }
}
