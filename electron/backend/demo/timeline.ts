import type { Channel, Direction, NewTouchpoint } from '../../../shared/domain';
import { DAY_MS } from '../../../shared/dates';
import { firstNameOf } from './names';
import { pickIssue, surveyComment, writeText, type Tone, type Topic } from './phrases';
import type { Random } from './random';

/** A touchpoint of the demo portfolio; the backend resolves `accountId` from `accountExternalId`. */
export type DemoTouchpoint = NewTouchpoint & { accountExternalId: string };

export type DemoTier = 'Strategic' | 'Standard' | 'Long tail';

export interface TimelineSetup {
  rng: Random;
  externalId: string;
  company: string;
  tier: DemoTier;
  contacts: readonly string[];
  /**
   * Day numbers (days since 1970-01-01): the first day the history may show
   * (the account's creation, or two years back for older accounts) and the as-of day.
   */
  firstDay: number;
  lastDay: number;
}

export interface OpenedComplaint {
  day: number;
  issue: string;
  resolve(day: number): void;
}

interface PlaceOptions {
  /** Earliest day the touchpoint may land on after moving off a weekend. */
  notBefore?: number;
  channel?: Channel;
  topic?: Topic;
  /** Share of touchpoints whose source system recorded a sentiment. */
  givenSentimentShare?: number;
  issue?: string;
}

const OUTBOUND_CHANNELS: Record<DemoTier, ReadonlyArray<readonly [Channel, number]>> = {
  Strategic: [['call', 30], ['email', 30], ['meeting', 25], ['message', 15]],
  Standard: [['call', 35], ['email', 40], ['meeting', 10], ['message', 15]],
  'Long tail': [['call', 25], ['email', 60], ['meeting', 3], ['message', 12]],
};
// Meetings count as our contact (they are two-way), so the customer never "books" one here.
const INBOUND_CHANNELS: ReadonlyArray<readonly [Channel, number]> = [['email', 45], ['call', 20], ['message', 20], ['ticket', 15]];
const COMPLAINT_CHANNELS: ReadonlyArray<readonly [Channel, number]> = [['ticket', 45], ['call', 30], ['email', 25]];
const OUTBOUND_TOPICS: ReadonlyArray<readonly [Topic, number]> = [['check-in', 45], ['renewal', 10], ['product-news', 20], ['usage-tips', 25]];
const INBOUND_TOPICS: ReadonlyArray<readonly [Topic, number]> = [['question', 55], ['feedback', 20], ['billing', 25]];

const SENTIMENT_RANGE: Record<Tone, readonly [number, number]> = {
  warm: [0.2, 0.9],
  neutral: [-0.2, 0.4],
  sour: [-0.95, -0.35],
};

/**
 * Writes one account's touchpoints. Stories decide *when* and in what mood;
 * the timeline decides the channel, the person, the words and the time of day.
 */
export class Timeline {
  readonly #setup: TimelineSetup;
  readonly #touchpoints: DemoTouchpoint[] = [];

  constructor(setup: TimelineSetup) {
    this.#setup = setup;
  }

  get firstDay(): number {
    return this.#setup.firstDay;
  }

  get lastDay(): number {
    return this.#setup.lastDay;
  }

  /** Days in [from, to] spaced about `meanGap` apart (±`jitter` of it), starting a partial gap in. */
  rhythm(from: number, to: number, meanGap: number, jitter = 0.4): number[] {
    const { rng } = this.#setup;
    const days: number[] = [];
    const gap = () => Math.max(1, Math.round(meanGap * rng.float(1 - jitter, 1 + jitter)));
    for (let day = from + Math.floor(rng.next() * gap()); day <= to; day += gap()) days.push(day);
    return days;
  }

  /** Contact we made: a call, e-mail, meeting or message from the account manager. */
  reachOut(day: number, tone: Tone, options: PlaceOptions = {}): number | null {
    const { rng, tier } = this.#setup;
    const channel = options.channel ?? rng.weighted(OUTBOUND_CHANNELS[tier]);
    const topic = options.topic ?? (channel === 'meeting' ? 'review' : rng.weighted(OUTBOUND_TOPICS));
    return this.#place(day, 'outbound', channel, topic, tone, options);
  }

  /** Contact the customer made: a question, a bill, some feedback. */
  hearFrom(day: number, tone: Tone, options: PlaceOptions = {}): number | null {
    const { rng } = this.#setup;
    const channel = options.channel ?? rng.weighted(INBOUND_CHANNELS);
    return this.#place(day, 'inbound', channel, options.topic ?? rng.weighted(INBOUND_TOPICS), tone, options);
  }

  /**
   * A complaint raised by the customer, open until someone calls `resolve`.
   * Returns the day it landed on and the issue, so follow-ups can refer to it.
   */
  complaint(day: number, options: PlaceOptions = {}): OpenedComplaint | null {
    const { rng } = this.#setup;
    const issue = options.issue ?? pickIssue(rng);
    const placed = this.#place(day, 'inbound', options.channel ?? rng.weighted(COMPLAINT_CHANNELS), 'complaint', 'sour', {
      givenSentimentShare: 0.7,
      ...options,
      issue,
    });
    if (placed === null) return null;
    const touchpoint = this.#touchpoints.at(-1) as DemoTouchpoint;
    touchpoint.complaintStatus = 'open';
    return {
      day: placed,
      issue,
      resolve: (resolvedDay) => {
        const openedMs = Date.parse(touchpoint.occurredAt);
        const resolvedMs = this.#instantMs(this.#workday(Math.min(resolvedDay, this.lastDay), placed + 1));
        touchpoint.complaintStatus = 'resolved';
        // Never resolved before it was opened, never after the as-of day.
        touchpoint.resolvedAt = new Date(Math.min(Math.max(resolvedMs, openedMs + 3_600_000), (this.lastDay + 1) * DAY_MS - 1)).toISOString();
      },
    };
  }

  /** A survey answer: "Will you come back?" (1–5) and/or "Would you refer a friend?" (0–10). */
  survey(day: number, answers: { comeBack: number | null; refer: number | null }, tone: Tone): number | null {
    const placed = this.#place(day, 'inbound', 'survey', 'survey', tone, { givenSentimentShare: 0 });
    if (placed === null) return null;
    const touchpoint = this.#touchpoints.at(-1) as DemoTouchpoint;
    touchpoint.comeBack = answers.comeBack;
    touchpoint.refer = answers.refer;
    touchpoint.notes = `${touchpoint.notes} Comment: "${surveyComment(this.#setup.rng, tone)}"`;
    return placed;
  }

  /** The account's touchpoints, oldest first. */
  touchpoints(): DemoTouchpoint[] {
    return [...this.#touchpoints].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  }

  #place(day: number, direction: Direction, channel: Channel, topic: Topic, tone: Tone, options: PlaceOptions): number | null {
    const { rng, contacts, company, externalId } = this.#setup;
    const workday = this.#workday(Math.round(day), Math.max(this.firstDay, options.notBefore ?? this.firstDay));
    if (workday < this.firstDay || workday > this.lastDay) return null;
    const person = channel === 'survey' && rng.chance(0.3) ? null : rng.pick(contacts);
    const text = writeText(rng, topic, tone, {
      first: person ? firstNameOf(person) : 'the customer',
      company,
      month: new Date(workday * DAY_MS).getUTCMonth(),
      ...(options.issue ? { issue: options.issue } : {}),
    });
    const [low, high] = SENTIMENT_RANGE[tone];
    const sentiment = rng.chance(options.givenSentimentShare ?? 0.4) ? Math.round(rng.float(low, high) * 100) / 100 : null;
    // Quick calls and chat messages often go unlogged beyond the fact they happened.
    const terse = (channel === 'call' || channel === 'message') && rng.chance(0.12);
    this.#touchpoints.push({
      accountId: 0,
      accountExternalId: externalId,
      occurredAt: new Date(this.#instantMs(workday)).toISOString(),
      channel,
      direction,
      person,
      subject: channel === 'message' ? null : text.subject,
      notes: terse ? null : text.notes,
      sentiment,
      sentimentSource: sentiment === null ? null : 'given',
      complaintStatus: null,
      resolvedAt: null,
      comeBack: null,
      refer: null,
    });
    return workday;
  }

  /** A time in business hours (08:00–17:59 UTC) on the given day. */
  #instantMs(day: number): number {
    const { rng } = this.#setup;
    return day * DAY_MS + rng.int(8, 17) * 3_600_000 + rng.int(0, 59) * 60_000;
  }

  /**
   * Moves a weekend day to the Friday before, unless that falls before `floor`;
   * then to the Monday after, unless that is past the as-of day.
   */
  #workday(day: number, floor: number): number {
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    if (weekday !== 0 && weekday !== 6) return day;
    const friday = day - (weekday === 6 ? 1 : 2);
    if (friday >= floor) return friday;
    const monday = day + (weekday === 6 ? 2 : 1);
    return monday <= this.lastDay ? monday : day;
  }
}
