import { DAY_MS, asOfMs } from '../dates';
import type { Account, IsoDay, Touchpoint } from '../domain';
import { emptySignals } from './empty-signals';
import type { AccountSignals, HealthSettings } from './types';

/** The touchpoint fields the health model reads. */
export type HealthTouchpoint = Pick<
  Touchpoint,
  'occurredAt' | 'channel' | 'direction' | 'sentiment' | 'complaintStatus' | 'resolvedAt' | 'comeBack' | 'refer'
>;

/** Sentiment at or below this counts as a negative conversation. */
export const NEGATIVE_SENTIMENT = -0.3;

/**
 * The reference aggregation: one account's touchpoints folded into the
 * engine's signals, as of the end of `asOf`. Deliberately plain (one loop, no
 * cleverness) because it is the definition the backend's set-based SQL is
 * tested against. The rules, exactly:
 *
 * - only touchpoints at or before the last millisecond of `asOf` count;
 * - our contact = direction 'outbound' or channel 'meeting';
 * - recent window = (end − recentDays·24h, end], baseline window =
 *   (end − (recentDays + baselineDays)·24h, end − recentDays·24h];
 * - sentiment weight = 2^(−ageDays / sentiment.halfLifeDays), ageDays = (end − t) / 24h, fractional;
 * - a negative conversation has sentiment ≤ −0.3 and falls in the recent window;
 * - a complaint (complaintStatus not null) is open on the as-of day when it
 *   was resolved after `end`, or has no resolvedAt and is still marked 'open'
 *   (a row marked 'resolved' without a date counts as closed: exports often
 *   drop the date, and a closed ticket must not haunt the score forever);
 *   openedAt is its occurredAt, and open complaints are listed oldest first;
 * - latest survey answers: the latest by occurredAt; on the same instant the
 *   lower (more cautious) answer wins.
 *
 * @example
 * const signals = signalsFromTouchpoints(account, touchpoints, DEFAULT_HEALTH_SETTINGS, '2026-06-30');
 * scoreAccount(signals, DEFAULT_HEALTH_SETTINGS, '2026-06-30');
 */
export function signalsFromTouchpoints(
  account: Pick<Account, 'tier' | 'value' | 'createdOn'>,
  touchpoints: readonly HealthTouchpoint[],
  settings: HealthSettings,
  asOf: IsoDay,
): AccountSignals {
  const end = asOfMs(asOf);
  const recentStart = end - settings.decay.recentDays * DAY_MS;
  const baselineStart = recentStart - settings.decay.baselineDays * DAY_MS;

  const signals = emptySignals(account);
  let lastOurMs = -Infinity;
  let lastAnyMs = -Infinity;
  let firstOurMs = Infinity;
  let comeBackMs = -Infinity;
  let referMs = -Infinity;
  const open: number[] = [];

  for (const touchpoint of touchpoints) {
    const t = Date.parse(touchpoint.occurredAt);
    if (!(t <= end)) continue; // also drops unreadable timestamps (NaN)

    if (t > lastAnyMs) {
      lastAnyMs = t;
      signals.lastAnyContactAt = t;
    }

    const ours = touchpoint.direction === 'outbound' || touchpoint.channel === 'meeting';
    if (ours) {
      if (t > lastOurMs) {
        lastOurMs = t;
        signals.lastOurContactAt = t;
      }
      if (t < firstOurMs) {
        firstOurMs = t;
        signals.firstOurContactAt = t;
      }
      if (t > recentStart) signals.recentOurContacts += 1;
      else if (t > baselineStart) signals.baselineOurContacts += 1;
    }

    if (touchpoint.sentiment !== null) {
      const weight = 2 ** (-((end - t) / DAY_MS) / settings.sentiment.halfLifeDays);
      signals.sentimentWeightedSum += weight * touchpoint.sentiment;
      signals.sentimentWeightTotal += weight;
      if (touchpoint.sentiment <= NEGATIVE_SENTIMENT && t > recentStart) signals.recentNegativeCount += 1;
    }

    if (touchpoint.complaintStatus !== null && isOpenOn(touchpoint, end)) {
      open.push(t);
    }

    if (touchpoint.comeBack !== null) {
      const latest = signals.latestComeBack;
      if (t > comeBackMs || (t === comeBackMs && latest !== null && touchpoint.comeBack < latest.answer)) {
        comeBackMs = t;
        signals.latestComeBack = { answer: touchpoint.comeBack, at: t };
      }
    }
    if (touchpoint.refer !== null) {
      const latest = signals.latestRefer;
      if (t > referMs || (t === referMs && latest !== null && touchpoint.refer < latest.answer)) {
        referMs = t;
        signals.latestRefer = { answer: touchpoint.refer, at: t };
      }
    }
  }

  signals.openComplaints = open.sort((a, b) => a - b).map((openedAt) => ({ openedAt }));
  return signals;
}

function isOpenOn(touchpoint: HealthTouchpoint, end: number): boolean {
  if (touchpoint.resolvedAt !== null) return Date.parse(touchpoint.resolvedAt) > end;
  return touchpoint.complaintStatus === 'open';
}
