import type { IsoDay } from '../domain';
import type { HealthSettings } from '../health/types';
import type { LineChart } from './document';
import { formatDay } from './format';

/**
 * A health score over time, drawn over the bands' score ranges so the reader
 * sees at a glance which band each stretch fell in. Null with fewer than two
 * days: one point is not a trend.
 */
export function scoreTrendChart(title: string, points: readonly { day: IsoDay; value: number }[], floors: HealthSettings['bands']): LineChart | null {
  if (points.length < 2) return null;
  const first = points[0]!;
  const last = points.at(-1)!;
  return {
    kind: 'line',
    title,
    summary: `${Math.round(first.value)} on ${formatDay(first.day)}, ${Math.round(last.value)} on ${formatDay(last.day)}.`,
    min: 0,
    max: 100,
    points: [...points],
    zones: [
      { from: 0, to: floors.atRisk, tint: 'neglected' },
      { from: floors.atRisk, to: floors.watch, tint: 'at_risk' },
      { from: floors.watch, to: floors.healthy, tint: 'watch' },
      { from: floors.healthy, to: 100, tint: 'healthy' },
    ],
  };
}
