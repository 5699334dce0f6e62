import { DAY_MS } from '../../../shared/dates';
import type { NewTouchpoint } from '../../../shared/domain';

type Linkable = Pick<NewTouchpoint, 'accountId' | 'occurredAt' | 'direction' | 'channel' | 'subject' | 'notes' | 'complaintStatus' | 'resolvedAt'>;

/**
 * The sample portfolio's complaint updates, tied to their complaints. The
 * generator writes an update as our call or e-mail naming the complaint's
 * issue ("Updated Ana on duplicate invoices…") but knows nothing of links;
 * a complaint's subject carries its issue ("Complaint: duplicate invoices",
 * "Escalation: duplicate invoices", "Duplicate invoices, again"). An update is ours, on the same account, after
 * the complaint opened, no later than the day it was resolved, and names its
 * issue; with two such complaints, the later-opened one gets it.
 *
 * Returns [update index, complaint index] pairs into `touchpoints`.
 */
export function demoComplaintLinks(touchpoints: readonly Linkable[]): [number, number][] {
  const complaints: { index: number; accountId: number; issue: string; openedMs: number; untilMs: number }[] = [];
  touchpoints.forEach((t, index) => {
    if (t.complaintStatus === null || !t.subject) return;
    const issue = issueOf(t.subject);
    if (!issue) return;
    // The resolution call may land later on the day the complaint was closed.
    const untilMs = t.resolvedAt === null ? Number.POSITIVE_INFINITY : (Math.floor(Date.parse(t.resolvedAt) / DAY_MS) + 1) * DAY_MS - 1;
    complaints.push({ index, accountId: t.accountId, issue, openedMs: Date.parse(t.occurredAt), untilMs });
  });
  if (complaints.length === 0) return [];
  const byAccount = new Map<number, typeof complaints>();
  for (const c of complaints) byAccount.set(c.accountId, [...(byAccount.get(c.accountId) ?? []), c]);
  const links: [number, number][] = [];
  touchpoints.forEach((t, index) => {
    const candidates = byAccount.get(t.accountId);
    if (!candidates || t.complaintStatus !== null || !(t.direction === 'outbound' || t.channel === 'meeting')) return;
    const text = `${t.subject ?? ''} ${t.notes ?? ''}`.toLowerCase();
    const at = Date.parse(t.occurredAt);
    let best: (typeof complaints)[number] | undefined;
    for (const c of candidates) {
      if (at > c.openedMs && at <= c.untilMs && text.includes(c.issue) && (!best || c.openedMs > best.openedMs)) best = c;
    }
    if (best) links.push([index, best.index]);
  });
  return links;
}

/** "Escalation: sync errors with their CRM" and "Sync errors with their CRM, again" both name "sync errors with their crm". */
function issueOf(subject: string): string | null {
  const colon = subject.indexOf(': ');
  const text = colon >= 0 ? subject.slice(colon + 2) : subject.endsWith(', again') ? subject.slice(0, -', again'.length) : null;
  return text ? text.toLowerCase() : null;
}
