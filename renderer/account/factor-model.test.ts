import { describe, expect, it } from 'vitest';
import type { HealthResult } from '../../shared/health/types';
import { factorRows, levelOf } from './factor-model';

// The worked example of docs/health-model.md (Northwind, 2026-06-30).
const northwind: HealthResult = {
  score: 24,
  band: 'neglected',
  factors: [
    { factor: 'recency', subScore: 0.717, weight: 100, contribution: 8.4 },
    { factor: 'decay', subScore: 0.119, weight: 60, contribution: 0.8 },
    { factor: 'complaint', subScore: 0.346, weight: 80, contribution: 3.2 },
    { factor: 'sentiment', subScore: 0.774, weight: 50, contribution: 4.5 },
    { factor: 'voice', subScore: 1, weight: 60, contribution: 7 },
  ],
  reasons: [
    { factor: 'decay', text: 'You used to be in touch every 9 days; now it has been 47 days since the last contact', impact: -27.7 },
    { factor: 'complaint', text: 'Complaint open 12 days with no update to the customer', impact: -27.5 },
    { factor: 'recency', text: 'The customer contacted us 12 days ago, but our last outreach was 47 days ago', impact: -14.9 },
    { factor: 'sentiment', text: 'Recent conversations lean negative in tone', impact: -5.9 },
  ],
  daysSinceOurContact: 47,
  openComplaints: 1,
  oldestOpenComplaintDays: 12,
  complaintSilenceDays: 12,
};

describe('factorRows', () => {
  it('lists the most harmful factor first, with its reasons and points', () => {
    const rows = factorRows(northwind);
    expect(rows.map((row) => row.factor)).toEqual(['decay', 'complaint', 'recency', 'sentiment', 'voice']);
    expect(rows[0]).toMatchObject({ impact: -27.7, level: 'bad', contribution: 0.8 });
    expect(rows[0]?.reasons.map((reason) => reason.text)).toEqual(['You used to be in touch every 9 days; now it has been 47 days since the last contact']);
    expect(rows.at(-1)).toMatchObject({ factor: 'voice', impact: 0, reasons: [], level: 'good' });
  });

  it("gives each factor its weight's share of 100 as the most it could hold up", () => {
    const shares = factorRows(northwind).map((row) => row.fullShare);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(100);
    expect(factorRows(northwind).find((row) => row.factor === 'recency')?.fullShare).toBeCloseTo((100 * 100) / 350);
  });
});

describe('levelOf', () => {
  it('reads a sub-score in four steps', () => {
    expect([1, 0.9, 0.75, 0.45, 0.1].map(levelOf)).toEqual(['good', 'good', 'fair', 'poor', 'bad']);
  });
});
