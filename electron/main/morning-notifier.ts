import type { TendApi, TodayList } from '../../shared/contract';
import { dayOf } from '../../shared/dates';
import { decideMorning, MAX_WAIT_MS } from './morning-schedule';

/** What the system notification says. */
export interface MorningMessage {
  title: string;
  body: string;
}

export interface MorningNotifierDeps {
  /** The backend, as the main process holds it (only the two calls needed). */
  api: Pick<TendApi, 'preferences.get' | 'today.list'>;
  show: (message: MorningMessage) => void;
  /** The local day the notification was last shown, kept across restarts. */
  lastShown: { read: () => string | null; write: (day: string) => void };
  now?: () => number;
  /** An IANA zone for tests; the computer's own otherwise. */
  timeZone?: string;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  /** A check that failed (the backend busy or closing); the next check tries again. */
  onError?: (error: unknown) => void;
}

const count = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/**
 * "7 customers need you today", and who comes first and why; null when
 * nobody is waiting (no notification beats one that says nothing).
 */
export function morningMessage(list: TodayList): MorningMessage | null {
  const waiting = list.total - list.reached;
  if (waiting <= 0) return null;
  const top = list.rows.find((row) => !row.reviewed && !row.touchedToday);
  const title = `${count.format(waiting)} ${waiting === 1 ? 'customer needs' : 'customers need'} you today`;
  const why = top?.reasons[0]?.text;
  const body = top ? `First: ${top.name}${why ? ` — ${why}` : ''}. Click to open today's list.` : "Click to open today's list.";
  return { title, body };
}

/**
 * The desktop app's opt-in morning notification, without Electron in it (so
 * it is tested with a fake backend and clock): checks the preferences now
 * and then, asks today's list for the "me" owner how many customers are
 * waiting when the morning time comes (see decideMorning for exactly when),
 * and shows the message once a local day.
 */
export class MorningNotifier {
  readonly #deps: MorningNotifierDeps;
  #lastCheck: number | null = null;
  #timer: unknown = null;
  #checking = false;
  #stopped = false;

  constructor(deps: MorningNotifierDeps) {
    this.#deps = deps;
  }

  start(): void {
    void this.check();
  }

  /** Looks now (at start, after the computer wakes, when a timer fires) and plans the next look. */
  async check(): Promise<void> {
    if (this.#stopped || this.#checking) return;
    this.#checking = true;
    this.#cancelTimer();
    const { api, lastShown } = this.#deps;
    const now = (this.#deps.now ?? Date.now)();
    let nextCheck = now + MAX_WAIT_MS;
    try {
      const preferences = await api['preferences.get']({});
      const settings = preferences.ok ? preferences.value : null;
      const decision = decideMorning(settings, { now, lastCheck: this.#lastCheck, lastShownDay: lastShown.read(), timeZone: this.#deps.timeZone });
      nextCheck = decision.nextCheck;
      if (decision.show && settings) {
        // Tend's lists are for UTC days, as the console shows them.
        const list = await api['today.list']({ asOf: dayOf(now), owner: settings.me, limit: 1 });
        if (!list.ok) throw new Error(list.error.message);
        const message = morningMessage(list.value);
        if (message && !this.#stopped) this.#deps.show(message);
        lastShown.write(decision.day);
      }
      // Only a check that could read the preferences counts: a morning missed while the backend was busy is caught up.
      if (preferences.ok) this.#lastCheck = now;
    } catch (error) {
      this.#deps.onError?.(error);
    } finally {
      this.#checking = false;
      if (!this.#stopped) {
        const setTimer = this.#deps.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
        this.#timer = setTimer(() => void this.check(), Math.max(0, nextCheck - (this.#deps.now ?? Date.now)()));
      }
    }
  }

  stop(): void {
    this.#stopped = true;
    this.#cancelTimer();
  }

  #cancelTimer(): void {
    if (this.#timer === null) return;
    (this.#deps.clearTimer ?? ((timer: unknown) => clearTimeout(timer as ReturnType<typeof setTimeout>)))(this.#timer);
    this.#timer = null;
  }
}
