import { NEUTRAL, ago, days, parseInstant, wholeDaysSince } from './factor';
import type { Factor, FactorInput } from './factor';

/**
 * How much of the complaint factor each part can take. They sum to 1, so an
 * old, silent pile of complaints scores 0. Silence dominates on purpose: a
 * complaint answered with steady contact is far less dangerous than one left
 * silent.
 */
export const COMPLAINT_DANGER = {
  /** Any open complaint at all. */
  open: 0.1,
  /** Grows with the oldest complaint's age, full at `ageFullDays`. */
  age: 0.2,
  /** Grows with further open complaints, full at 4 open. */
  more: 0.1,
  /** Grows with days without an update since the oldest opened, full at `silenceFullDays`. */
  silence: 0.6,
  ageFullDays: 60,
  silenceFullDays: 14,
} as const;

export interface ComplaintFacts {
  open: number;
  /** Whole days the oldest open complaint has been open; null without open complaints. */
  oldestDays: number | null;
  /**
   * Whole days since max(our last contact, oldest open complaint opened): how
   * long the customer has waited for an update. Null without open complaints.
   */
  silenceDays: number | null;
  /** True when we have not contacted the customer since the oldest complaint opened. */
  unanswered: boolean;
}

/**
 * The open-complaint numbers the engine also reports on the result.
 *
 * @example
 * complaintFacts(input); // { open: 1, oldestDays: 12, silenceDays: 12, unanswered: true }
 */
export function complaintFacts(input: FactorInput): ComplaintFacts {
  let oldestMs = Number.POSITIVE_INFINITY;
  let open = 0;
  for (const complaint of input.signals.openComplaints) {
    const openedMs = parseInstant(complaint.openedAt);
    if (openedMs === null) continue;
    open += 1;
    if (openedMs < oldestMs) oldestMs = openedMs;
  }
  if (open === 0) return { open: 0, oldestDays: null, silenceDays: null, unanswered: false };
  const lastOur = input.lastOurContactMs;
  const unanswered = lastOur === null || lastOur < oldestMs;
  return {
    open,
    oldestDays: wholeDaysSince(oldestMs, input.asOfMs),
    silenceDays: wholeDaysSince(unanswered ? oldestMs : (lastOur as number), input.asOfMs),
    unanswered,
  };
}

/**
 * Open complaints, by the oldest one's age and the silence while they are open.
 * Resolving a complaint can only lower the count, make the oldest younger and
 * shorten the silence, so it never lowers this factor; neither does contacting
 * the customer.
 *
 * @example
 * complaintFactor(input).reason; // 'Complaint open 12 days with no update to the customer'
 */
export const complaintFactor: Factor = (input) => {
  const facts = complaintFacts(input);
  if (facts.open === 0 || facts.oldestDays === null || facts.silenceDays === null) return NEUTRAL;
  const d = COMPLAINT_DANGER;
  const danger =
    d.open +
    d.age * Math.min(1, facts.oldestDays / d.ageFullDays) +
    d.more * Math.min(1, (facts.open - 1) / 3) +
    d.silence * Math.min(1, facts.silenceDays / d.silenceFullDays);
  return { subScore: Math.max(0, 1 - danger), reason: complaintReason(facts), neutral: false };
};

function complaintReason({ open, oldestDays, silenceDays, unanswered }: ComplaintFacts): string {
  const age = oldestDays ?? 0;
  const what =
    open === 1
      ? age === 0
        ? 'Complaint opened today'
        : `Complaint open ${days(age)}`
      : `${open} complaints open, the oldest ${age === 0 ? 'opened today' : `for ${days(age)}`}`;
  if (unanswered) return `${what}${open === 1 ? '' : ','} with no update to the customer${age === 0 ? ' yet' : ''}`;
  return `${what}; last update ${ago(silenceDays ?? 0)}`;
}
