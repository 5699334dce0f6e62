/**
 * The health engine: pure functions from an account's aggregated signals to a
 * score, a band, per-factor contributions and plain-language reasons, all "as
 * of" a day the caller passes in. See docs/health-model.md.
 *
 * @example
 * import { DEFAULT_HEALTH_SETTINGS, createHealthScorer, priorityFor } from '../shared/health';
 * const score = createHealthScorer(DEFAULT_HEALTH_SETTINGS, '2026-06-30');
 * const result = score(signals);
 */
export type { AccountSignals, FactorResult, HealthResult, HealthSettings, Reason } from './types';
export { DEFAULT_HEALTH_SETTINGS, cadenceFor, tierCadence, validateHealthSettings } from './settings';
export {
  COMPLAINT_PRIORITY_BUMP,
  bandFor,
  createHealthScorer,
  medianValue,
  needsAttention,
  priorityFor,
  scoreAccount,
} from './engine';
export { NEGATIVE_SENTIMENT, signalsFromTouchpoints } from './signals-from-touchpoints';
export type { HealthTouchpoint } from './signals-from-touchpoints';
export type { Factor, FactorInput, FactorVerdict } from './factors/factor';
export { factorInput } from './factors/factor';
export { recencyFactor } from './factors/recency';
export { decayFactor } from './factors/decay';
export { complaintFactor, complaintFacts } from './factors/complaint';
export { sentimentFactor } from './factors/sentiment';
export { voiceFactor } from './factors/voice';
