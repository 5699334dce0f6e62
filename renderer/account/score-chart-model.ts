import type { ScoreMoment, ScorePoint } from '../../shared/api/account-page';
import { dayStartMs } from '../../shared/dates';
import type { Band } from '../../shared/domain';
import type { BandThresholds } from './use-account-page';

export interface ScoreChartPoint {
  /** Start of the day (UTC) in ms: a time axis keeps gaps in the snapshots honest. */
  x: number;
  day: string;
  score: number;
  band: Band;
  /** What moved the score that day, when it moved a lot. */
  moment: ScoreMoment | null;
}

export interface BandArea {
  band: Band;
  from: number;
  to: number;
}

/**
 * The daily snapshots as chart points, oldest first, with the moments that
 * moved the score attached to their day. A moment on a day without a snapshot
 * is dropped: the dot would have no score to sit on.
 */
export function scoreChartPoints(history: readonly ScorePoint[], moments: readonly ScoreMoment[]): ScoreChartPoint[] {
  const momentOn = new Map(moments.map((moment) => [moment.day, moment]));
  return [...history]
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
    .map((point) => ({ x: dayStartMs(point.day), day: point.day, score: point.score, band: point.band, moment: momentOn.get(point.day) ?? null }));
}

/** The score ranges of the bands, bottom to top, for the chart's background. */
export function bandAreas(bands: BandThresholds): BandArea[] {
  return [
    { band: 'neglected', from: 0, to: bands.atRisk },
    { band: 'at_risk', from: bands.atRisk, to: bands.watch },
    { band: 'watch', from: bands.watch, to: bands.healthy },
    { band: 'healthy', from: bands.healthy, to: 100 },
  ];
}

/**
 * Ticks on the first of each month between two instants, thinned so at most
 * `max` are drawn.
 */
export function monthTicks(fromMs: number, toMs: number, max = 8): number[] {
  const ticks: number[] = [];
  const start = new Date(fromMs);
  // Date.UTC rolls month 12 over into January of the next year.
  for (let month = start.getUTCMonth() + 1; ; month++) {
    const tick = Date.UTC(start.getUTCFullYear(), month, 1);
    if (tick > toMs) break;
    ticks.push(tick);
  }
  if (ticks.length <= max) return ticks;
  const step = Math.ceil(ticks.length / max);
  return ticks.filter((_, index) => index % step === 0);
}
