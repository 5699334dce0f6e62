import { DAY_MS, asOfMs, dayStartMs } from '../../dates';
import type { IsoDay } from '../../domain';
import { tierCadence } from '../settings';
import type { AccountSignals, EpochMs, HealthSettings } from '../types';

/** What one factor concludes about one account. */
export interface FactorVerdict {
  /** 0 (worst) … 1 (best). Neutral verdicts are 1, so missing data never costs points. */
  subScore: number;
  /** One plain sentence when the factor has something worth saying, else null. */
  reason: string | null;
  /** True when the factor had nothing to judge (no complaints, no answers, no rhythm to lose). */
  neutral: boolean;
}

/**
 * One account as every factor sees it: the signals, the settings, and the few
 * derived numbers several factors share, parsed once per account so scoring
 * 50,000 accounts does not parse the same timestamps five times.
 */
export interface FactorInput {
  signals: AccountSignals;
  settings: HealthSettings;
  asOf: IsoDay;
  /** Last millisecond of the as-of day. */
  asOfMs: number;
  cadenceDays: number;
  /** The tier name as written in settings, or null when the default cadence applies. */
  cadenceTier: string | null;
  lastOurContactMs: number | null;
  /** Whole days since our last contact (0 = on the as-of day), null when we never reached out. */
  daysSinceOurContact: number | null;
}

/** A factor: pure, cheap, and about one concern only. */
export type Factor = (input: FactorInput) => FactorVerdict;

export const NEUTRAL: FactorVerdict = Object.freeze({ subScore: 1, reason: null, neutral: true });

/**
 * Builds a factor's input. The engine passes the as-of instant it already
 * parsed; tests and one-off callers can leave it out.
 *
 * @example
 * const verdict = recencyFactor(factorInput(signals, DEFAULT_HEALTH_SETTINGS, '2026-06-30'));
 */
export function factorInput(
  signals: AccountSignals,
  settings: HealthSettings,
  asOf: IsoDay,
  asOfEndMs: number = asOfMs(asOf),
): FactorInput {
  const cadence = tierCadence(signals.tier, settings);
  const lastOurContactMs = parseInstant(signals.lastOurContactAt);
  return {
    signals,
    settings,
    asOf,
    asOfMs: asOfEndMs,
    cadenceDays: cadence?.days ?? settings.defaultCadenceDays,
    cadenceTier: cadence?.tier ?? null,
    lastOurContactMs,
    daysSinceOurContact: lastOurContactMs === null ? null : wholeDaysSince(lastOurContactMs, asOfEndMs),
  };
}

/** An instant's milliseconds; null for a missing or unusable one, so bad data reads as "no data". */
export function parseInstant(instant: EpochMs | null): number | null {
  return instant === null || !Number.isFinite(instant) ? null : instant;
}

/** Whole calendar days from an instant to the as-of day (0 = the same day); never negative. */
export function wholeDaysSince(ms: number, asOfEndMs: number): number {
  return Math.max(0, Math.floor((asOfEndMs - ms) / DAY_MS));
}

/** Whole days since the account was created; an unreadable date counts as created on the as-of day. */
export function daysSinceCreated(input: FactorInput): number {
  const created = dayStartMs(input.signals.createdOn);
  return Number.isNaN(created) ? 0 : wholeDaysSince(created, input.asOfMs);
}

export function clamp01(x: number): number {
  return x <= 0 ? 0 : x >= 1 ? 1 : x;
}

/** "1 day", "12 days". */
export function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

/** "today", "yesterday", "12 days ago". */
export function ago(n: number): string {
  return n === 0 ? 'today' : n === 1 ? 'yesterday' : `${n} days ago`;
}

/** "every day", "every 9 days". */
export function every(n: number): string {
  return n <= 1 ? 'every day' : `every ${n} days`;
}
