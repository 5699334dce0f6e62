import { addDays } from '../dates';
import { BAND_LABELS } from '../domain';
import { scoreTrendChart } from './charts';
import type { Block, Cell, ReportDocument, ReportSection, TableCell } from './document';
import { daysFrom, fileStem, formatCount, formatDay, formatDays, formatDelta, formatMoney, formatMoneyShort, formatPeriod, formatShare, plural } from './format';
import type { Mover, PortfolioAccount, PortfolioReport } from './portfolio-report';
import { excerpt, firstSentence, oneLine } from './text';

/** How many rows the printed report lists before pointing at the data export for the rest. */
export const ATTENTION_SHOWN = 20;
export const OLDEST_COMPLAINTS_SHOWN = 10;
export const TOP_AT_RISK_SHOWN = 10;

/** The portfolio report laid out for the renderers. */
export function portfolioDocument(report: PortfolioReport): ReportDocument {
  const who = report.owner === null ? 'Everyone' : oneLine(report.owner);
  // The period is the days after the start day's snapshot, up to and including the report's day.
  const period = formatPeriod(addDays(report.periodStart, 1), report.asOf);
  return {
    kind: 'portfolio',
    eyebrow: 'Portfolio report',
    title: report.owner === null ? 'The whole portfolio' : `${who}’s portfolio`,
    subtitle: `As of ${formatDay(report.asOf)} · movers and pain points over the last ${plural(report.periodDays, 'day')}`,
    meta: [
      { label: 'Owner', value: who },
      { label: 'As of', value: formatDay(report.asOf) },
      { label: 'Period', value: period },
      { label: 'Active accounts', value: `${formatCount(report.totals.accounts)} · ${formatMoney(report.totals.value)}` },
    ],
    banner: null,
    // A manager of several owners reads the team first; one owner's own report ends with their line.
    sections:
      report.owner === null
        ? [healthSection(report), ownersSection(report), moversSection(report), attentionSection(report), complaintsSection(report), painPointsSection(report), concentrationSection(report)]
        : [healthSection(report), moversSection(report), attentionSection(report), complaintsSection(report), painPointsSection(report), concentrationSection(report), ownersSection(report)],
    runningTitle: `Portfolio report · ${who} · as of ${formatDay(report.asOf)}`,
    day: report.asOf,
    fileStem: `portfolio-${report.owner === null ? 'everyone' : fileStem(report.owner, 'owner')}-${report.asOf}`,
  };
}

const bandCell = (a: Pick<PortfolioAccount, 'band' | 'score'>): TableCell => ({ text: `${BAND_LABELS[a.band]} · ${Math.round(a.score)}`, band: a.band });
/** An account's name, with its owner under it (its tier in one owner's report, where the owner goes without saying). */
const accountCell = (a: PortfolioAccount, r: PortfolioReport): TableCell => ({ text: excerpt(a.name, 70), detail: oneLine(r.owner === null ? a.owner : `${a.tier} tier`), strong: true });
const contactText = (days: number | null) => (days === null ? 'never' : days === 0 ? 'today' : plural(days, 'day'));

function healthSection(r: PortfolioReport): ReportSection {
  const { totals } = r;
  const blocks: Block[] = [
    {
      kind: 'figures',
      figures: [
        { label: 'Active accounts', value: formatCount(totals.accounts), note: `${formatMoney(totals.value)} in value` },
        { label: 'At risk or neglected', value: formatCount(totals.atRisk), note: `${formatShare(totals.accounts ? totals.atRisk / totals.accounts : 0)} · ${formatMoneyShort(totals.atRiskValue)}`, tint: 'neglected' },
        { label: 'Need attention today', value: formatCount(totals.onList), note: totals.snoozed ? `${formatCount(totals.snoozed)} more snoozed` : 'on today’s list', tint: 'at_risk' },
        { label: 'Open complaints', value: formatCount(totals.openComplaints), note: r.complaints.medianDaysToResolve === null ? 'none resolved in the period' : `median ${formatDays(r.complaints.medianDaysToResolve)} to resolve`, tint: 'accent' },
      ],
    },
  ];
  if (totals.accounts === 0) {
    blocks.push({ kind: 'paragraph', text: 'There are no active accounts in this portfolio. Import an account list or load the sample data to see a report.' });
    return { id: 'health', heading: 'Health by band', blocks };
  }
  blocks.push({
    kind: 'chart',
    chart: {
      kind: 'bars',
      title: 'Accounts by band',
      summary: r.bands.map((b) => `${BAND_LABELS[b.band]}: ${formatCount(b.accounts)} (${formatMoneyShort(b.value)})`).join('; '),
      bars: r.bands.map((b) => ({ label: BAND_LABELS[b.band], value: b.accounts, display: `${formatCount(b.accounts)} · ${formatMoneyShort(b.value)}`, tint: b.band })),
    },
  });
  blocks.push({
    kind: 'table',
    columns: [{ header: 'Band', weight: 1.6 }, { header: 'Accounts', align: 'right' }, { header: 'Share', align: 'right' }, { header: 'Value', align: 'right', weight: 1.4 }, { header: 'Share of value', align: 'right', weight: 1.2 }],
    rows: r.bands.map((b): Cell[] => [{ text: BAND_LABELS[b.band], band: b.band }, formatCount(b.accounts), formatShare(b.share), formatMoney(b.value), formatShare(b.valueShare)]),
    empty: '',
  });
  if (r.churned.accounts > 0) {
    blocks.push({ kind: 'paragraph', muted: true, text: `${plural(r.churned.accounts, 'account')} worth ${formatMoney(r.churned.value)} churned in the period and are no longer counted.` });
  }
  return { id: 'health', heading: 'Health by band', blocks };
}

function moverRows(list: Mover[], r: PortfolioReport): Cell[][] {
  return list.map((m) => [
    accountCell(m.account, r),
    `${BAND_LABELS[m.from.band]} · ${Math.round(m.from.score)}`,
    bandCell(m.account),
    { text: formatDelta(m.delta), strong: true },
    formatMoney(m.account.value),
  ]);
}

function moversSection(r: PortfolioReport): ReportSection {
  const { movers } = r;
  const heading = 'Biggest movers';
  if (movers.baselineDay === null) {
    const since = movers.historyStarts ? ` Score history starts on ${formatDay(movers.historyStarts)}; movers appear once it reaches back to the period’s start.` : ' Tend keeps a daily score for every account from now on; movers appear once that history reaches back to the period’s start.';
    return { id: 'movers', heading, blocks: [{ kind: 'callout', tone: 'info', text: `There are no score snapshots for ${formatDay(movers.requestedDay)}, the start of the period, so there are no movers to show.${since}` }] };
  }
  const columns = [{ header: 'Account', weight: 3 }, { header: 'Was', weight: 1.4 }, { header: 'Now', weight: 1.6 }, { header: 'Change', align: 'right' as const, weight: 0.9 }, { header: 'Value', align: 'right' as const, weight: 1.2 }];
  const late = daysFrom(movers.baselineDay, movers.requestedDay);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `Scores now against ${formatDay(movers.baselineDay)}${late > 0 ? ` (the last snapshot before the period’s start, ${formatDay(movers.requestedDay)})` : ''}, for ${plural(movers.compared, 'account')} with a score on both days.`,
    },
    { kind: 'subheading', text: 'Falling' },
    { kind: 'table', columns, rows: moverRows(movers.drops, r), empty: 'No account lost a point or more.' },
    { kind: 'subheading', text: 'Rising' },
    { kind: 'table', columns, rows: moverRows(movers.rises, r), empty: 'No account gained a point or more.' },
  ];
  const trend = scoreTrendChart('Average health score', r.trend, r.bandFloors);
  if (trend) blocks.push({ kind: 'chart', chart: trend });
  return { id: 'movers', heading, blocks };
}

function attentionSection(r: PortfolioReport): ReportSection {
  const shown = r.attention.slice(0, ATTENTION_SHOWN);
  const rest = r.attention.length - shown.length;
  return {
    id: 'attention',
    heading: 'Needs attention today',
    blocks: [
      {
        kind: 'paragraph',
        text: r.attention.length
          ? `${plural(r.attention.length, 'account')} on today’s list, highest priority first (risk weighted by value).`
          : r.totals.accounts
            ? 'Nobody is on today’s list: every account is healthy and no complaint is open.'
            : 'Nobody is on today’s list: there are no active accounts.',
      },
      {
        kind: 'table',
        columns: [{ header: 'Account', weight: 2.4 }, { header: 'Health', weight: 1.8 }, { header: 'Last contact', align: 'right', weight: 0.95 }, { header: 'Value', align: 'right', weight: 1.05 }, { header: 'Why', weight: 3.7 }],
        rows: shown.map((a): Cell[] => [accountCell(a, r), bandCell(a), contactText(a.daysSinceOurContact), formatMoney(a.value), excerpt(a.reasons[0]?.text ?? 'Open complaint', 140)]),
        empty: '',
        ...(rest > 0 ? { footnote: `And ${plural(rest, 'more account')}: the CSV and XLSX exports list them all.` } : {}),
      },
    ],
  };
}

function complaintsSection(r: PortfolioReport): ReportSection {
  const c = r.complaints;
  const blocks: Block[] = [
    {
      kind: 'figures',
      figures: [
        { label: 'Open now', value: formatCount(c.open), tint: 'neglected' },
        { label: 'Opened in the period', value: formatCount(c.openedInPeriod) },
        { label: 'Resolved in the period', value: formatCount(c.resolvedInPeriod), tint: 'healthy' },
        { label: 'Median time to resolve', value: c.medianDaysToResolve === null ? '—' : formatDays(c.medianDaysToResolve), note: 'complaints resolved in the period' },
      ],
    },
  ];
  if (c.open === 0) {
    blocks.push({ kind: 'paragraph', text: 'No complaint is open.' });
    return { id: 'complaints', heading: 'Complaint ageing', blocks };
  }
  blocks.push({
    kind: 'chart',
    chart: {
      kind: 'bars',
      title: 'Open complaints by age',
      summary: c.buckets.map((b) => `${b.label}: ${formatCount(b.count)}`).join('; '),
      bars: c.buckets.map((b) => ({ label: b.label, value: b.count, display: formatCount(b.count), tint: b.tint })),
    },
  });
  blocks.push({ kind: 'subheading', text: 'Oldest open complaints' });
  blocks.push({
    kind: 'table',
    columns: [{ header: 'Account', weight: 2.4 }, { header: 'Complaint', weight: 3.4 }, { header: 'Open for', align: 'right', weight: 1 }, { header: 'Last update', align: 'right', weight: 1.3 }],
    rows: c.oldest.slice(0, OLDEST_COMPLAINTS_SHOWN).map((o): Cell[] => [
      accountCell(o.account, r),
      { text: complaintTitle(o.subject, o.notes), detail: `raised ${formatDay(new Date(o.openedAt).toISOString().slice(0, 10))}` },
      plural(o.ageDays, 'day'),
      o.lastUpdateAt === null ? 'none yet' : formatDay(new Date(o.lastUpdateAt).toISOString().slice(0, 10)),
    ]),
    empty: '',
    ...(c.open > OLDEST_COMPLAINTS_SHOWN ? { footnote: `And ${plural(c.open - OLDEST_COMPLAINTS_SHOWN, 'more open complaint')} in the XLSX export.` } : {}),
  });
  return { id: 'complaints', heading: 'Complaint ageing', blocks };
}

function complaintTitle(subject: string | null, notes: string | null): string {
  if (subject?.trim()) return excerpt(subject, 110);
  return notes ? firstSentence(notes, 110) : 'Complaint';
}

function painPointsSection(r: PortfolioReport): ReportSection {
  const heading = 'Pain points';
  const opened = r.complaints.openedInPeriod;
  if (r.painPoints.length === 0) {
    return { id: 'pain-points', heading, blocks: [{ kind: 'paragraph', text: opened ? 'The complaints of the period share no recurring words.' : `No complaints were raised in the last ${plural(r.periodDays, 'day')}.` }] };
  }
  return {
    id: 'pain-points',
    heading,
    blocks: [
      { kind: 'paragraph', text: `What the ${plural(opened, 'complaint')} raised in the last ${plural(r.periodDays, 'day')} were about most, from their subjects (or notes, where a complaint has no subject).` },
      {
        kind: 'table',
        columns: [{ header: 'Theme', weight: 3 }, { header: 'Complaints', align: 'right' }, { header: 'Accounts', align: 'right' }, { header: 'Still open', align: 'right' }],
        rows: r.painPoints.map((p): Cell[] => [{ text: p.theme, strong: true }, formatCount(p.complaints), formatCount(p.accounts), formatCount(p.open)]),
        empty: '',
      },
    ],
  };
}

function concentrationSection(r: PortfolioReport): ReportSection {
  const c = r.concentration;
  const heading = 'Value concentration';
  if (c.topCount === 0) return { id: 'concentration', heading, blocks: [{ kind: 'paragraph', text: 'No active accounts.' }] };
  const shown = c.atRisk.slice(0, TOP_AT_RISK_SHOWN);
  return {
    id: 'concentration',
    heading,
    blocks: [
      {
        kind: 'figures',
        figures: [
          { label: 'Top 20% of accounts', value: formatShare(c.share), note: `of the value: ${formatMoneyShort(c.topValue)} of ${formatMoneyShort(c.totalValue)}`, tint: 'accent' },
          { label: 'Of those, at risk or neglected', value: `${formatCount(c.atRisk.length)} of ${formatCount(c.topCount)}`, note: `${formatMoney(c.atRiskValue)} in value`, tint: c.atRisk.length ? 'neglected' : 'healthy' },
        ],
      },
      {
        kind: 'table',
        columns: [{ header: 'Account', weight: 2.5 }, { header: 'Health', weight: 1.8 }, { header: 'Value', align: 'right', weight: 1.1 }, { header: 'Why', weight: 4 }],
        rows: shown.map((a): Cell[] => [accountCell(a, r), bandCell(a), formatMoney(a.value), excerpt(a.reasons[0]?.text ?? '', 140)]),
        empty: 'None of the most valuable accounts is at risk or neglected.',
        ...(c.atRisk.length > shown.length ? { footnote: `And ${formatCount(c.atRisk.length - shown.length)} more in the XLSX export (Needs attention and Accounts sheets).` } : {}),
      },
    ],
  };
}

const reached = (n: number, of: number) => `${formatCount(n)} (${formatShare(of ? n / of : 0)})`;
const strong = (text: string): TableCell => ({ text, strong: true });

function ownersSection(r: PortfolioReport): ReportSection {
  const total = r.owners.reduce(
    (t, o) => ({ accounts: t.accounts + o.accounts, value: t.value + o.value, atRisk: t.atRisk + o.atRisk, onList: t.onList + o.onList, reachedThisWeek: t.reachedThisWeek + o.reachedThisWeek, openComplaints: t.openComplaints + o.openComplaints }),
    { accounts: 0, value: 0, atRisk: 0, onList: 0, reachedThisWeek: 0, openComplaints: 0 },
  );
  return {
    id: 'owners',
    heading: 'By owner',
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: 'Owner', weight: 2 },
          { header: 'Accounts', align: 'right' },
          { header: 'Value', align: 'right', weight: 1.4 },
          { header: 'At risk or neglected', align: 'right', weight: 1.3 },
          { header: 'On today’s list', align: 'right', weight: 1.2 },
          { header: 'Reached this week', align: 'right', weight: 1.4 },
          { header: 'Open complaints', align: 'right', weight: 1.3 },
        ],
        rows: [
          ...r.owners.map((o): Cell[] => [
            { text: oneLine(o.owner), strong: true },
            formatCount(o.accounts),
            formatMoney(o.value),
            formatCount(o.atRisk),
            formatCount(o.onList),
            reached(o.reachedThisWeek, o.accounts),
            formatCount(o.openComplaints),
          ]),
          ...(r.owners.length > 1
            ? [[strong('All owners'), strong(formatCount(total.accounts)), strong(formatMoney(total.value)), strong(formatCount(total.atRisk)), strong(formatCount(total.onList)), strong(reached(total.reachedThisWeek, total.accounts)), strong(formatCount(total.openComplaints))]]
            : []),
        ],
        empty: 'No owners.',
        footnote: '“Reached this week”: accounts we contacted (outbound or a meeting) in the seven days ending on the report’s day.',
      },
    ],
  };
}
