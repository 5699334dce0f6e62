import { DAY_MS } from '../../dates';
import { NEUTRAL, clamp01, days, every, parseInstant } from './factor';
import type { Factor, FactorInput } from './factor';

/** Fewer baseline contacts than this is not a rhythm, just a few calls. */
export const DECAY_MIN_BASELINE_CONTACTS = 3;
/** Less baseline history than this cannot say how often we used to call. */
export const DECAY_MIN_BASELINE_DAYS = 30;
/** A gap this many times the old one is as thin as contact gets (log scale: twice as slow = half way). */
export const DECAY_FULL_SLOWDOWN = 4;
/** A slide that costs less than this much of the sub-score is not worth a sentence. */
const DECAY_REASON_FROM = 0.1;

/**
 * "Taken for granted": the recent rhythm of our contacts against the account's
 * own earlier rhythm. Only an account that used to be contacted more often than
 * its cadence can decay (the BG/NBD intuition: silence counts against a customer
 * who used to be in touch often, not one who never was).
 *
 * - baselineGap = clipped baseline span / baseline contacts
 * - recentGap   = max(recentDays / recent contacts, days since our last contact)
 * - thinning    = log(min(recentGap, cadence) / baselineGap) / log(4), clamped to 0…1;
 *   capped at the cadence because past it the recency factor takes over, and
 *   an account kept just inside its cadence has little rhythm to lose
 * - reach       = recentGap / cadence, clamped to 0…1 — slowing from every 2 days
 *   to every 8 is no worry on a 90-day cadence, but the closer the gap gets to
 *   the cadence the more the slide matters
 * - subScore    = 1 − thinning × reach
 *
 * More or more recent contact only shrinks recentGap, so it never hurts.
 *
 * @example
 * // Used to be every 9 days, last contact 47 days ago, Standard (30):
 * decayFactor(input).reason; // 'You used to be in touch every 9 days; now it has been 47 days since the last contact'
 */
export const decayFactor: Factor = (input) => {
  const rhythm = decayRhythm(input);
  if (rhythm === null) return NEUTRAL;
  const { baselineGap, recentGap } = rhythm;
  const thinning = clamp01(Math.log(Math.min(recentGap, input.cadenceDays) / baselineGap) / Math.log(DECAY_FULL_SLOWDOWN));
  const reach = clamp01(recentGap / input.cadenceDays);
  const subScore = 1 - thinning * reach;
  return { subScore, reason: subScore <= 1 - DECAY_REASON_FROM ? decayReason(input, rhythm) : null, neutral: false };
};

interface Rhythm {
  baselineGap: number;
  recentGap: number;
}

/** The two gaps being compared, or null when the account has no rhythm to lose. */
export function decayRhythm(input: FactorInput): Rhythm | null {
  const { signals, settings, asOfMs } = input;
  const { recentDays, baselineDays } = settings.decay;
  const firstMs = parseInstant(signals.firstOurContactAt);
  if (firstMs === null || signals.baselineOurContacts < DECAY_MIN_BASELINE_CONTACTS) return null;

  // A young account's baseline is only as long as its history, or its first
  // weeks of heavy care would be spread over a year and look like neglect.
  const baselineEndMs = asOfMs - recentDays * DAY_MS;
  const span = Math.min(baselineDays, (baselineEndMs - firstMs) / DAY_MS);
  if (span < DECAY_MIN_BASELINE_DAYS) return null;

  const baselineGap = span / signals.baselineOurContacts;
  if (baselineGap >= input.cadenceDays) return null;

  // With no recent contact the last one lies in the baseline, so the days
  // since it already exceed recentDays and dominate the max.
  const recentRateGap = recentDays / Math.max(1, signals.recentOurContacts);
  const recentGap = Math.max(recentRateGap, input.daysSinceOurContact ?? 0);
  return { baselineGap, recentGap };
}

function decayReason(input: FactorInput, { baselineGap, recentGap }: Rhythm): string {
  const usedTo = `You used to be in touch ${every(Math.max(1, Math.round(baselineGap)))}`;
  const silence = input.daysSinceOurContact;
  if (silence !== null && silence >= recentGap) {
    return `${usedTo}; now it has been ${days(silence)} since the last contact`;
  }
  return `${usedTo}; over the last ${days(input.settings.decay.recentDays)} it has been ${every(Math.round(recentGap))}`;
}
