import { BAND_LABELS } from '../domain';
import { addDays, dayOf } from '../dates';
import { WEEK_DAYS, type PortfolioReport } from './portfolio-report';
import { oneLine } from './text';

/**
 * The data behind the portfolio report, as tables for CSV and XLSX. The CSV
 * is the Accounts table (one row per active account, everything the report
 * counts); the workbook holds every table, one sheet each. Values stay raw
 * (numbers as numbers, days as YYYY-MM-DD) so they sort and sum; text is
 * neutralised against formulas by the writers, not here.
 */

export type SheetValue = string | number | null;

export interface DataColumn {
  header: string;
  kind: 'text' | 'integer' | 'decimal' | 'money' | 'percent' | 'day';
  /** Column width in characters, for the workbook. */
  width: number;
}

export interface DataSheet {
  name: string;
  columns: DataColumn[];
  rows: SheetValue[][];
}

const text = (header: string, width = 16): DataColumn => ({ header, kind: 'text', width });
const integer = (header: string, width = 12): DataColumn => ({ header, kind: 'integer', width });
const money = (header: string, width = 14): DataColumn => ({ header, kind: 'money', width });
const day = (header: string): DataColumn => ({ header, kind: 'day', width: 12 });
const yesNo = (flag: boolean) => (flag ? 'yes' : 'no');
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Every table of the portfolio report; the first is the summary, the second the accounts. */
export function portfolioSheets(report: PortfolioReport): DataSheet[] {
  return [summarySheet(report), accountsSheet(report), bandsSheet(report), moversSheet(report), attentionSheet(report), complaintsSheet(report), painPointsSheet(report), ownersSheet(report), trendSheet(report)];
}

/** One row per active account in scope: the CSV export. */
export function accountsSheet(report: PortfolioReport): DataSheet {
  const onList = new Map(report.attention.map((a, i) => [a.id, i + 1]));
  const weekStart = addDays(report.asOf, -(WEEK_DAYS - 1));
  const reached = (at: number | null) => at !== null && dayOf(at) >= weekStart && dayOf(at) <= report.asOf;
  return {
    name: 'Accounts',
    columns: [
      text('External id', 14), text('Account', 32), text('Owner', 20), text('Tier', 12), money('Value'), integer('Score', 8), text('Band', 11),
      integer('Score at period start', 12), integer('Change', 9), integer('Days since our contact', 12), integer('Open complaints', 11),
      integer('Oldest open complaint (days)', 14), integer('Today’s list rank', 11), { header: 'Priority', kind: 'decimal', width: 10 }, text('Reached this week', 10), text('Reasons', 80),
    ],
    rows: [...report.accounts]
      .sort((a, b) => a.owner.localeCompare(b.owner) || a.name.localeCompare(b.name) || a.id - b.id)
      .map((a) => {
        const before = report.baseline.get(a.id);
        return [
          a.externalId, a.name, a.owner, a.tier, a.value, Math.round(a.score), BAND_LABELS[a.band],
          before ? Math.round(before.score) : null, before ? Math.round(a.score - before.score) : null, a.daysSinceOurContact, a.openComplaints,
          a.oldestOpenComplaintDays, onList.get(a.id) ?? null, a.priority, yesNo(reached(a.lastOurContactAt)), a.reasons.map((r) => r.text).join('; '),
        ];
      }),
  };
}

function summarySheet(r: PortfolioReport): DataSheet {
  const c = r.concentration;
  const rows: [string, SheetValue][] = [
    ['Owner', r.owner ?? 'Everyone'],
    ['As of', r.asOf],
    ['Period start', r.periodStart],
    ['Active accounts', r.totals.accounts],
    ['Total value', r.totals.value],
    ['At risk or neglected', r.totals.atRisk],
    ['Value at risk or neglected', r.totals.atRiskValue],
    ['On today’s list', r.totals.onList],
    ['Snoozed off today’s list', r.totals.snoozed],
    ['Open complaints', r.complaints.open],
    ['Complaints opened in the period', r.complaints.openedInPeriod],
    ['Complaints resolved in the period', r.complaints.resolvedInPeriod],
    ['Median days to resolve', r.complaints.medianDaysToResolve === null ? null : round1(r.complaints.medianDaysToResolve)],
    ['Top 20% of accounts (count)', c.topCount],
    ['Top 20% share of value (%)', Math.round(c.share * 100)],
    ['Top 20% at risk or neglected', c.atRisk.length],
    ['Churned in the period', r.churned.accounts],
    ['Movers compared against', r.movers.baselineDay ?? 'no snapshots for the period start'],
  ];
  return {
    name: 'Summary',
    columns: [text('Figure', 34), text('Value', 22)],
    rows: rows.map(([label, value]) => [label, value]),
  };
}

function bandsSheet(r: PortfolioReport): DataSheet {
  return {
    name: 'Bands',
    columns: [text('Band', 12), integer('Accounts'), { header: 'Share', kind: 'percent', width: 10 }, money('Value'), { header: 'Share of value', kind: 'percent', width: 12 }],
    rows: r.bands.map((b) => [BAND_LABELS[b.band], b.accounts, b.share, b.value, b.valueShare]),
  };
}

function moversSheet(r: PortfolioReport): DataSheet {
  const rows = [...r.movers.drops.map((m) => ['Falling', m] as const), ...r.movers.rises.map((m) => ['Rising', m] as const)];
  return {
    name: 'Movers',
    columns: [text('Direction', 10), text('External id', 14), text('Account', 32), text('Owner', 20), day('Since'), integer('Was', 8), text('Was band', 11), integer('Now', 8), text('Band now', 11), integer('Change', 9), money('Value')],
    rows: rows.map(([direction, m]) => [
      direction, m.account.externalId, m.account.name, m.account.owner, r.movers.baselineDay, Math.round(m.from.score), BAND_LABELS[m.from.band],
      Math.round(m.account.score), BAND_LABELS[m.account.band], Math.round(m.delta), m.account.value,
    ]),
  };
}

function attentionSheet(r: PortfolioReport): DataSheet {
  return {
    name: 'Needs attention',
    columns: [integer('Rank', 7), text('External id', 14), text('Account', 32), text('Owner', 20), text('Band', 11), integer('Score', 8), { header: 'Priority', kind: 'decimal', width: 10 }, integer('Days since our contact', 12), integer('Open complaints', 11), money('Value'), text('Reasons', 80)],
    rows: r.attention.map((a, i) => [i + 1, a.externalId, a.name, a.owner, BAND_LABELS[a.band], Math.round(a.score), a.priority, a.daysSinceOurContact, a.openComplaints, a.value, a.reasons.map((x) => x.text).join('; ')]),
  };
}

function complaintsSheet(r: PortfolioReport): DataSheet {
  const bucketOf = (age: number) => r.complaints.buckets.find((b) => age >= b.minDays && age <= b.maxDays)?.label ?? '';
  return {
    name: 'Open complaints',
    columns: [integer('Complaint id', 10), text('External id', 14), text('Account', 32), text('Owner', 20), day('Raised'), integer('Open for (days)', 10), text('Age', 14), day('Last update'), text('Subject', 40), text('Notes', 80)],
    rows: r.complaints.oldest.map((c) => [
      c.id, c.account.externalId, c.account.name, c.account.owner, dayOf(c.openedAt), c.ageDays, bucketOf(c.ageDays),
      c.lastUpdateAt === null ? null : dayOf(c.lastUpdateAt), c.subject, c.notes === null ? null : oneLine(c.notes),
    ]),
  };
}

function painPointsSheet(r: PortfolioReport): DataSheet {
  return { name: 'Pain points', columns: [text('Theme', 30), integer('Complaints'), integer('Accounts'), integer('Still open')], rows: r.painPoints.map((p) => [p.theme, p.complaints, p.accounts, p.open]) };
}

function ownersSheet(r: PortfolioReport): DataSheet {
  return {
    name: 'Owners',
    columns: [text('Owner', 22), integer('Accounts'), money('Value'), integer('At risk or neglected', 12), integer('On today’s list', 12), integer('Reached this week', 12), integer('Open complaints', 12)],
    rows: r.owners.map((o) => [o.owner, o.accounts, o.value, o.atRisk, o.onList, o.reachedThisWeek, o.openComplaints]),
  };
}

function trendSheet(r: PortfolioReport): DataSheet {
  return { name: 'Score trend', columns: [day('Day'), { header: 'Average score', kind: 'decimal', width: 12 }], rows: r.trend.map((p) => [p.day, round1(p.value)]) };
}
