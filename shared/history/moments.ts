import type { ScoreMoment, ScorePoint } from '../api/account-page';
import { DAY_MS, asOfMs } from '../dates';
import type { Channel, Direction } from '../domain';
import { NEGATIVE_SENTIMENT } from '../health/signals-from-touchpoints';

/** A touchpoint as the moments need it (instants as epoch ms). */
export interface MomentTouchpoint {
  atMs: number;
  channel: Channel;
  direction: Direction;
  person: string | null;
  subject: string | null;
  sentiment: number | null;
  complaintStatus: 'open' | 'resolved' | null;
  resolvedAtMs: number | null;
  comeBack: number | null;
  refer: number | null;
  /** Set on an update to the customer about a complaint. */
  complaintId: number | null;
}

export interface MomentEvent {
  atMs: number;
  text: string;
}

/** Points the score must move between two snapshots to be a moment worth marking. */
export const MOMENT_THRESHOLD = 8;
/** The chart marks at most this many moments (the biggest moves). */
export const MAX_MOMENTS = 12;

const CONTACT_NOUN: Record<Channel, string> = {
  call: 'Call',
  email: 'Email',
  meeting: 'Meeting',
  message: 'Message',
  ticket: 'Ticket',
  survey: 'Survey',
  other: 'Contact',
};

const ours = (t: MomentTouchpoint) => t.direction === 'outbound' || t.channel === 'meeting';

function contactText(t: MomentTouchpoint): string {
  const noun = CONTACT_NOUN[t.channel];
  if (!t.person) return t.subject ? `${noun}: ${t.subject}` : noun;
  if (t.channel === 'meeting' || t.channel === 'call') return `${noun} with ${t.person}`;
  return `${noun} ${ours(t) ? 'to' : 'from'} ${t.person}`;
}

function surveyText(t: MomentTouchpoint): string {
  const parts = [t.refer === null ? null : `would refer ${t.refer}/10`, t.comeBack === null ? null : `will come back ${t.comeBack}/5`];
  return `Survey answer: ${parts.filter(Boolean).join(', ')}`;
}

const badSurvey = (t: MomentTouchpoint) => (t.refer !== null && t.refer <= 6) || (t.comeBack !== null && t.comeBack <= 2);
const goodSurvey = (t: MomentTouchpoint) => (t.refer !== null && t.refer >= 9) || (t.comeBack !== null && t.comeBack >= 4);
const isSurvey = (t: MomentTouchpoint) => t.refer !== null || t.comeBack !== null;
const complaintOpen = (t: MomentTouchpoint, end: number) =>
  t.complaintStatus !== null && t.atMs <= end && (t.resolvedAtMs !== null ? t.resolvedAtMs > end : t.complaintStatus === 'open');

/**
 * What explains a move between two snapshots, most telling first: for a fall,
 * what went wrong (a complaint, a hand-over, a bad survey, a sour
 * conversation); for a rise, what we did (a resolution, an update, a call).
 */
function explanations(delta: number, from: number, to: number, touchpoints: readonly MomentTouchpoint[], events: readonly MomentEvent[]): string[] {
  const inWindow = touchpoints.filter((t) => t.atMs > from && t.atMs <= to).sort((a, b) => b.atMs - a.atMs);
  const eventTexts = events.filter((e) => e.atMs > from && e.atMs <= to).map((e) => e.text);
  if (delta < 0) {
    return [
      ...inWindow.filter((t) => t.complaintStatus !== null).map((t) => `Complaint opened: ${t.subject ?? CONTACT_NOUN[t.channel].toLowerCase()}`),
      ...eventTexts,
      ...inWindow.filter((t) => isSurvey(t) && badSurvey(t)).map(surveyText),
      ...inWindow.filter((t) => t.complaintStatus === null && !isSurvey(t) && t.sentiment !== null && t.sentiment <= NEGATIVE_SENTIMENT).map((t) => `Difficult ${contactText(t).charAt(0).toLowerCase()}${contactText(t).slice(1)}`),
    ];
  }
  const resolved = touchpoints.filter((t) => t.complaintStatus !== null && t.resolvedAtMs !== null && t.resolvedAtMs > from && t.resolvedAtMs <= to);
  return [
    ...resolved.map((t) => `Complaint resolved: ${t.subject ?? CONTACT_NOUN[t.channel].toLowerCase()}`),
    ...inWindow.filter((t) => t.complaintId !== null).map((t) => `Complaint update: ${contactText(t)}`),
    ...inWindow.filter((t) => ours(t) && t.complaintId === null && t.complaintStatus === null).map(contactText),
    ...eventTexts,
    ...inWindow.filter((t) => isSurvey(t) && goodSurvey(t)).map(surveyText),
  ];
}

/** Why a score fell when nothing happened: the silence itself. */
function silenceText(touchpoints: readonly MomentTouchpoint[], end: number): string {
  let lastOur: number | null = null;
  let oldestOpen: number | null = null;
  for (const t of touchpoints) {
    if (t.atMs > end) continue;
    if (ours(t) && (lastOur === null || t.atMs > lastOur)) lastOur = t.atMs;
    if (complaintOpen(t, end) && (oldestOpen === null || t.atMs < oldestOpen)) oldestOpen = t.atMs;
  }
  const daysSince = (ms: number) => Math.floor(end / DAY_MS) - Math.floor(ms / DAY_MS);
  if (oldestOpen !== null && (lastOur === null || lastOur < oldestOpen)) return `Complaint open ${daysSince(oldestOpen)} days with no update to the customer`;
  if (lastOur === null) return 'No contact from us yet';
  return `No contact for ${daysSince(lastOur)} days`;
}

/**
 * The days the score moved by at least `threshold` points since the
 * snapshot before, each with what happened in between ("Complaint opened: …",
 * "Call with …", "No contact for 45 days"). A rise nothing explains is left
 * out rather than guessed at. At most `max` moments (the biggest moves), in
 * day order.
 */
export function scoreMoments(
  history: readonly ScorePoint[],
  touchpoints: readonly MomentTouchpoint[],
  events: readonly MomentEvent[],
  options: { threshold?: number; max?: number } = {},
): ScoreMoment[] {
  const threshold = options.threshold ?? MOMENT_THRESHOLD;
  const moments: ScoreMoment[] = [];
  for (let i = 1; i < history.length; i++) {
    const before = history[i - 1]!;
    const after = history[i]!;
    const delta = after.score - before.score;
    if (Math.abs(delta) < threshold) continue;
    const from = asOfMs(before.day);
    const to = asOfMs(after.day);
    const found = explanations(delta, from, to, touchpoints, events);
    let text: string;
    if (found.length > 0) text = found.length === 1 ? found[0]! : `${found[0]!} (+${found.length - 1} more)`;
    else if (delta < 0) text = silenceText(touchpoints, to);
    else continue;
    moments.push({ day: after.day, delta, text });
  }
  const kept = [...moments].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta)).slice(0, options.max ?? MAX_MOMENTS);
  return kept.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
