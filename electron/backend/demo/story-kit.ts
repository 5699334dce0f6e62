import type { AccountStatus } from '../../../shared/domain';
import type { Tone } from './phrases';
import type { Random } from './random';
import type { DemoTier, Timeline } from './timeline';

/** Expected days between our contacts per tier; the same defaults the health model starts from. */
export const CADENCE_DAYS: Record<DemoTier, number> = { Strategic: 14, Standard: 30, 'Long tail': 90 };

/** How far back the demo history reaches: two years of touchpoints ending at as-of. */
export const HISTORY_DAYS = 730;

/** What a story fixes about its account before any touchpoint is written. */
export interface StoryPlan {
  /** Days between the account's creation and the as-of day. */
  createdAgo: number;
  status: AccountStatus;
  write(t: Timeline): void;
}

export interface DemoStory {
  description: string;
  /** Share of the portfolio that follows this story. */
  share: number;
  /** Stories about how small accounts are treated only make sense for the long tail. */
  longTailOnly?: boolean;
  plan(rng: Random, tier: DemoTier): StoryPlan;
}

/** The mood of contact on a given day: its tone, and how often the source recorded a sentiment. */
export interface Mood {
  tone: Tone;
  givenSentimentShare: number;
}

export type SurveyQuality = 'good' | 'mixed' | 'bad';

export interface OrdinaryLife {
  /** Mean gap between our contacts, as a multiple of the tier cadence. */
  outboundGap: number;
  /** Mean gap between the customer's own contacts, as a multiple of the tier cadence. */
  inboundGap: number;
  mood: (day: number) => Mood;
  /** Surveys every five to eight months until `until`, or none. */
  surveys: { quality: SurveyQuality; until: number } | null;
}

/** Mostly warm, sometimes matter-of-fact: how a healthy relationship sounds. */
export const warmMood =
  (rng: Random) =>
  (): Mood => ({ tone: rng.chance(0.75) ? 'warm' : 'neutral', givenSentimentShare: 0.4 });

/** Mostly matter-of-fact, now and then warm. */
export const plainMood =
  (rng: Random) =>
  (): Mood => ({ tone: rng.chance(0.7) ? 'neutral' : 'warm', givenSentimentShare: 0.35 });

export const sourMood: Mood = { tone: 'sour', givenSentimentShare: 0.75 };

/**
 * The background hum of an account: our regular contact, the customer's own
 * questions and the occasional survey between `from` and `to`.
 */
export function liveOrdinaryLife(t: Timeline, rng: Random, cadence: number, from: number, to: number, life: OrdinaryLife): void {
  for (const day of t.rhythm(from, to, cadence * life.outboundGap)) {
    const mood = life.mood(day);
    t.reachOut(day, mood.tone, { givenSentimentShare: mood.givenSentimentShare });
  }
  for (const day of t.rhythm(from, to, cadence * life.inboundGap, 0.6)) {
    const mood = life.mood(day);
    t.hearFrom(day, mood.tone, { givenSentimentShare: mood.givenSentimentShare });
  }
  if (life.surveys) {
    const { quality, until } = life.surveys;
    for (const day of t.rhythm(from + 45, Math.min(to, until), rng.int(150, 240), 0.2)) {
      t.survey(day, surveyAnswers(rng, quality), quality === 'good' ? 'warm' : 'neutral');
    }
  }
}

/**
 * Survey answers of a given quality; customers skip one of the two questions now and then.
 * "Bad" means would not come back (≤ 2 of 5) and/or would not refer (≤ 5 of 10).
 */
export function surveyAnswers(rng: Random, quality: SurveyQuality): { comeBack: number | null; refer: number | null } {
  const answered = rng.weighted([['both', 60], ['comeBack', 20], ['refer', 20]] as const);
  const score = {
    good: () => ({ comeBack: rng.int(4, 5), refer: rng.int(8, 10) }),
    mixed: () => ({ comeBack: rng.int(3, 5), refer: rng.int(6, 9) }),
    bad: () => ({ comeBack: rng.int(1, 2), refer: rng.int(0, 5) }),
  }[quality]();
  return {
    comeBack: answered === 'refer' ? null : score.comeBack,
    refer: answered === 'comeBack' ? null : score.refer,
  };
}

/**
 * A complaint answered with care: we call or write every few days from the day
 * after it came in until `until` (the resolution day, or as-of while it is open).
 */
export function followUpComplaint(t: Timeline, rng: Random, opened: { day: number; issue: string }, until: number): void {
  for (let day = opened.day + rng.int(1, 2); day <= until; day += rng.int(2, 5)) {
    t.reachOut(day, 'neutral', {
      topic: 'complaint-update',
      channel: rng.chance(0.6) ? 'call' : 'email',
      issue: opened.issue,
      notBefore: opened.day + 1,
    });
  }
}
