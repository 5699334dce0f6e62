import { describe, expect, it } from 'vitest';
import { bandAreas, monthTicks, scoreChartPoints } from './score-chart-model';

describe('scoreChartPoints', () => {
  it('orders the snapshots by day and pins each moment to its day', () => {
    const points = scoreChartPoints(
      [
        { day: '2026-03-03', score: 40, band: 'at_risk' },
        { day: '2026-03-01', score: 80, band: 'healthy' },
        { day: '2026-03-02', score: 78, band: 'healthy' },
      ],
      [
        { day: '2026-03-03', delta: -38, text: 'Complaint opened' },
        { day: '2026-02-01', delta: 10, text: 'Before the history starts' },
      ],
    );
    expect(points.map((point) => [point.day, point.score, point.moment?.text ?? null])).toEqual([
      ['2026-03-01', 80, null],
      ['2026-03-02', 78, null],
      ['2026-03-03', 40, 'Complaint opened'],
    ]);
    expect(points[0]?.x).toBe(Date.UTC(2026, 2, 1));
  });
});

describe('bandAreas', () => {
  it('stacks the bands from 0 to 100 on the thresholds', () => {
    expect(bandAreas({ healthy: 75, watch: 55, atRisk: 35 })).toEqual([
      { band: 'neglected', from: 0, to: 35 },
      { band: 'at_risk', from: 35, to: 55 },
      { band: 'watch', from: 55, to: 75 },
      { band: 'healthy', from: 75, to: 100 },
    ]);
  });
});

describe('monthTicks', () => {
  it('puts a tick on the first of each month inside the range, across a new year', () => {
    expect(monthTicks(Date.UTC(2025, 10, 15), Date.UTC(2026, 1, 10)).map((ms) => new Date(ms).toISOString().slice(0, 10))).toEqual([
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ]);
  });

  it('thins the ticks to at most the number asked for', () => {
    const ticks = monthTicks(Date.UTC(2024, 0, 15), Date.UTC(2026, 0, 15), 6);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks[0]).toBe(Date.UTC(2024, 1, 1));
  });
});
