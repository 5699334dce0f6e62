import { afinnScore } from './afinn-score';

/** AFINN's comparative score per word rarely leaves −3…3; this maps it onto Tend's −1…1. */
const COMPARATIVE_FULL_SCALE = 1.5;

/**
 * Sentiment inferred from a touchpoint's own words with the AFINN-165 lexicon
 * of the `sentiment` package (offline, well known), scored by `afinnScore`
 * exactly as the package would. Stored as 'inferred' so the UI and the engine
 * can tell it from a given one. Returns null for text with no opinion words,
 * rather than claiming neutrality.
 *
 * @example
 * inferSentiment('Angry about the outage, threatened to cancel'); // -0.76
 */
export function inferSentiment(text: string | null): number | null {
  if (!text) return null;
  const { score, tokens, words } = afinnScore(text);
  if (words === 0) return null;
  const scaled = score / tokens / COMPARATIVE_FULL_SCALE;
  return Math.round(Math.max(-1, Math.min(1, scaled)) * 100) / 100;
}

/** A touchpoint's inferred sentiment: from its notes, or its subject when it has no notes. */
export function sentimentOfWords(touchpoint: { notes: string | null; subject: string | null }): number | null {
  return inferSentiment(touchpoint.notes ?? touchpoint.subject);
}
