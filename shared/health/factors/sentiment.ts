import { NEUTRAL, clamp01, days } from './factor';
import type { Factor } from './factor';

/**
 * Weight of an imaginary neutral (0) conversation added to every account's
 * mean. Without it one remark from two years ago, the only one with a tone,
 * would count as fully as a fresh one; with it the tone fades to neutral as
 * the evidence ages (a fresh conversation weighs 1, one a half-life old 0.5).
 */
export const SENTIMENT_PRIOR_WEIGHT = 1;
/** The shrunk mean at which tone alone leaves nothing of the factor. */
export const SENTIMENT_ZERO_AT = -1;
/** Each negative conversation in a run (of two or more) takes this much more… */
export const SENTIMENT_RUN_STEP = 0.15;
/** …up to this much: a run of negatives matters more than one. */
export const SENTIMENT_RUN_MAX = 0.45;
const SENTIMENT_REASON_FROM = 0.1;

/**
 * Recency-weighted tone of the account's conversations. Neutral or positive
 * tone costs nothing, and no sentiment data at all is a neutral verdict: Tend
 * only marks down what it has evidence against.
 *
 * - tone     = Σ wᵢ·sᵢ / (Σ wᵢ + 1), wᵢ = 2^(−age/halfLife) — a mean shrunk toward 0
 * - base     = 1 for tone ≥ 0, falling linearly to 0 at tone −1
 * - run      = 0.15 × (negatives − 1) for 2+ negatives in the recent window, at most 0.45
 * - subScore = max(0, base − run)
 *
 * @example
 * sentimentFactor(input).reason; // 'Tone has turned negative: 3 negative conversations in the last 90 days'
 */
export const sentimentFactor: Factor = (input) => {
  const { sentimentWeightedSum, sentimentWeightTotal, recentNegativeCount } = input.signals;
  if (!(sentimentWeightTotal > 0) && recentNegativeCount === 0) return NEUTRAL;
  const tone = sentimentWeightedSum / (Math.max(0, sentimentWeightTotal) + SENTIMENT_PRIOR_WEIGHT);
  const base = clamp01(1 - tone / SENTIMENT_ZERO_AT);
  const run = recentNegativeCount >= 2 ? Math.min(SENTIMENT_RUN_MAX, SENTIMENT_RUN_STEP * (recentNegativeCount - 1)) : 0;
  const subScore = clamp01(base - run);
  if (subScore > 1 - SENTIMENT_REASON_FROM) return { subScore, reason: null, neutral: false };
  const reason =
    recentNegativeCount >= 2
      ? `Tone has turned negative: ${recentNegativeCount} negative conversations in the last ${days(input.settings.decay.recentDays)}`
      : tone <= SENTIMENT_ZERO_AT / 2
        ? 'Recent conversations have been negative in tone'
        : 'Recent conversations lean negative in tone';
  return { subScore, reason, neutral: false };
};
