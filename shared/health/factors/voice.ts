import { NEUTRAL, ago, parseInstant, wholeDaysSince } from './factor';
import type { EpochMs } from '../types';
import type { Factor, FactorInput } from './factor';

/**
 * Concern carried by a "Will you come back?" answer (1–5), before fading.
 * 4 and 5 are a yes; 3 is doubt; 1 is a clear no.
 */
const COME_BACK_CONCERN: ReadonlyArray<readonly [answer: number, concern: number]> = [
  [1, 1],
  [2, 0.7],
  [3, 0.3],
  [4, 0],
  [5, 0],
];

/**
 * Concern carried by a "Would you refer a friend?" answer (0–10). NPS calls
 * 0–6 detractors and 9–10 promoters; passives (7–8) and promoters carry no
 * concern, a detractor at least 0.4, growing to 1 at 0.
 */
const REFER_CONCERN: ReadonlyArray<readonly [answer: number, concern: number]> = [
  [0, 1],
  [6, 0.4],
  [6.5, 0],
  [10, 0],
];

const VOICE_REASON_FROM = 0.1;

/**
 * The customer's own latest answers. Each answer's concern fades with age
 * (halving every `voice.halfLifeDays`), so an old "no" slowly stops counting;
 * the two answers combine as independent worries: subScore = (1 − c₁)(1 − c₂).
 * No answers is a neutral verdict, and a happy answer costs nothing.
 *
 * @example
 * voiceFactor(input).reason; // 'Said they would not come back (2 of 5) 20 days ago'
 */
export const voiceFactor: Factor = (input) => {
  const { latestComeBack, latestRefer } = input.signals;
  const comeBack = latestComeBack && faded(input, latestComeBack.at, interpolate(COME_BACK_CONCERN, latestComeBack.answer));
  const refer = latestRefer && faded(input, latestRefer.at, interpolate(REFER_CONCERN, latestRefer.answer));
  if (!comeBack && !refer) return NEUTRAL;

  const subScore = (1 - (comeBack?.concern ?? 0)) * (1 - (refer?.concern ?? 0));
  const sentences: string[] = [];
  if (comeBack && latestComeBack && comeBack.concern >= VOICE_REASON_FROM) {
    const answer = latestComeBack.answer;
    const verdict = answer >= 3 ? 'Unsure whether they would come back' : 'Said they would not come back';
    sentences.push(`${verdict} (${answer} of 5) ${ago(comeBack.ageDays)}`);
  }
  if (refer && latestRefer && refer.concern >= VOICE_REASON_FROM) {
    sentences.push(`Would not recommend us (refer ${latestRefer.answer} of 10) ${ago(refer.ageDays)}`);
  }
  const reason = sentences.length === 0 ? null : sentences.join('; ');
  return { subScore, reason, neutral: false };
};

function faded(input: FactorInput, at: EpochMs, concern: number): { concern: number; ageDays: number } | null {
  const atMs = parseInstant(at);
  if (atMs === null) return null;
  const ageDays = wholeDaysSince(atMs, input.asOfMs);
  return { concern: concern * 2 ** (-ageDays / input.settings.voice.halfLifeDays), ageDays };
}

/** Piecewise-linear lookup, clamped at both ends, so odd imported values (2.5, 11) still mean something. */
function interpolate(points: ReadonlyArray<readonly [number, number]>, x: number): number {
  if (Number.isNaN(x)) return 0;
  const first = points[0] as readonly [number, number];
  if (!(x > first[0])) return first[1];
  for (let i = 1; i < points.length; i += 1) {
    const [x1, y1] = points[i] as readonly [number, number];
    const [x0, y0] = points[i - 1] as readonly [number, number];
    if (x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return (points[points.length - 1] as readonly [number, number])[1];
}
