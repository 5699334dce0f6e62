import { describe, expect, it } from 'vitest';
import { asOfMs, DAY_MS } from '../dates';
import { ageBuckets, ageInDays, bandRows, buildPortfolioReport, concentration, movers, ownerRows } from './portfolio-report';
import { portfolioAccount, portfolioInput, TO } from './test-reports';

describe('the portfolio report', () => {
  it('counts accounts and value per band, every band listed', () => {
    const rows = bandRows([portfolioAccount(1, { value: 300 }), portfolioAccount(2, { band: 'neglected', value: 100 }), portfolioAccount(3, { band: 'neglected', value: 600 })]);
    expect(rows.map((r) => [r.band, r.accounts, r.value])).toEqual([
      ['healthy', 1, 300],
      ['watch', 0, 0],
      ['at_risk', 0, 0],
      ['neglected', 2, 700],
    ]);
    expect(rows[3]!.share).toBeCloseTo(2 / 3);
    expect(rows[3]!.valueShare).toBeCloseTo(0.7);
  });

  it('finds no movers without a snapshot for the period start, and otherwise the biggest falls and rises', () => {
    const accounts = [portfolioAccount(1, { score: 40 }), portfolioAccount(2, { score: 90 }), portfolioAccount(3, { score: 70 }), portfolioAccount(4, { score: 50 })];
    expect(movers(accounts, { day: null, scores: new Map() })).toEqual({ baselineDay: null, compared: 0, drops: [], rises: [] });
    const result = movers(accounts, {
      day: '2026-10-25',
      scores: new Map([
        [1, { score: 75, band: 'healthy' }],
        [2, { score: 60, band: 'watch' }],
        [3, { score: 70.4, band: 'healthy' }],
      ]),
    });
    expect(result.compared).toBe(3);
    expect(result.drops.map((m) => [m.account.id, m.delta])).toEqual([[1, -35]]);
    expect(result.rises.map((m) => [m.account.id, m.delta])).toEqual([[2, 30]]);
  });

  it('puts open complaints into age buckets by whole days', () => {
    expect(ageInDays(asOfMs(TO) - 6.9 * DAY_MS, TO)).toBe(6);
    expect(ageBuckets([0, 6, 7, 29, 30, 89, 90, 400]).map((b) => [b.label, b.count])).toEqual([
      ['Under a week', 2],
      ['1–4 weeks', 2],
      ['1–3 months', 2],
      ['Over 3 months', 2],
    ]);
  });

  it('measures value concentration on the top fifth of accounts by value', () => {
    const accounts = Array.from({ length: 10 }, (_, i) => portfolioAccount(i + 1, { value: (i + 1) * 1000, band: i === 9 ? 'at_risk' : i === 0 ? 'neglected' : 'healthy' }));
    const c = concentration(accounts);
    expect(c.topCount).toBe(2);
    expect(c.topValue).toBe(19_000);
    expect(c.share).toBeCloseTo(19 / 55);
    expect(c.atRisk.map((a) => a.id)).toEqual([10]);
    expect(concentration([portfolioAccount(1)]).topCount).toBe(1);
    expect(concentration([]).topCount).toBe(0);
  });

  it('summarises each owner: accounts, at risk, on the list, reached in the seven days ending on the day', () => {
    const end = asOfMs(TO);
    const rows = ownerRows(
      [
        portfolioAccount(1, { owner: 'Ben', band: 'at_risk', lastOurContactAt: end - 6 * DAY_MS, openComplaints: 2 }),
        portfolioAccount(2, { owner: 'Ben', lastOurContactAt: end - 7 * DAY_MS }),
        portfolioAccount(3, { owner: 'Ana', band: 'neglected', lastOurContactAt: null }),
      ],
      new Set([1, 3]),
      TO,
    );
    expect(rows).toEqual([
      { owner: 'Ana', accounts: 1, value: 10_000, atRisk: 1, onList: 1, reachedThisWeek: 0, openComplaints: 0 },
      { owner: 'Ben', accounts: 2, value: 20_000, atRisk: 1, onList: 1, reachedThisWeek: 1, openComplaints: 2 },
    ]);
  });

  it('puts it together: today’s list in its order, complaints oldest first, median time to resolve', () => {
    const end = asOfMs(TO);
    const report = buildPortfolioReport(
      portfolioInput({
        accounts: [portfolioAccount(1), portfolioAccount(2, { band: 'neglected' })],
        attention: { accountIds: [2, 1], snoozed: 1 },
        openComplaints: [
          { id: 11, accountId: 1, openedAt: end - 3 * DAY_MS, subject: 'Late', notes: null, lastUpdateAt: null },
          { id: 10, accountId: 2, openedAt: end - 40 * DAY_MS, subject: 'Lost', notes: null, lastUpdateAt: end - DAY_MS },
          { id: 12, accountId: 99, openedAt: end, subject: 'Out of scope', notes: null, lastUpdateAt: null },
        ],
        resolved: [
          { openedAt: 0, resolvedAt: 2 * DAY_MS },
          { openedAt: 0, resolvedAt: 5 * DAY_MS },
        ],
      }),
    );
    expect(report.attention.map((a) => a.id)).toEqual([2, 1]);
    expect(report.totals).toMatchObject({ accounts: 2, atRisk: 1, onList: 2, snoozed: 1, openComplaints: 2 });
    expect(report.complaints.oldest.map((c) => [c.id, c.ageDays])).toEqual([
      [10, 40],
      [11, 3],
    ]);
    expect(report.complaints.medianDaysToResolve).toBeCloseTo(3.5);
    expect(report.periodStart).toBe('2026-10-25');
  });
});
