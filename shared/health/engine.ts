import { asOfMs } from '../dates';
import { FACTORS } from '../domain';
import type { Band, FactorKey, IsoDay } from '../domain';
import { complaintFacts, complaintFactor } from './factors/complaint';
import { decayFactor } from './factors/decay';
import { factorInput } from './factors/factor';
import type { Factor, FactorVerdict } from './factors/factor';
import { recencyFactor } from './factors/recency';
import { sentimentFactor } from './factors/sentiment';
import { voiceFactor } from './factors/voice';
import { validateHealthSettings } from './settings';
import type { AccountSignals, FactorResult, HealthResult, HealthSettings, Reason } from './types';

const FACTOR_FUNCTIONS: Record<FactorKey, Factor> = {
  recency: recencyFactor,
  decay: decayFactor,
  complaint: complaintFactor,
  sentiment: sentimentFactor,
  voice: voiceFactor,
};

/**
 * The most one factor can take on its own, as a share of the score. Below 1 so
 * that a single problem, however bad, leaves room for others to pull the
 * score lower still: neglected accounts keep distinct scores instead of all
 * sitting at 0, and two problems always rank below one.
 */
export const MAX_SINGLE_BITE = 0.8;

/** Extra risk per open complaint (up to three) when ranking today's list. */
export const COMPLAINT_PRIORITY_BUMP = 10;

/**
 * A scorer bound to one settings object and one as-of day, for scoring many
 * accounts: the settings are checked and the as-of instant and weight scales
 * worked out once. Throws a RangeError for invalid settings (see
 * `validateHealthSettings`) or an unreadable as-of day.
 *
 * @example
 * const score = createHealthScorer(settings, '2026-06-30');
 * const results = signalsByAccount.map(score);
 */
export function createHealthScorer(settings: HealthSettings, asOf: IsoDay): (signals: AccountSignals) => HealthResult {
  // Invalid settings would turn into NaN scores deep inside a factor; fail
  // once, loudly, here instead. Callers validate before saving settings.
  const problems = validateHealthSettings(settings);
  if (problems.length > 0) throw new RangeError(`Invalid health settings: ${problems.join(' ')}`);
  const endMs = asOfMs(asOf);
  if (Number.isNaN(endMs)) throw new RangeError(`Invalid as-of day: ${asOf}`);
  const weights = FACTORS.map((factor) => settings.weights[factor]);
  const heaviest = Math.max(0, ...weights);
  // Each factor can take at most its weight's share of the heaviest weight:
  // the heaviest alone can take MAX_SINGLE_BITE of the score, a half-weight one half that.
  const bites = weights.map((weight) => (heaviest > 0 ? (MAX_SINGLE_BITE * weight) / heaviest : 0));

  const factorFunctions = FACTORS.map((factor) => FACTOR_FUNCTIONS[factor]);
  const count = FACTORS.length;
  // Scratch space reused for every account: a full rescore scores 50,000 of
  // them, and short-lived arrays per account add up to real garbage-collection time.
  const verdicts: FactorVerdict[] = [];
  const taken = new Float64Array(count);

  return (signals) => {
    const input = factorInput(signals, settings, asOf, endMs);

    // Problems compound: each takes its bite out of what the others left, so
    // one severe problem is enough to sink the score (a weighted mean would
    // dilute a silent complaint among four fine factors) and a neutral
    // factor (bite 0) changes nothing.
    let remaining = 1;
    let totalTaken = 0;
    let totalHeld = 0;
    for (let i = 0; i < count; i++) {
      const verdict = (factorFunctions[i] as Factor)(input);
      verdicts[i] = verdict;
      const bite = (bites[i] as number) * (1 - verdict.subScore);
      taken[i] = bite;
      remaining *= 1 - bite;
      totalTaken += bite;
      totalHeld += (weights[i] as number) * verdict.subScore;
    }
    const score = Math.min(100, Math.max(0, Math.round(100 * remaining)));
    const lost = 100 - score;

    const factors: FactorResult[] = [];
    const reasons: Reason[] = [];
    for (let i = 0; i < count; i++) {
      const verdict = verdicts[i] as FactorVerdict;
      const weight = weights[i] as number;
      factors.push({
        factor: FACTORS[i] as FactorKey,
        subScore: round(verdict.subScore, 3),
        weight,
        contribution: round(totalHeld > 0 ? (score * weight * verdict.subScore) / totalHeld : score / count, 1),
      });
      if (verdict.reason) {
        const impact = totalTaken > 0 ? -(lost * (taken[i] as number)) / totalTaken : 0;
        reasons.push({ factor: FACTORS[i] as FactorKey, text: verdict.reason, impact: round(impact, 1) });
      }
    }
    // Stable sort: equal impacts keep the factors' fixed order.
    if (reasons.length > 1) reasons.sort((a, b) => a.impact - b.impact);

    const complaints = complaintFacts(input);
    return {
      score,
      band: bandFor(score, settings),
      factors,
      reasons,
      daysSinceOurContact: input.daysSinceOurContact,
      openComplaints: complaints.open,
      oldestOpenComplaintDays: complaints.oldestDays,
      complaintSilenceDays: complaints.silenceDays,
    };
  };
}

/**
 * Scores one account as of a day. For many accounts, create one scorer with
 * `createHealthScorer` and reuse it.
 *
 * @example
 * // Called every 9 days for a year, silent for the last 47 (Standard, cadence 30):
 * const result = scoreAccount(signals, DEFAULT_HEALTH_SETTINGS, '2026-06-30');
 * result.score;              // 45
 * result.band;               // 'at_risk'
 * result.reasons[0]?.text;   // 'You used to be in touch every 9 days; now it has been 47 days since the last contact'
 */
export function scoreAccount(signals: AccountSignals, settings: HealthSettings, asOf: IsoDay): HealthResult {
  return createHealthScorer(settings, asOf)(signals);
}

/**
 * The band a score falls in; each threshold is the lowest score of its band.
 *
 * @example
 * bandFor(80, DEFAULT_HEALTH_SETTINGS); // 'healthy'
 * bandFor(20, DEFAULT_HEALTH_SETTINGS); // 'neglected'
 */
export function bandFor(score: number, settings: HealthSettings): Band {
  const { healthy, watch, atRisk } = settings.bands;
  if (score >= healthy) return 'healthy';
  if (score >= watch) return 'watch';
  if (score >= atRisk) return 'at_risk';
  return 'neglected';
}

/**
 * Where an account belongs on today's list. Value sets priority, not health:
 * risk (100 − score, plus 10 per open complaint up to three) grows with the
 * account's value against the portfolio's reference (median) value on a log
 * scale, so a neglected high-value account ranks above an equally neglected
 * small one without value drowning out risk. Rounded to one decimal.
 *
 * priority = risk × (1 + log2(1 + value / referenceValue))
 *
 * @example
 * priorityFor(result, 120_000, 30_000); // risk 60 → 60 × (1 + log2(5)) = 199.3
 */
export function priorityFor(result: HealthResult, value: number, referenceValue: number): number {
  const risk = 100 - result.score + COMPLAINT_PRIORITY_BUMP * Math.min(3, Math.max(0, result.openComplaints));
  const ratio = referenceValue > 0 && value > 0 ? value / referenceValue : 0;
  return round(risk * (1 + Math.log2(1 + ratio)), 1);
}

/**
 * Whether an account belongs on today's list at all: any band but healthy, or
 * any open complaint (a complaint always deserves a look, however well the rest goes).
 *
 * @example
 * needsAttention(result); // true
 */
export function needsAttention(result: HealthResult): boolean {
  return result.band !== 'healthy' || result.openComplaints > 0;
}

/**
 * The portfolio's reference value for `priorityFor`: the median of the usable
 * (finite, non-negative) values, 0 for an empty portfolio.
 *
 * @example
 * medianValue([10, 40, 20]); // 20
 */
export function medianValue(values: readonly number[]): number {
  const usable = values.filter((value) => Number.isFinite(value) && value >= 0).sort((a, b) => a - b);
  if (usable.length === 0) return 0;
  const middle = usable.length >> 1;
  return usable.length % 2 === 1
    ? (usable[middle] as number)
    : ((usable[middle - 1] as number) + (usable[middle] as number)) / 2;
}

const POWERS_OF_TEN = [1, 10, 100, 1000];

function round(x: number, decimals: number): number {
  const factor = POWERS_OF_TEN[decimals] ?? 10 ** decimals;
  return Math.round(x * factor) / factor + 0;
}
