import { describe, expect, it } from 'vitest';
import type { Block } from './document';
import { ATTENTION_SHOWN, portfolioDocument } from './portfolio-document';
import { buildPortfolioReport } from './portfolio-report';
import { portfolioSheets } from './portfolio-tables';
import { portfolioAccount, portfolioInput } from './test-reports';

const accounts = Array.from({ length: 30 }, (_, i) =>
  portfolioAccount(i + 1, { owner: i % 2 ? 'Ana' : 'Ben', band: i < 25 ? 'neglected' : 'healthy', score: i < 25 ? 20 : 80, reasons: [{ factor: 'recency', text: `Reason ${i + 1}`, impact: -30 }] }),
);

describe('the portfolio report document', () => {
  it('has every section, the team first when it covers everyone, and its period after the start day', () => {
    const doc = portfolioDocument(buildPortfolioReport(portfolioInput({ accounts })));
    expect(doc.sections.map((s) => s.id)).toEqual(['health', 'owners', 'movers', 'attention', 'complaints', 'pain-points', 'concentration']);
    expect(doc.meta.find((m) => m.label === 'Period')?.value).toBe('26 Oct – 24 Nov 2026');
    expect(doc.fileStem).toBe('portfolio-everyone-2026-11-24');
    const mine = portfolioDocument(buildPortfolioReport(portfolioInput({ accounts, owner: 'Zoë Łukasiewicz' })));
    expect(mine.sections.at(-1)!.id).toBe('owners');
    expect(mine.title).toBe('Zoë Łukasiewicz’s portfolio');
    expect(mine.fileStem).toBe('portfolio-zoe-lukasiewicz-2026-11-24');
  });

  it('says there are no movers rather than inventing them when the period start has no snapshots', () => {
    const doc = portfolioDocument(buildPortfolioReport(portfolioInput({ accounts, historyStarts: '2026-11-20' })));
    const movers = doc.sections.find((s) => s.id === 'movers')!;
    expect(movers.blocks).toEqual([
      { kind: 'callout', tone: 'info', text: expect.stringMatching(/^There are no score snapshots for 25 Oct 2026, the start of the period, so there are no movers to show\. Score history starts on 20 Nov 2026/) },
    ]);
  });

  it('shows movers and the score trend when history exists', () => {
    const report = buildPortfolioReport(
      portfolioInput({
        accounts,
        baseline: { day: '2026-10-19', scores: new Map([[1, { score: 70, band: 'healthy' }]]) },
        trend: [
          { day: '2026-10-25', average: 60, accounts: 30 },
          { day: '2026-11-24', average: 32, accounts: 30 },
        ],
      }),
    );
    const movers = portfolioDocument(report).sections.find((s) => s.id === 'movers')!;
    expect(movers.blocks[0]).toMatchObject({ kind: 'paragraph', text: expect.stringContaining('against 19 Oct 2026 (the last snapshot before the period’s start, 25 Oct 2026)') });
    const falling = movers.blocks[2] as Extract<Block, { kind: 'table' }>;
    expect(falling.rows).toHaveLength(1);
    expect(JSON.stringify(falling.rows[0])).toContain('−50');
    expect(movers.blocks.at(-1)).toMatchObject({ kind: 'chart', chart: { kind: 'line', points: [{ value: 60 }, { value: 32 }] } });
  });

  it('lists the top of today’s list and points at the export for the rest', () => {
    const report = buildPortfolioReport(portfolioInput({ accounts, attention: { accountIds: accounts.slice(0, 25).map((a) => a.id), snoozed: 0 } }));
    const attention = portfolioDocument(report).sections.find((s) => s.id === 'attention')!;
    const table = attention.blocks[1] as Extract<Block, { kind: 'table' }>;
    expect(table.rows).toHaveLength(ATTENTION_SHOWN);
    expect(table.footnote).toBe('And 5 more accounts: the CSV and XLSX exports list them all.');
    const sheet = portfolioSheets(report).find((s) => s.name === 'Needs attention')!;
    expect(sheet.rows).toHaveLength(25);
  });
});
