import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { BANDS } from '../domain';
import type { Band } from '../domain';
import { bandFor, medianValue, needsAttention, priorityFor, scoreAccount } from './engine';
import { DEFAULT_HEALTH_SETTINGS } from './settings';
import { STORY_DAY, account } from './test-stories';
import type { HealthResult, HealthSettings } from './types';

/** Worse bands have higher indexes: healthy 0 … neglected 3. */
const severity = (band: Band) => BANDS.indexOf(band);
const reasonOf = (result: HealthResult, factor: string) => result.reasons.find((reason) => reason.factor === factor);
const topReason = (result: HealthResult) => result.reasons[0];

/** Called every 14 days, the last call 3 days ago: nothing wrong. */
const steady = () => account('Standard').calledEvery(14, { from: 400, to: 3 });
/** Called every 14 days, the last call 22 days ago. */
const regular = () => account('Standard').calledEvery(14, { from: 400, to: 22 });
/** We used to call monthly; the last call was 60 days ago. */
const ours = () => account('Standard').calledEvery(30, { from: 420, to: 60 });
/** Called every 20 days, the last call 70 days ago. */
const neglect = () => account('Standard').calledEvery(20, { from: 400, to: 70 });
const gap40 = (tier: string) => account(tier).calledEvery(40, { from: 400, to: 40 }).score();
/** The as-of day `gap` days after the attentive account's last call (47 days before the story day). */
const asOfDaysAfterLastCall = (gap: number) => addDays(STORY_DAY, gap - 47);

// The churned account is not a story here: the backend filters churned
// accounts out before scoring, so the engine never sees one.

describe('the steady happy account', () => {
  const happy = steady().heardFrom(20, 0.6).answered(30, { comeBack: 5, refer: 9 });

  it('is healthy, has nothing to say, and stays off today’s list', () => {
    const result = happy.score();
    expect(result.band).toBe('healthy');
    expect(result.reasons).toEqual([]);
    expect(needsAttention(result)).toBe(false);
    expect(result.openComplaints).toBe(0);
    expect(result.daysSinceOurContact).toBe(3);
  });

  it('outscores every troubled variant of itself', () => {
    const best = happy.score().score;
    expect(happy.fork().complained(5).score().score).toBeLessThan(best);
    expect(happy.fork().answered(2, { comeBack: 1 }).score().score).toBeLessThan(best);
    expect(happy.fork().heardFrom(8, -0.8).heardFrom(4, -0.7).score().score).toBeLessThan(best);
  });
});

describe('the attentive-then-silent account ("taken for granted")', () => {
  // Called every 9 days for a year, then the calls stop 47 days before the story day.
  const attentive = account('Standard').calledEvery(9, { from: 443, to: 47 });

  it('says both what the gap is and what the rhythm used to be', () => {
    const result = attentive.score();
    expect(severity(result.band)).toBeGreaterThanOrEqual(severity('at_risk'));
    expect(reasonOf(result, 'decay')?.text).toBe('You used to be in touch every 9 days; now it has been 47 days since the last contact');
    expect(reasonOf(result, 'recency')?.text).toBe('No outbound contact for 47 days (Standard accounts expect contact every 30 days)');
  });

  it('slides through the bands as the silence grows, never back up', () => {
    const timeline = [2, 20, 31, 47, 70, 100].map((gap) => attentive.score(asOfDaysAfterLastCall(gap)));
    expect(timeline[0]?.band).toBe('healthy');
    expect(timeline.at(-1)?.band).toBe('neglected');
    for (let i = 1; i < timeline.length; i += 1) {
      expect(timeline[i]?.score).toBeLessThanOrEqual(timeline[i - 1]?.score as number);
      expect(severity(timeline[i]?.band as Band)).toBeGreaterThanOrEqual(severity(timeline[i - 1]?.band as Band));
    }
  });

  it('is flagged before the cadence runs out, where a plain "last touch" rule stays silent', () => {
    const result = attentive.score(asOfDaysAfterLastCall(25));
    expect(result.reasons.map((reason) => reason.factor)).toEqual(['decay']);
    expect(reasonOf(result, 'recency')).toBeUndefined();
  });

  it('ranks below an account that was never called often, after the same silence', () => {
    const monthly = account('Standard').calledEvery(30, { from: 437, to: 47 });
    const neverOften = monthly.score();
    // Called just inside its cadence, it had (almost) no rhythm to lose.
    expect(neverOften.factors.find((factor) => factor.factor === 'decay')?.subScore).toBeGreaterThan(0.95);
    expect(reasonOf(neverOften, 'decay')).toBeUndefined();
    expect(attentive.score().score).toBeLessThan(neverOften.score);
  });
});

describe('complaints', () => {
  // Called every 14 days until 22 days ago; the customer then complains.
  const silent = regular().complained(12);
  const answered = regular().complained(12).called(10).called(6).called(2);

  it('the silent complaint is at risk or worse and leads with the complaint', () => {
    const result = silent.score();
    expect(severity(result.band)).toBeGreaterThanOrEqual(severity('at_risk'));
    expect(topReason(result)?.text).toBe('Complaint open 12 days with no update to the customer');
    expect(result.openComplaints).toBe(1);
    expect(result.oldestOpenComplaintDays).toBe(12);
    expect(result.complaintSilenceDays).toBe(12);
    expect(needsAttention(result)).toBe(true);
  });

  it('a complaint answered with steady contact is far less dangerous than a silent one', () => {
    const result = answered.score();
    expect(result.score).toBeGreaterThan(silent.score().score + 15);
    expect(severity(result.band)).toBeLessThan(severity(silent.score().band));
    expect(reasonOf(result, 'complaint')?.text).toBe('Complaint open 12 days; last update 2 days ago');
    expect(result.complaintSilenceDays).toBe(2);
    expect(needsAttention(result)).toBe(true); // an open complaint always deserves a look
  });

  it('silence hurts more the longer it lasts', () => {
    const scores = [1, 5, 10, 20].map((days) => regular().complained(days).score().score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('the resolved complaint handled with care leaves a healthy account with nothing to say about complaints', () => {
    const result = account('Standard')
      .calledEvery(14, { from: 400, to: 50 })
      .complained(40, 20)
      .called(38)
      .called(30)
      .called(24)
      .called(10)
      .score();
    expect(result.band).toBe('healthy');
    expect(result.openComplaints).toBe(0);
    expect(result.complaintSilenceDays).toBeNull();
    expect(reasonOf(result, 'complaint')).toBeUndefined();
  });

  it('several open complaints say how many and how old the oldest is', () => {
    const result = regular().complained(40).complained(5).called(3).score();
    expect(reasonOf(result, 'complaint')?.text).toBe('2 complaints open, the oldest for 40 days; last update 3 days ago');
    expect(result.score).toBeLessThan(regular().complained(5).called(3).score().score);
  });
});

describe('the sour tone', () => {

  it('a run of negative conversations costs the account its healthy band', () => {
    const result = steady().heardFrom(50, -0.6).heardFrom(30, -0.7).called(10, -0.5).score();
    expect(result.band).not.toBe('healthy');
    expect(topReason(result)?.text).toBe('Tone has turned negative: 3 negative conversations in the last 90 days');
  });

  it('a run matters more than one bad conversation', () => {
    const one = steady().heardFrom(10, -0.6).score().score;
    const run = steady().heardFrom(30, -0.6).heardFrom(20, -0.6).heardFrom(10, -0.6).score().score;
    expect(run).toBeLessThan(one);
  });

  it('old bad tone fades', () => {
    const fresh = steady().heardFrom(5, -0.9).score().score;
    const old = steady().heardFrom(300, -0.9).score().score;
    expect(old).toBeGreaterThan(fresh);
  });
});

describe("the customer's own voice", () => {

  it('"would not come back" is said plainly and takes the account out of healthy', () => {
    const result = steady().answered(20, { comeBack: 2 }).score();
    expect(result.band).not.toBe('healthy');
    expect(topReason(result)?.text).toBe('Said they would not come back (2 of 5) 20 days ago');
  });

  it('a detractor is named with the NPS answer, and promoters cost nothing', () => {
    expect(topReason(steady().answered(20, { refer: 3 }).score())?.text).toBe('Would not recommend us (refer 3 of 10) 20 days ago');
    expect(steady().answered(20, { refer: 10 }).score().score).toBe(steady().score().score);
  });

  it('older answers fade', () => {
    const fresh = steady().answered(5, { comeBack: 1 }).score().score;
    const old = steady().answered(400, { comeBack: 1 }).score().score;
    expect(old).toBeGreaterThan(fresh);
  });
});

describe('the inbound-only account', () => {

  it('says the customer is doing the reaching out', () => {
    const result = ours().heardFromEvery(7, { from: 56, to: 3 }).score();
    expect(reasonOf(result, 'recency')?.text).toBe('The customer contacted us 3 days ago, but our last outreach was 60 days ago');
    expect(result.band).not.toBe('healthy');
  });

  it('gets no credit for the customer’s calls: inbound does not count as us staying in touch', () => {
    expect(ours().heardFromEvery(7, { from: 56, to: 3 }).score().score).toBe(ours().score().score);
  });

  it('a meeting counts as our contact even when the customer logged it', () => {
    expect(ours().met(3).score().band).toBe('healthy');
  });
});

describe('the brand-new account', () => {
  it('with a welcome meeting is healthy and has no rhythm to lose yet', () => {
    const result = account('Standard', { createdDaysAgo: 5 }).met(4).score();
    expect(result.band).toBe('healthy');
    expect(result.reasons).toEqual([]);
    expect(result.factors.find((factor) => factor.factor === 'decay')?.subScore).toBe(1);
  });

  it('never contacted is judged from the day it was created', () => {
    expect(account('Standard', { createdDaysAgo: 10 }).score().band).toBe('healthy');
    const forgotten = account('Standard', { createdDaysAgo: 50 }).score();
    expect(forgotten.band).not.toBe('healthy');
    expect(forgotten.daysSinceOurContact).toBeNull();
    expect(topReason(forgotten)?.text).toBe(
      'No outbound contact since the account was created 50 days ago (Standard accounts expect contact every 30 days)',
    );
  });
});

describe('tiers with different cadences', () => {
  it('the same 40-day gap is worst for Strategic and fine for Long tail', () => {
    const [strategic, standard, longTail] = ['Strategic', 'Standard', 'Long tail'].map(gap40) as [HealthResult, HealthResult, HealthResult];
    expect(strategic.score).toBeLessThan(standard.score);
    expect(standard.score).toBeLessThan(longTail.score);
    expect(longTail.band).toBe('healthy');
    expect(severity(strategic.band)).toBeGreaterThanOrEqual(severity('at_risk'));
    expect(reasonOf(strategic, 'recency')?.text).toBe('No outbound contact for 40 days (Strategic accounts expect contact every 14 days)');
  });

  it('an unknown tier uses the default cadence', () => {
    const unknown = account('Partner').calledEvery(40, { from: 400, to: 40 }).score();
    expect(unknown.score).toBe(account('Standard').calledEvery(40, { from: 400, to: 40 }).score().score);
    expect(reasonOf(unknown, 'recency')?.text).toBe('No outbound contact for 40 days (expected every 30 days)');
  });

  it('changing a cadence in settings re-ranks at once', () => {
    const story = account('Standard').calledEvery(40, { from: 400, to: 40 });
    const stricter: HealthSettings = { ...DEFAULT_HEALTH_SETTINGS, cadences: { ...DEFAULT_HEALTH_SETTINGS.cadences, Standard: 14 } };
    expect(story.score(STORY_DAY, stricter).score).toBeLessThan(story.score().score);
  });
});

describe("today's list: value sets priority, not health", () => {
  const reference = medianValue([5_000, 20_000, 20_000, 40_000, 200_000]);

  it('a neglected high-value account ranks above an equally neglected small one', () => {
    const big = neglect().withValue(200_000).score();
    const small = neglect().withValue(5_000).score();
    expect(big.score).toBe(small.score); // value never touches health
    expect(priorityFor(big, 200_000, reference)).toBeGreaterThan(priorityFor(small, 5_000, reference));
  });

  it('ranks a portfolio by risk weighted by value', () => {
    const portfolio = [
      { name: 'steady, big', story: account('Standard').calledEvery(14, { from: 400, to: 3 }), value: 200_000 },
      { name: 'silent complaint, mid', story: account('Standard').calledEvery(14, { from: 400, to: 22 }).complained(12), value: 20_000 },
      { name: 'neglected, big', story: neglect(), value: 200_000 },
      { name: 'neglected, small', story: neglect(), value: 5_000 },
      { name: 'slightly late, mid', story: account('Standard').calledEvery(30, { from: 400, to: 40 }), value: 20_000 },
    ];
    const list = portfolio
      .map(({ name, story, value }) => ({ name, result: story.score(), value }))
      .filter(({ result }) => needsAttention(result))
      .sort((a, b) => priorityFor(b.result, b.value, reference) - priorityFor(a.result, a.value, reference))
      .map(({ name }) => name);
    expect(list).toEqual(['neglected, big', 'silent complaint, mid', 'neglected, small']);
  });

  it('an open complaint bumps priority at equal score and value', () => {
    const result = account('Standard').calledEvery(14, { from: 400, to: 3 }).score();
    expect(priorityFor({ ...result, openComplaints: 1 }, 1, 1)).toBeGreaterThan(priorityFor(result, 1, 1));
  });

  it('a perfectly healthy account has no priority, and priority is rounded to one decimal', () => {
    const perfect = account('Standard', { createdDaysAgo: 5 }).met(4).score();
    expect(priorityFor(perfect, 1_000_000, 10)).toBe(0);
    const p = priorityFor({ ...perfect, score: 57 }, 3, 7);
    expect(Math.round(p * 10) / 10).toBe(p);
    expect(p).toBeCloseTo(43 * (1 + Math.log2(1 + 3 / 7)), 1);
  });

  it('without a usable reference value, priority is plain risk', () => {
    const result = neglect().score();
    expect(priorityFor(result, 50_000, 0)).toBe(100 - result.score);
  });

  it('medianValue ignores unusable values', () => {
    expect(medianValue([])).toBe(0);
    expect(medianValue([3, Number.NaN, -1, 1, 2])).toBe(2);
    expect(medianValue([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('bands and the result’s shape', () => {
  it('bandFor uses each threshold as the lowest score of its band', () => {
    const { healthy, watch, atRisk } = DEFAULT_HEALTH_SETTINGS.bands;
    expect(bandFor(100, DEFAULT_HEALTH_SETTINGS)).toBe('healthy');
    expect(bandFor(healthy, DEFAULT_HEALTH_SETTINGS)).toBe('healthy');
    expect(bandFor(healthy - 1, DEFAULT_HEALTH_SETTINGS)).toBe('watch');
    expect(bandFor(watch, DEFAULT_HEALTH_SETTINGS)).toBe('watch');
    expect(bandFor(watch - 1, DEFAULT_HEALTH_SETTINGS)).toBe('at_risk');
    expect(bandFor(atRisk, DEFAULT_HEALTH_SETTINGS)).toBe('at_risk');
    expect(bandFor(atRisk - 1, DEFAULT_HEALTH_SETTINGS)).toBe('neglected');
    expect(bandFor(0, DEFAULT_HEALTH_SETTINGS)).toBe('neglected');
  });

  it('reports every factor in order, with contributions summing to the score and impacts to what was lost', () => {
    const result = account('Standard').calledEvery(9, { from: 443, to: 47 }).complained(30).answered(10, { refer: 2 }).score();
    expect(result.factors.map((factor) => factor.factor)).toEqual(['recency', 'decay', 'complaint', 'sentiment', 'voice']);
    const contributions = result.factors.reduce((sum, factor) => sum + factor.contribution, 0);
    expect(Math.abs(contributions - result.score)).toBeLessThanOrEqual(0.3);
    const impacts = result.reasons.reduce((sum, reason) => sum + reason.impact, 0);
    expect(Math.abs(impacts - (result.score - 100))).toBeLessThanOrEqual(0.3);
  });

  it('a zero weight switches a factor off', () => {
    const story = account('Standard').calledEvery(14, { from: 400, to: 3 }).answered(5, { comeBack: 1 });
    const noVoice: HealthSettings = { ...DEFAULT_HEALTH_SETTINGS, weights: { ...DEFAULT_HEALTH_SETTINGS.weights, voice: 0 } };
    expect(story.score(STORY_DAY, noVoice).score).toBe(account('Standard').calledEvery(14, { from: 400, to: 3 }).score().score);
    expect(reasonOf(story.score(STORY_DAY, noVoice), 'voice')?.impact).toBe(0);
  });

  it('refuses invalid settings and as-of days instead of scoring NaN', () => {
    const signals = steady().signals();
    const broken: HealthSettings = { ...DEFAULT_HEALTH_SETTINGS, defaultCadenceDays: 0 };
    expect(() => scoreAccount(signals, broken, STORY_DAY)).toThrow(/default cadence/);
    expect(() => scoreAccount(signals, DEFAULT_HEALTH_SETTINGS, '30/06/2026')).toThrow(RangeError);
  });

  it('scoreAccount takes hand-built signals, with no touchpoints at all', () => {
    const result = scoreAccount(
      {
        tier: 'Strategic',
        value: 1,
        createdOn: '2026-01-01',
        lastOurContactAt: Date.parse('2026-06-25T08:00:00.000Z'),
        lastAnyContactAt: Date.parse('2026-06-25T08:00:00.000Z'),
        firstOurContactAt: Date.parse('2026-01-02T08:00:00.000Z'),
        recentOurContacts: 12,
        baselineOurContacts: 10,
        sentimentWeightedSum: 0,
        sentimentWeightTotal: 0,
        recentNegativeCount: 0,
        openComplaints: [],
        latestComeBack: null,
        latestRefer: null,
      },
      DEFAULT_HEALTH_SETTINGS,
      STORY_DAY,
    );
    expect(result.band).toBe('healthy');
    expect(result.daysSinceOurContact).toBe(5);
  });
});
