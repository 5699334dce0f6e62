import { addDays, asOfMs, DAY_MS, dayOf } from '../dates';
import type { AccountStatus, Band, Channel, Direction, IsoDay } from '../domain';
import type { HealthSettings, Reason } from '../health/types';
import { formatDay } from './format';
import { KIND_NAMES, KIND_ORDER, kindLabel } from './kinds';
import { median } from './stats';
import { cleanText, excerpt, firstSentence } from './text';

/**
 * The facts of one account's status update, worked out from what the backend
 * gathered: what we did together, complaints with how long they took and what
 * happens next, the latest survey answers and the suggested next steps.
 * Instants are epoch milliseconds; days are 'YYYY-MM-DD'.
 */

export interface UpdateTouchpoint {
  id: number;
  at: number;
  channel: Channel;
  direction: Direction;
  person: string | null;
  subject: string | null;
  notes: string | null;
  /** The touchpoint raised a complaint. */
  complaint: boolean;
  /** An update to the customer about this complaint. */
  complaintId: number | null;
}

export interface UpdateComplaint {
  id: number;
  openedAt: number;
  channel: Channel;
  subject: string | null;
  notes: string | null;
  status: 'open' | 'resolved';
  resolvedAt: number | null;
  /** Our updates to the customer about it, oldest first, up to the period's end. */
  updates: { at: number; subject: string | null; notes: string | null }[];
}

export interface SurveyAnswerOn {
  answer: number;
  at: number;
  comment: string | null;
}

export interface AccountHealthFacts {
  score: number;
  band: Band;
  reasons: Reason[];
  daysSinceOurContact: number | null;
  openComplaints: number;
}

export interface AccountUpdateInput {
  account: { id: number; externalId: string; name: string; owner: string; tier: string; value: number; status: AccountStatus; churnedOn: IsoDay | null };
  from: IsoDay;
  to: IsoDay;
  internal: boolean;
  /** As the account manager wrote it; null for the suggestion. */
  nextSteps: string | null;
  contactLine: string | null;
  /** Touchpoints inside the period, oldest first. */
  touchpoints: UpdateTouchpoint[];
  /** Complaints that were open at some point in the period. */
  complaints: UpdateComplaint[];
  survey: { comeBack: SurveyAnswerOn | null; refer: SurveyAnswerOn | null };
  /** Our last contact on or before the period's end. */
  lastOurContactAt: number | null;
  cadenceDays: number;
  /** As of the period's end; null for a churned account. Only read for the internal copy. */
  health: AccountHealthFacts | null;
  /** Daily score snapshots inside the period. Only read for the internal copy. */
  history: { day: IsoDay; score: number; band: Band }[];
  /** The lowest score of each band, for the score chart's zones. */
  bandFloors: HealthSettings['bands'];
}

export interface KindCount {
  channel: Channel;
  fromUs: number;
  fromCustomer: number;
  total: number;
}

export interface Highlight {
  day: IsoDay;
  channel: Channel;
  title: string;
  person: string | null;
  /** Internal copy only: an excerpt of our notes. */
  notes: string | null;
  why: 'complaint' | 'meeting' | 'survey' | 'long-notes';
}

export interface ComplaintLine {
  id: number;
  openedOn: IsoDay;
  title: string;
  /** As of the period's end. */
  status: 'open' | 'resolved';
  resolvedOn: IsoDay | null;
  /** Days it took (resolved) or has been open so far (open). */
  days: number;
  /** For an open complaint: the day the customer will next hear from us by. */
  nextUpdateBy: IsoDay | null;
  lastUpdate: { day: IsoDay; text: string } | null;
  updates: number;
}

export interface AccountUpdate {
  input: AccountUpdateInput;
  kinds: KindCount[];
  totalTouchpoints: number;
  highlights: Highlight[];
  complaints: ComplaintLine[];
  /** Median days to resolve the complaints resolved inside the period; null when none were. */
  medianDaysToResolve: number | null;
  suggestedNextSteps: string;
  nextSteps: string;
}

/** Notes this long usually record a real conversation rather than a quick hello. */
export const LONG_NOTES = 200;
export const MAX_HIGHLIGHTS = 10;
/** The customer hears from us about an open complaint at least this often. */
export const COMPLAINT_UPDATE_DAYS = 7;

const HIGHLIGHT_WEIGHT: Record<Highlight['why'], number> = { complaint: 4, meeting: 3, survey: 2, 'long-notes': 1 };

/** Works out an account update from the gathered facts. */
export function buildAccountUpdate(input: AccountUpdateInput): AccountUpdate {
  const complaints = complaintLines(input);
  const suggestedNextSteps = suggestNextSteps(input, complaints);
  const written = input.nextSteps === null ? '' : cleanText(input.nextSteps).trim();
  const resolvedInPeriod = complaints.filter((c) => c.status === 'resolved' && c.resolvedOn !== null && c.resolvedOn >= input.from);
  return {
    input,
    kinds: countKinds(input.touchpoints),
    totalTouchpoints: input.touchpoints.length,
    highlights: pickHighlights(input.touchpoints, input.internal),
    complaints,
    medianDaysToResolve: median(resolvedInPeriod.map((c) => c.days)),
    suggestedNextSteps,
    nextSteps: written || suggestedNextSteps,
  };
}

/** Touchpoints per kind, split into ours and the customer's, most personal kinds first; kinds with none left out. */
export function countKinds(touchpoints: readonly UpdateTouchpoint[]): KindCount[] {
  const counts = new Map<Channel, KindCount>();
  for (const t of touchpoints) {
    const count = counts.get(t.channel) ?? { channel: t.channel, fromUs: 0, fromCustomer: 0, total: 0 };
    if (t.direction === 'outbound') count.fromUs++;
    else count.fromCustomer++;
    count.total++;
    counts.set(t.channel, count);
  }
  return KIND_ORDER.flatMap((channel) => counts.get(channel) ?? []);
}

/**
 * The touchpoints worth naming: complaints raised, meetings, survey answers
 * and long notes, the weightiest ten, listed oldest first. Updates about a
 * complaint are left to the complaints section.
 */
export function pickHighlights(touchpoints: readonly UpdateTouchpoint[], internal: boolean): Highlight[] {
  const candidates: (Highlight & { weight: number; at: number })[] = [];
  for (const t of touchpoints) {
    if (t.complaintId !== null) continue;
    const why: Highlight['why'] | null = t.complaint
      ? 'complaint'
      : t.channel === 'meeting'
        ? 'meeting'
        : t.channel === 'survey'
          ? 'survey'
          : (t.notes?.length ?? 0) >= LONG_NOTES
            ? 'long-notes'
            : null;
    if (why === null) continue;
    candidates.push({
      day: dayOf(t.at),
      at: t.at,
      channel: t.channel,
      title: touchpointTitle(t),
      person: t.person === null ? null : excerpt(t.person, 80),
      notes: internal && t.notes ? excerpt(t.notes, 220) : null,
      why,
      weight: HIGHLIGHT_WEIGHT[why],
    });
  }
  return candidates
    .sort((a, b) => b.weight - a.weight || b.at - a.at)
    .slice(0, MAX_HIGHLIGHTS)
    .sort((a, b) => a.at - b.at)
    .map(({ weight: _weight, at: _at, ...highlight }) => highlight);
}

function touchpointTitle(t: Pick<UpdateTouchpoint, 'subject' | 'notes' | 'channel' | 'complaint'>): string {
  if (t.subject && t.subject.trim()) return excerpt(t.subject, 120);
  // Without a subject the customer's own complaint is best told by the first sentence of its notes.
  if (t.complaint && t.notes) return firstSentence(t.notes, 120);
  if (t.complaint) return `Complaint raised by ${KIND_NAMES[t.channel].one}`;
  return t.channel === 'survey' ? 'Survey answered' : kindLabel(t.channel);
}

/** Complaints open at some point in the period, open ones first (oldest first), then resolved ones (newest first). */
export function complaintLines(input: Pick<AccountUpdateInput, 'complaints' | 'to' | 'internal'>): ComplaintLine[] {
  const end = asOfMs(input.to);
  const lines = input.complaints.map((c): ComplaintLine => {
    const resolved = c.status === 'resolved' && (c.resolvedAt === null || c.resolvedAt <= end);
    const updates = c.updates.filter((u) => u.at <= end);
    const last = updates.at(-1);
    const closedAt = resolved ? (c.resolvedAt ?? c.openedAt) : end;
    return {
      id: c.id,
      openedOn: dayOf(c.openedAt),
      title: touchpointTitle({ subject: c.subject, notes: c.notes, channel: c.channel, complaint: true }),
      status: resolved ? 'resolved' : 'open',
      resolvedOn: resolved && c.resolvedAt !== null ? dayOf(c.resolvedAt) : null,
      days: Math.max(0, (closedAt - c.openedAt) / DAY_MS),
      nextUpdateBy: resolved ? null : nextUpdateDay(last ? dayOf(last.at) : dayOf(c.openedAt), input.to),
      // Our notes are for us; the customer's copy names an update by its subject only.
      lastUpdate: last ? { day: dayOf(last.at), text: excerpt(last.subject || (input.internal ? last.notes : null) || 'update sent', 140) } : null,
      updates: updates.length,
    };
  });
  const open = lines.filter((l) => l.status === 'open').sort((a, b) => a.openedOn.localeCompare(b.openedOn));
  const resolved = lines.filter((l) => l.status === 'resolved').sort((a, b) => (b.resolvedOn ?? b.openedOn).localeCompare(a.resolvedOn ?? a.openedOn));
  return [...open, ...resolved];
}

/**
 * When the customer hears from us next about an open complaint: a week after
 * the last word on it, or the next working day when that week has already
 * passed by the period's end.
 */
export function nextUpdateDay(lastWord: IsoDay, to: IsoDay): IsoDay {
  const due = addDays(lastWord, COMPLAINT_UPDATE_DAYS);
  return workday(due > to ? due : addDays(to, 1));
}

/** The day itself, or the Monday after when it falls on a weekend. */
export function workday(day: IsoDay): IsoDay {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  if (weekday === 6) return addDays(day, 2);
  if (weekday === 0) return addDays(day, 1);
  return day;
}

/**
 * A starting point for the "next steps" section, in the account manager's
 * voice: each open complaint with its next update, a talk about poor survey
 * answers, a review meeting when the period had none, and the next check-in
 * on the account's cadence. One step per line, each starting with "- ".
 */
export function suggestNextSteps(input: AccountUpdateInput, complaints: readonly ComplaintLine[]): string {
  const steps: string[] = [];
  for (const c of complaints.filter((l) => l.status === 'open').slice(0, 3)) {
    steps.push(`Resolve “${excerpt(c.title, 80)}”: we will update you by ${formatDay(c.nextUpdateBy!)}.`);
  }
  const { comeBack, refer } = input.survey;
  const recent = (answer: SurveyAnswerOn | null) => answer !== null && answer.at > asOfMs(input.to) - 365 * DAY_MS;
  if ((recent(refer) && refer!.answer <= 6) || (recent(comeBack) && comeBack!.answer <= 2)) {
    steps.push('Go through your latest survey answers together and agree what we change.');
  }
  if (input.account.status === 'active' && !input.touchpoints.some((t) => t.channel === 'meeting')) {
    steps.push('Meet for a review: how the last months went and what you need from us next.');
  }
  if (input.account.status === 'active') {
    const due = input.lastOurContactAt === null ? addDays(input.to, 7) : addDays(dayOf(input.lastOurContactAt), input.cadenceDays);
    steps.push(`Next check-in from ${input.account.owner}: by ${formatDay(workday(due > input.to ? due : addDays(input.to, 7)))}.`);
  }
  return steps.map((s) => `- ${s}`).join('\n');
}
