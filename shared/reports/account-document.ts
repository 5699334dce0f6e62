import { BAND_LABELS } from '../domain';
import type { AccountUpdate } from './account-report';
import { scoreTrendChart } from './charts';
import type { Block, Cell, ReportDocument, ReportSection } from './document';
import { daysFrom, fileStem, formatCount, formatDay, formatDays, formatDuration, formatMoney, formatPeriod, plural } from './format';
import { joinWords, KIND_NAMES, kindLabel } from './kinds';
import { cleanText, excerpt, oneLine } from './text';

/**
 * An account update laid out for the renderers. The customer's copy is built
 * from the customer-safe facts only: the health score, band, reasons, value
 * and our own notes appear in the internal copy alone.
 */
export function accountUpdateDocument(update: AccountUpdate): ReportDocument {
  const { input } = update;
  const { account, internal } = input;
  const name = oneLine(account.name);
  const owner = oneLine(account.owner);
  const meta = [
    { label: 'Your account manager', value: owner },
    ...(input.contactLine ? [{ label: 'Contact', value: oneLine(input.contactLine) }] : []),
    { label: 'Period', value: formatPeriod(input.from, input.to) },
    { label: 'Prepared', value: formatDay(input.to) },
  ];
  const sections: ReportSection[] = [
    // The internal copy is read by us, for whom the health comes first.
    ...(internal ? [internalSection(update)] : []),
    togetherSection(update),
    complaintsSection(update),
    surveySection(update),
    { id: 'next-steps', heading: 'Next steps', blocks: nextStepsBlocks(update.nextSteps) },
  ];
  return {
    kind: 'account',
    eyebrow: internal ? 'Status update · internal copy' : 'Status update',
    title: name,
    subtitle: `What we did together, ${formatPeriod(input.from, input.to)}`,
    meta,
    banner: internal ? 'Internal copy: includes the health score, its reasons, the account’s value and our notes. Do not send it to the customer.' : null,
    sections,
    runningTitle: `${name} · status update · ${formatPeriod(input.from, input.to)}`,
    day: input.to,
    fileStem: `status-update-${fileStem(name, `account-${account.id}`)}-${input.to}${internal ? '-internal' : ''}`,
  };
}

function togetherSection(update: AccountUpdate): ReportSection {
  const { input, kinds, totalTouchpoints, highlights } = update;
  const period = formatPeriod(input.from, input.to);
  if (totalTouchpoints === 0) {
    return { id: 'together', heading: 'What we did together', blocks: [{ kind: 'paragraph', text: `We have no contact with you on record between ${period}.` }] };
  }
  const parts = kinds.map((k) => plural(k.total, KIND_NAMES[k.channel].one, KIND_NAMES[k.channel].many));
  const blocks: Block[] = [
    { kind: 'paragraph', text: `In these ${formatCount(daysFrom(input.from, input.to) + 1)} days we were in touch ${totalTouchpoints === 1 ? 'once' : `${formatCount(totalTouchpoints)} times`}: ${joinWords(parts)}.` },
    {
      kind: 'table',
      columns: [{ header: 'Kind', weight: 3 }, { header: 'From us', align: 'right' }, { header: 'From you', align: 'right' }, { header: 'Total', align: 'right' }],
      rows: kinds.map((k) => [KIND_NAMES[k.channel].title, formatCount(k.fromUs), formatCount(k.fromCustomer), { text: formatCount(k.total), strong: true }]),
      empty: 'No contact in this period.',
    },
  ];
  if (highlights.length > 0) {
    blocks.push({ kind: 'subheading', text: 'Highlights' });
    blocks.push({
      kind: 'table',
      columns: [{ header: 'Date', weight: 1.1 }, { header: 'Kind', weight: 1.2 }, { header: 'What', weight: 5 }],
      rows: highlights.map((h): Cell[] => {
        const detail = [h.person ? `with ${h.person}` : '', h.notes ?? ''].filter(Boolean).join(' · ');
        return [formatDay(h.day), kindLabel(h.channel), detail ? { text: h.title, detail } : h.title];
      }),
      empty: '',
    });
  }
  return { id: 'together', heading: 'What we did together', blocks };
}

function complaintsSection(update: AccountUpdate): ReportSection {
  const { complaints, medianDaysToResolve } = update;
  if (complaints.length === 0) {
    return { id: 'complaints', heading: 'Complaints', blocks: [{ kind: 'paragraph', text: 'No complaints were open in this period.' }] };
  }
  const open = complaints.filter((c) => c.status === 'open').length;
  const resolved = complaints.length - open;
  const summary = [
    open ? `${plural(open, 'complaint')} still open` : 'Nothing is open',
    resolved ? `${formatCount(resolved)} resolved` : '',
  ].filter(Boolean);
  const took = medianDaysToResolve === null ? '' : ` Resolving took ${formatDays(medianDaysToResolve)} (median).`;
  return {
    id: 'complaints',
    heading: 'Complaints',
    blocks: [
      { kind: 'paragraph', text: `${summary.join(', ')}.${took}` },
      {
        kind: 'table',
        columns: [
          { header: 'Raised', weight: 1.1 },
          { header: 'Complaint', weight: 3 },
          { header: 'Status', weight: 1.1 },
          { header: 'Time taken', weight: 1.5 },
          { header: 'What happens next', weight: 2.6 },
        ],
        rows: complaints.map((c): Cell[] => [
          formatDay(c.openedOn),
          c.lastUpdate && c.status === 'open' ? { text: c.title, detail: `Last update ${formatDay(c.lastUpdate.day)}: ${c.lastUpdate.text}` } : c.title,
          c.status === 'open' ? { text: 'Open', strong: true } : { text: 'Resolved', detail: c.resolvedOn ? formatDay(c.resolvedOn) : undefined },
          c.status === 'open' ? `${formatDuration(c.days)} so far` : formatDuration(c.days),
          c.status === 'open' ? `We will update you by ${formatDay(c.nextUpdateBy!)}.` : 'Closed.',
        ]),
        empty: '',
      },
    ],
  };
}

function surveySection(update: AccountUpdate): ReportSection {
  const { comeBack, refer } = update.input.survey;
  if (!comeBack && !refer) {
    return { id: 'survey', heading: 'Your latest survey answers', blocks: [{ kind: 'paragraph', text: 'We have no survey answers from you yet.' }] };
  }
  const blocks: Block[] = [
    {
      kind: 'figures',
      figures: [
        ...(comeBack ? [{ label: 'Will you come back?', value: `${comeBack.answer} of 5`, note: `answered ${formatDay(new Date(comeBack.at).toISOString().slice(0, 10))}`, tint: 'accent' as const }] : []),
        ...(refer ? [{ label: 'Would you recommend us?', value: `${refer.answer} of 10`, note: `answered ${formatDay(new Date(refer.at).toISOString().slice(0, 10))}`, tint: 'accent' as const }] : []),
      ],
    },
  ];
  const latest = [comeBack, refer].filter((a) => a !== null).sort((a, b) => b.at - a.at)[0];
  const comment = latest?.comment ? surveyComment(latest.comment) : null;
  if (comment) blocks.push({ kind: 'paragraph', text: `Your comment: “${comment}”` });
  return { id: 'survey', heading: 'Your latest survey answers', blocks };
}

/** The customer's own words from a survey's notes: the quoted comment when there is one, else the notes. */
function surveyComment(notes: string): string {
  const quoted = /Comment:\s*["“](.+?)["”]\s*$/s.exec(notes);
  return excerpt(quoted ? quoted[1]! : notes, 400);
}

/**
 * The account manager's next steps: lines starting with "-", "*" or "•"
 * become list items, other lines paragraphs.
 */
export function nextStepsBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length) blocks.push({ kind: 'list', items });
    items = [];
  };
  for (const raw of cleanText(text).split('\n')) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const item = /^[-*•]\s*(.*)$/.exec(line);
    if (item) items.push(item[1]!);
    else {
      flush();
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  flush();
  return blocks.length ? blocks : [{ kind: 'paragraph', text: 'No next steps written.' }];
}

function internalSection(update: AccountUpdate): ReportSection {
  const { input } = update;
  const { health, account } = input;
  const blocks: Block[] = [];
  if (health === null) {
    blocks.push({ kind: 'paragraph', text: `${oneLine(account.name)} churned${account.churnedOn ? ` on ${formatDay(account.churnedOn)}` : ''}; churned accounts are not scored.` });
  } else {
    blocks.push({
      kind: 'figures',
      figures: [
        { label: 'Health score', value: `${Math.round(health.score)} / 100`, note: BAND_LABELS[health.band], tint: health.band },
        { label: 'Account value', value: formatMoney(account.value), note: `${oneLine(account.tier)} tier` },
        { label: 'Since our last contact', value: health.daysSinceOurContact === null ? 'never reached' : plural(health.daysSinceOurContact, 'day'), note: `cadence: every ${plural(input.cadenceDays, 'day')}` },
        { label: 'Open complaints', value: formatCount(health.openComplaints) },
      ],
    });
    blocks.push({ kind: 'subheading', text: 'Why the score is what it is' });
    blocks.push(health.reasons.length ? { kind: 'list', items: health.reasons.map((r) => `${r.text} (${r.impact > 0 ? '+' : '−'}${Math.abs(Math.round(r.impact))} points)`) } : { kind: 'paragraph', text: 'Nothing pulls the score down.' });
  }
  const trend = scoreTrendChart('Health score over the period', input.history.map((p) => ({ day: p.day, value: p.score })), input.bandFloors);
  if (trend) blocks.push({ kind: 'chart', chart: trend });
  else if (health !== null) blocks.push({ kind: 'paragraph', muted: true, text: 'No score history was kept for this period, so there is no trend to show.' });
  return { id: 'internal', heading: 'Account health (internal only)', blocks };
}
