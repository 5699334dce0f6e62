import { describe, expect, it } from 'vitest';
import { asOfMs, DAY_MS } from '../dates';
import { buildPortfolioReport } from './portfolio-report';
import { accountsSheet, portfolioSheets } from './portfolio-tables';
import { portfolioAccount, portfolioInput, TO } from './test-reports';

describe('the data behind the portfolio report', () => {
  const report = buildPortfolioReport(
    portfolioInput({
      accounts: [
        portfolioAccount(2, { name: '=HYPERLINK("x")', owner: 'Ben', score: 41.6, band: 'at_risk', value: 5000, reasons: [{ factor: 'recency', text: 'A', impact: -1 }, { factor: 'complaint', text: 'B', impact: -1 }] }),
        portfolioAccount(1, { owner: 'Ana', lastOurContactAt: asOfMs(TO) - 10 * DAY_MS }),
      ],
      attention: { accountIds: [2], snoozed: 0 },
      baseline: { day: '2026-10-25', scores: new Map([[2, { score: 50, band: 'watch' }]]) },
    }),
  );

  it('has one row per account with raw numbers, sorted by owner and name', () => {
    const sheet = accountsSheet(report);
    expect(sheet.columns.map((c) => c.header)).toContain('Score at period start');
    expect(sheet.rows.map((r) => r[0])).toEqual(['ACC-1', 'ACC-2']);
    const row = sheet.rows[1]!;
    const cell = (header: string) => row[sheet.columns.findIndex((c) => c.header === header)];
    expect(cell('Account')).toBe('=HYPERLINK("x")'); // neutralised by the writers, not here
    expect(cell('Value')).toBe(5000);
    expect(cell('Score')).toBe(42);
    expect(cell('Score at period start')).toBe(50);
    expect(cell('Change')).toBe(-8);
    expect(cell('Today’s list rank')).toBe(1);
    expect(cell('Reached this week')).toBe('yes');
    expect(cell('Reasons')).toBe('A; B');
    expect(sheet.rows[0]![sheet.columns.findIndex((c) => c.header === 'Reached this week')]).toBe('no');
  });

  it('gives every table its own sheet, the summary first', () => {
    expect(portfolioSheets(report).map((s) => s.name)).toEqual(['Summary', 'Accounts', 'Bands', 'Movers', 'Needs attention', 'Open complaints', 'Pain points', 'Owners', 'Score trend']);
    for (const sheet of portfolioSheets(report)) for (const row of sheet.rows) expect(row).toHaveLength(sheet.columns.length);
  });
});
