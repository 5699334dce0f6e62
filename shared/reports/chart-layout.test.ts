import { describe, expect, it } from 'vitest';
import { DEFAULT_HEALTH_SETTINGS } from '../health/settings';
import { layoutBars, layoutLine } from './chart-layout';
import { scoreTrendChart } from './charts';

describe('chart layouts', () => {
  it('scales bars to the largest value inside the track', () => {
    const layout = layoutBars({ kind: 'bars', title: 't', summary: 's', bars: [{ label: 'a', value: 10, display: '10', tint: 'healthy' }, { label: 'b', value: 5, display: '5', tint: 'watch' }, { label: 'c', value: 0, display: '0', tint: 'neglected' }] }, 500, 20, 100, 100);
    expect(layout.rows.map((r) => r.barWidth)).toEqual([300, 150, 0]);
    expect(layout.height).toBe(60);
  });

  it('places a line by calendar time inside the plot, with the band zones behind it', () => {
    const chart = scoreTrendChart('Score', [{ day: '2026-11-01', value: 100 }, { day: '2026-11-03', value: 50 }, { day: '2026-11-11', value: 0 }], DEFAULT_HEALTH_SETTINGS.bands)!;
    const layout = layoutLine(chart, 400, 200);
    const [a, b, c] = layout.points;
    expect(a!.x).toBe(layout.plot.x);
    expect(c!.x).toBeCloseTo(layout.plot.x + layout.plot.width);
    expect(b!.x - a!.x).toBeCloseTo(layout.plot.width / 5);
    expect(a!.y).toBe(layout.plot.y);
    expect(c!.y).toBe(layout.plot.y + layout.plot.height);
    expect(layout.zones).toHaveLength(4);
    expect(scoreTrendChart('Score', [{ day: '2026-11-01', value: 1 }], DEFAULT_HEALTH_SETTINGS.bands)).toBeNull();
  });
});
