import { addDays } from '../../../shared/dates';
import type { IsoDay } from '../../../shared/domain';
import type { HealthSettings } from '../../../shared/health/types';
import { HISTORY, backfillDays } from '../../../shared/history/days';
import type { Store } from '../db/connection';
import { readSetting } from '../db/settings-repo';
import { daysWithSnapshots, historyAccounts, lastImportChange, pruneSnapshots, saveHistoryRun, withoutWaiting, writeSnapshots } from '../db/snapshots-repo';
import { scoreAccountsOnDays } from './past-scores';
import type { ScoredAccount } from './scoreboard';

export interface ScoreHistoryOptions {
  store: Store;
  /** The health model as it stands (settings can change while Tend runs). */
  settings: () => HealthSettings;
  /** The wall clock; "today" is its UTC day. */
  now: () => number;
  /** Told about failures of background work, which never reach a caller. */
  onError?: (error: unknown) => void;
}

interface Run {
  cancelled: boolean;
  done: Promise<void>;
}

/** Where the last back-fill's day and time are kept, to tell whether an import came after it. */
const LAST_RUN_KEY = 'history.backfill';
/**
 * Accounts scored per step: one synchronous stretch of 250 accounts × 55 days
 * (~0.1–0.2 s at 20 touchpoints an account), so a call waits at most that long.
 */
const ACCOUNTS_PER_STEP = 250;

const todayOf = (now: number): IsoDay => new Date(now).toISOString().slice(0, 10);
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Score history: a snapshot of every active account's score and band per day.
 *
 * - **On the day.** Whenever the scoreboard scores the current UTC day (a full
 *   rescore, or the few accounts a logged touch or an edit re-scores), that
 *   day's snapshots are written (`record`, a scoreboard listener). Rescores
 *   for any other day (a past as-of in the CLI, a settings preview) write
 *   nothing: past days are the back-fill's.
 * - **Back-fill.** Past days are scored from the touchpoints as the engine
 *   would have scored them then (`backfillDays`: each of the last 28 days,
 *   then one Monday a week for 26 weeks). It never replaces a snapshot
 *   written on its day. It runs in the background after sample data, after
 *   an import or an undo (every back-filled day again: the past has changed),
 *   on the first full rescore of today (to fill the days Tend did not run,
 *   or every day again when an import or new health settings came since the
 *   last back-fill), and when the health settings change. It works in steps
 *   of a few hundred accounts, yielding between steps so calls keep being
 *   answered, and stops at the next step when cancelled or superseded.
 * - **Thinning.** Daily snapshots older than five weeks are thinned to
 *   Mondays, so 50,000 accounts add ~2.6 million rows a year, not 18.
 */
export class ScoreHistory {
  #options: ScoreHistoryOptions;
  /** Runs under way or queued, oldest first: each waits for the one before it. */
  #runs: Run[] = [];
  /** The settings the last full rescore of today used: new ones make every back-filled day stale. */
  #settingsSeen: HealthSettings | null = null;
  /** Today's snapshots after a full rescore, written just after it. */
  #dayWrite: Promise<void> = Promise.resolve();

  constructor(options: ScoreHistoryOptions) {
    this.#options = options;
  }

  get today(): IsoDay {
    return todayOf(this.#options.now());
  }

  /** Scoreboard listener: keeps today's snapshots current; the first full rescore of today also catches up past days. */
  readonly record = (asOf: IsoDay, scored: Iterable<ScoredAccount>, full: boolean): void => {
    if (asOf !== this.today) return;
    if (!full) this.#writeDay(asOf, scored);
    else {
      // 50,000 rows take a fifth of a second: write them once the list this rescore was for has gone out.
      const previous = this.#dayWrite;
      this.#dayWrite = (async () => {
        await previous;
        await nextTurn();
        // Not inside another call's transaction, which might still roll back.
        while (this.#options.store.sqlite.inTransaction) await pause(20);
        this.#writeDay(asOf, scored);
      })();
    }
    const settings = this.#options.settings();
    if (full && this.#settingsSeen !== settings) {
      this.#settingsSeen = settings;
      this.catchUp();
    }
  };

  #writeDay(day: IsoDay, scored: Iterable<ScoredAccount>): void {
    const rows = (function* () {
      for (const s of scored) yield { accountId: s.account.id, day, score: s.health.score, band: s.health.band };
    })();
    try {
      // Never wait for a lock: while an import holds the store, skip; the rescore after the import writes the day again.
      writeSnapshots(this.#options.store, rows, false, { wait: false });
    } catch (error) {
      if (!isBusy(error)) this.#options.onError?.(error);
    }
  }

  /** Re-computes every back-filled day in the background (after sample data, an import or an undo). */
  backfill(): void {
    this.#start(true);
  }

  /**
   * Fills the back-fill days that have no snapshot yet; all of them again
   * when an import came after the last back-fill or the health settings changed since.
   */
  catchUp(): void {
    this.#start(false);
  }

  /** Stops every back-fill at its next step (closing the store). */
  async cancel(): Promise<void> {
    await this.#dayWrite;
    const runs = [...this.#runs];
    for (const run of runs) run.cancelled = true;
    await Promise.all(runs.map((run) => run.done));
  }

  /** Resolves once today's snapshots from the last full rescore are in the store. */
  async written(): Promise<void> {
    await this.#dayWrite;
  }

  /** Resolves once today's snapshots are written and no back-fill is running (tests, benchmarks). */
  async idle(): Promise<void> {
    await this.#dayWrite;
    while (this.#runs.length > 0) await this.#runs.at(-1)!.done;
  }

  get running(): boolean {
    return this.#runs.length > 0;
  }

  /**
   * Re-computes the back-filled snapshots of a few accounts at once, after
   * one of their touchpoints was added, edited or deleted (a few
   * milliseconds an account). Days with a snapshot written on the day keep it.
   */
  refreshAccounts(ids: number[]): void {
    const today = this.today;
    const days = backfillDays(today).filter((day) => day !== today);
    try {
      const accounts = historyAccounts(this.#options.store, days.at(-1)!, ids);
      writeSnapshots(this.#options.store, scoreAccountsOnDays(this.#options.store, accounts, days, this.#options.settings(), today), true, { wait: false });
    } catch (error) {
      if (!isBusy(error)) this.#options.onError?.(error);
    }
  }

  /** A forced run supersedes the one under way; a catch-up waits for it and then finds little left to do. */
  #start(force: boolean): void {
    const previous = this.#runs.at(-1);
    if (force) for (const earlier of this.#runs) earlier.cancelled = true;
    const run: Run = { cancelled: false, done: Promise.resolve() };
    run.done = (async () => {
      await previous?.done;
      try {
        await this.#backfill(run, force);
      } catch (error) {
        this.#options.onError?.(error);
      } finally {
        this.#runs = this.#runs.filter((r) => r !== run);
      }
    })();
    this.#runs.push(run);
  }

  async #backfill(run: Run, force: boolean): Promise<void> {
    // Today's own snapshots first: the back-fill then finds today done.
    await this.#dayWrite;
    if (run.cancelled) return;
    const { store } = this.#options;
    const startedAt = this.#options.now();
    const today = this.today;
    const schedule = backfillDays(today);
    const settings = this.#options.settings();
    const fingerprint = JSON.stringify(settings);
    const last = (await readSetting(store.db, LAST_RUN_KEY)) as { at?: number; settings?: string } | undefined;
    const stale = force || last?.settings !== fingerprint || (await lastImportChange(store.db)) > (last?.at ?? 0);
    const have = stale ? new Set<IsoDay>() : daysWithSnapshots(store, schedule);
    const days = schedule.filter((day) => !have.has(day));
    if (days.length > 0) {
      const accounts = historyAccounts(store, days.at(-1)!);
      for (let i = 0; i < accounts.length; i += ACCOUNTS_PER_STEP) {
        await nextTurn();
        if (run.cancelled) return;
        const step = accounts.slice(i, i + ACCOUNTS_PER_STEP);
        // Another writer (an import) holds the store: wait our turn without blocking the thread.
        while (!tryWrite(store, () => writeSnapshots(store, scoreAccountsOnDays(store, step, days, settings, today), true))) {
          await pause(250);
          if (run.cancelled) return;
        }
      }
    }
    if (run.cancelled) return;
    while (!tryWrite(store, () => pruneSnapshots(store, addDays(today, -HISTORY.keepDailyDays)))) {
      await pause(250);
      if (run.cancelled) return;
    }
    while (!tryWrite(store, () => saveHistoryRun(store, LAST_RUN_KEY, { today, at: startedAt, settings: fingerprint }))) {
      await pause(250);
      if (run.cancelled) return;
    }
  }
}

/** Runs a synchronous write unless the store is busy; false means "try again later". */
function tryWrite(store: Store, write: () => unknown): boolean {
  // A kysely transaction of another call may be open between its awaits: do not write into it.
  if (store.sqlite.inTransaction) return false;
  try {
    withoutWaiting(store, write);
    return true;
  } catch (error) {
    if (isBusy(error)) return false;
    throw error;
  }
}

const isBusy = (error: unknown) => error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('SQLITE_BUSY');
