import { ago, clamp01, days, daysSinceCreated, every, parseInstant, wholeDaysSince } from './factor';
import type { Factor, FactorInput } from './factor';

/**
 * The gap, in cadences, at which recency has nothing left to give. Linear
 * between one cadence (fine) and three (as bad as it gets), like Planhat's
 * linear "last touch" range, but scaled by the tier's own cadence.
 */
export const RECENCY_ZERO_AT_CADENCES = 3;

/**
 * Days since *our* last contact against the tier's cadence. Inbound touchpoints
 * do not count as us staying in touch; an account we never contacted is judged
 * from the day it was created.
 *
 * @example
 * // Standard account (cadence 30), last outbound 47 days ago:
 * recencyFactor(input); // { subScore: 0.717, reason: 'No outbound contact for 47 days (…)', neutral: false }
 */
export const recencyFactor: Factor = (input) => {
  const cadence = input.cadenceDays;
  const gap = input.daysSinceOurContact ?? daysSinceCreated(input);
  const subScore = clamp01(1 - (gap - cadence) / ((RECENCY_ZERO_AT_CADENCES - 1) * cadence));
  if (gap <= cadence) return { subScore: 1, reason: null, neutral: false };
  return { subScore, reason: recencyReason(input, gap), neutral: false };
};

function recencyReason(input: FactorInput, gap: number): string {
  const expectation = input.cadenceTier
    ? `${input.cadenceTier} accounts expect contact ${every(input.cadenceDays)}`
    : `expected ${every(input.cadenceDays)}`;
  const ourSide =
    input.daysSinceOurContact === null ? `we have never reached out (account created ${ago(gap)})` : `our last outreach was ${ago(gap)}`;

  // The customer keeps reaching us while we stay quiet: say so, it is the
  // clearest sign the relationship runs on their effort, not ours.
  const anyMs = parseInstant(input.signals.lastAnyContactAt);
  if (anyMs !== null) {
    const sinceAny = wholeDaysSince(anyMs, input.asOfMs);
    if (sinceAny <= input.cadenceDays && sinceAny <= gap / 2) {
      return `The customer contacted us ${ago(sinceAny)}, but ${ourSide}`;
    }
  }
  return input.daysSinceOurContact === null
    ? `No outbound contact since the account was created ${ago(gap)} (${expectation})`
    : `No outbound contact for ${days(gap)} (${expectation})`;
}
