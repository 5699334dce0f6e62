import { describe, expect, it } from 'vitest';
import type { NewAccount } from '../../../shared/domain';
import { DAY_MS, asOfMs, dayStartMs } from '../../../shared/dates';
import { DEMO_OWNERS } from './names';
import { describeDemoStories, generateDemoPortfolio, generateDemoScenario, type DemoStoryKey, type DemoTouchpoint } from './portfolio';
import { DEMO_STORIES } from './stories';
import { CADENCE_DAYS } from './story-kit';

const AS_OF = '2026-11-24';
const END = asOfMs(AS_OF);
const { portfolio, storyByExternalId } = generateDemoScenario({ asOf: AS_OF });
const { accounts, touchpoints } = portfolio;

const byAccount = new Map<string, DemoTouchpoint[]>(accounts.map((a) => [a.externalId, []]));
for (const t of touchpoints) byAccount.get(t.accountExternalId)?.push(t);

const daysAgo = (instant: string) => (END - Date.parse(instant)) / DAY_MS;
const cadenceOf = (account: NewAccount) => CADENCE_DAYS[account.tier as keyof typeof CADENCE_DAYS];
const outbound = (tps: DemoTouchpoint[]) => tps.filter((t) => t.direction === 'outbound' || t.channel === 'meeting');
/** Accounts whose touchpoints (oldest first) satisfy a story's observable signature. */
const accountsWhere = (test: (account: NewAccount, tps: DemoTouchpoint[]) => boolean) =>
  accounts.filter((a) => test(a, byAccount.get(a.externalId) ?? []));

describe('generateDemoPortfolio', () => {
  it('is deterministic for a seed and as-of day, and differs across seeds', () => {
    expect(generateDemoPortfolio({ asOf: AS_OF })).toEqual(portfolio);
    expect(generateDemoPortfolio({ asOf: AS_OF, seed: 2 }).accounts).not.toEqual(accounts);
  });

  it('creates about 300 accounts shared by four owners, with unique ids and names', () => {
    expect(accounts).toHaveLength(300);
    expect(new Set(accounts.map((a) => a.externalId)).size).toBe(300);
    expect(new Set(accounts.map((a) => a.name)).size).toBe(300);
    for (const a of accounts) expect(a.externalId).toMatch(/^ACC-\d{4}$/);
    const owners = new Set(accounts.map((a) => a.owner));
    expect([...owners].sort()).toEqual([...DEMO_OWNERS].sort());
    for (const owner of owners) expect(accounts.filter((a) => a.owner === owner).length).toBeGreaterThan(60);
  });

  it('spreads tiers and values realistically', () => {
    const share = (tier: string) => accounts.filter((a) => a.tier === tier).length / accounts.length;
    expect(share('Strategic')).toBeCloseTo(0.15, 1);
    expect(share('Standard')).toBeCloseTo(0.5, 1);
    expect(share('Long tail')).toBeCloseTo(0.35, 1);
    const ranges: Record<string, [number, number]> = { Strategic: [80_000, 600_000], Standard: [10_000, 80_000], 'Long tail': [1_000, 12_000] };
    for (const a of accounts) {
      const [low, high] = ranges[a.tier] ?? [NaN, NaN];
      expect(a.value).toBeGreaterThanOrEqual(low);
      expect(a.value).toBeLessThanOrEqual(high);
      expect(a.value % 100).toBe(0);
    }
    const churned = accounts.filter((a) => a.status === 'churned').length;
    expect(churned / accounts.length).toBeGreaterThan(0.02);
    expect(churned / accounts.length).toBeLessThan(0.06);
  });

  it('spreads creation over three years, some brand new, and tags say nothing about the story', () => {
    const ages = accounts.map((a) => (dayStartMs(AS_OF) - dayStartMs(a.createdOn)) / DAY_MS);
    expect(Math.max(...ages)).toBeLessThanOrEqual(1095);
    expect(ages.filter((age) => age > 730).length).toBeGreaterThan(30);
    expect(ages.filter((age) => age <= 21).length).toBeGreaterThan(3);
    const known = /^(eu|us|uk|apac|renewal-q[1-4]|pilot|reference|multi-site|partner)$/;
    for (const a of accounts) for (const tag of a.tags) expect(tag).toMatch(known);
  });

  it('writes 8,000–20,000 well-formed touchpoints inside each account\'s life, in business hours', () => {
    expect(touchpoints.length).toBeGreaterThan(8_000);
    expect(touchpoints.length).toBeLessThan(20_000);
    const createdMs = new Map(accounts.map((a) => [a.externalId, dayStartMs(a.createdOn)]));
    // One expectation over all problems: 13k touchpoints × a dozen expect() calls is slow to run and to read.
    const problems = touchpoints.flatMap((t) => {
      const at = Date.parse(t.occurredAt);
      const hour = new Date(at).getUTCHours();
      const checks: Array<[boolean, string]> = [
        [t.accountId === 0, 'accountId is resolved by the backend'],
        [at <= END, 'after as-of'],
        [at >= (createdMs.get(t.accountExternalId) ?? Infinity), 'before the account was created'],
        [END - at < 731 * DAY_MS, 'older than two years'],
        [hour >= 8 && hour < 18, 'outside business hours'],
        [!(t.channel === 'meeting' && t.direction === 'inbound'), 'inbound meeting'],
        [t.sentimentSource === (t.sentiment === null ? null : 'given'), 'sentiment source'],
        [t.sentiment === null || Math.abs(t.sentiment) <= 1, 'sentiment range'],
        [(t.resolvedAt !== null) === (t.complaintStatus === 'resolved'), 'resolvedAt without resolution'],
        [t.resolvedAt === null || (Date.parse(t.resolvedAt) > at && Date.parse(t.resolvedAt) <= END), 'resolvedAt out of range'],
        [(t.comeBack === null && t.refer === null) || t.channel === 'survey', 'answers outside a survey'],
        [t.comeBack === null || (Number.isInteger(t.comeBack) && t.comeBack >= 1 && t.comeBack <= 5), 'comeBack range'],
        [t.refer === null || (Number.isInteger(t.refer) && t.refer >= 0 && t.refer <= 10), 'refer range'],
      ];
      return checks.filter(([ok]) => !ok).map(([, problem]) => `${t.accountExternalId} ${t.occurredAt}: ${problem}`);
    });
    expect(problems).toEqual([]);
    const weekend = touchpoints.filter((t) => [0, 6].includes(new Date(t.occurredAt).getUTCDay()));
    expect(weekend.length / touchpoints.length).toBeLessThan(0.01);
  });

  it('writes varied business English with commas, quotes and non-ASCII names', () => {
    const notes = touchpoints.map((t) => t.notes ?? '');
    expect(notes.some((n) => n.includes(','))).toBe(true);
    expect(notes.some((n) => n.includes('"'))).toBe(true);
    expect(touchpoints.some((t) => /[^\x00-\x7f]/.test(t.person ?? ''))).toBe(true);
    expect(new Set(notes).size).toBeGreaterThan(1_000);
    expect(new Set(touchpoints.map((t) => t.channel))).toEqual(new Set(['call', 'email', 'meeting', 'message', 'ticket', 'survey']));
  });

  it('runs in well under a second', () => {
    const started = performance.now();
    generateDemoPortfolio({ asOf: AS_OF, seed: 99 });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('handles small portfolios and rejects a bad as-of day', () => {
    expect(generateDemoPortfolio({ asOf: AS_OF, accounts: 0 })).toEqual({ accounts: [], touchpoints: [] });
    expect(generateDemoPortfolio({ asOf: AS_OF, accounts: 12 }).accounts).toHaveLength(12);
    expect(() => generateDemoPortfolio({ asOf: '2026-02-30' })).toThrow(RangeError);
  });
});

describe('the stories the health model must discover', () => {
  it('follows each story in its planned share, with tiers and owners mixed', () => {
    const keys = Object.keys(describeDemoStories()) as DemoStoryKey[];
    expect(keys).toHaveLength(10);
    for (const key of keys) {
      const members = accounts.filter((a) => storyByExternalId.get(a.externalId) === key);
      expect(Math.abs(members.length - DEMO_STORIES[key].share * accounts.length)).toBeLessThanOrEqual(1);
      expect(new Set(members.map((a) => a.owner)).size).toBeGreaterThanOrEqual(Math.min(4, members.length));
      if (key !== 'never-cared-for' && key !== 'brand-new') {
        expect(members.some((a) => a.tier === 'Strategic')).toBe(true);
        expect(members.some((a) => a.tier === 'Long tail')).toBe(true);
      }
    }
  });

  it('has steady, happy accounts: contacted within cadence, nothing open, good surveys', () => {
    const happy = accountsWhere((a, tps) => {
      const ours = outbound(tps).at(-1);
      const surveys = tps.filter((t) => t.comeBack !== null);
      return a.status === 'active' && !!ours && daysAgo(ours.occurredAt) <= cadenceOf(a) &&
        !tps.some((t) => t.complaintStatus === 'open') && surveys.length > 0 && surveys.every((t) => (t.comeBack ?? 0) >= 4);
    });
    expect(happy.length).toBeGreaterThan(80);
  });

  it('has accounts taken for granted: attentive early, now silent for 1.5× cadence or more', () => {
    const fading = accountsWhere((a, tps) => {
      const ours = outbound(tps).map((t) => Date.parse(t.occurredAt));
      if (ours.length < 6 || tps.some((t) => t.complaintStatus === 'open')) return false;
      const earlyGaps = ours.slice(1, 6).map((at, i) => (at - (ours[i] ?? at)) / DAY_MS);
      const earlyMedian = [...earlyGaps].sort((x, y) => x - y)[2] ?? Infinity;
      const silence = (END - (ours.at(-1) ?? END)) / DAY_MS;
      return earlyMedian <= cadenceOf(a) * 0.5 && silence >= cadenceOf(a) * 1.5 && silence > earlyMedian * 4;
    });
    expect(fading.length).toBeGreaterThan(20);
    expect(new Set(fading.map((a) => a.tier)).size).toBe(3);
  });

  it('has silent complaints: open 5–40 days, no outbound contact since', () => {
    const silent = accountsWhere((_, tps) =>
      tps.some((c) => c.complaintStatus === 'open' && daysAgo(c.occurredAt) >= 4 && daysAgo(c.occurredAt) <= 41 &&
        !outbound(tps).some((t) => t.occurredAt > c.occurredAt)),
    );
    expect(silent.length).toBeGreaterThanOrEqual(10);
  });

  it('has complaints handled with care: open with updates every few days, or resolved after updates', () => {
    const cared = accountsWhere((_, tps) =>
      tps.some((c) => c.complaintStatus === 'open' && outbound(tps).filter((t) => t.occurredAt > c.occurredAt).length >= 2 &&
        daysAgo(outbound(tps).at(-1)?.occurredAt ?? '1970-01-01') <= 6),
    );
    const resolved = accountsWhere((_, tps) =>
      tps.some((c) => c.complaintStatus === 'resolved' && daysAgo(c.occurredAt) <= 150 &&
        outbound(tps).filter((t) => t.occurredAt > c.occurredAt && t.occurredAt <= (c.resolvedAt ?? '')).length >= 2),
    );
    expect(cared.length).toBeGreaterThanOrEqual(4);
    expect(resolved.length).toBeGreaterThanOrEqual(4);
  });

  it('has a sour tone: a run of negatives in the last 60 days while contact stays on cadence', () => {
    const sour = accountsWhere((a, tps) =>
      tps.filter((t) => daysAgo(t.occurredAt) <= 60 && (t.sentiment ?? 0) <= -0.3).length >= 3 &&
      daysAgo(outbound(tps).at(-1)?.occurredAt ?? '1970-01-01') <= cadenceOf(a) &&
      !tps.some((t) => t.complaintStatus === 'open'),
    );
    expect(sour.length).toBeGreaterThanOrEqual(10);
  });

  it('has bad recent surveys: would not come back (≤ 2) or would not refer (≤ 5)', () => {
    const recentSurveys = touchpoints.filter((t) => t.channel === 'survey' && daysAgo(t.occurredAt) <= 60);
    expect(recentSurveys.filter((t) => t.comeBack !== null && t.comeBack <= 2).length).toBeGreaterThanOrEqual(5);
    expect(recentSurveys.filter((t) => t.refer !== null && t.refer <= 5).length).toBeGreaterThanOrEqual(5);
  });

  it('has inbound-only accounts: the customer wrote in the last 30 days, we have not for 90', () => {
    const inboundOnly = accountsWhere((a, tps) =>
      a.status === 'active' && tps.some((t) => t.direction === 'inbound' && daysAgo(t.occurredAt) <= 30) &&
      outbound(tps).length > 0 && !outbound(tps).some((t) => daysAgo(t.occurredAt) < 90),
    );
    expect(inboundOnly.length).toBeGreaterThanOrEqual(10);
  });

  it('has brand-new accounts with at most two touchpoints', () => {
    const fresh = accountsWhere((a, tps) => (END - dayStartMs(a.createdOn)) / DAY_MS <= 21 && tps.length <= 2);
    expect(fresh.length).toBeGreaterThanOrEqual(5);
  });

  it('has long-tail accounts that were never cared for: rare contact all along, not decaying', () => {
    const neglected = accountsWhere((a, tps) => {
      const ours = outbound(tps).map((t) => Date.parse(t.occurredAt));
      const gaps = ours.slice(1).map((at, i) => (at - (ours[i] ?? at)) / DAY_MS);
      return a.tier === 'Long tail' && a.status === 'active' && gaps.length >= 2 && gaps.every((gap) => gap >= 100);
    });
    expect(neglected.length).toBeGreaterThanOrEqual(10);
  });

  it('has churned accounts whose contact stopped months ago', () => {
    const churned = accountsWhere((a) => a.status === 'churned');
    for (const a of churned) {
      const last = byAccount.get(a.externalId)?.at(-1);
      expect(last && daysAgo(last.occurredAt)).toBeGreaterThan(50);
    }
    expect(churned.length).toBeGreaterThanOrEqual(8);
  });
});
