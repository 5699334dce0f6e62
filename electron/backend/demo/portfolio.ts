import type { IsoDay, NewAccount } from '../../../shared/domain';
import { DAY_MS, dayOf, dayStartMs, isIsoDay } from '../../../shared/dates';
import { DEMO_OWNERS, contactName, uniqueCompanyNames } from './names';
import { createRandom, deriveSeed, type Random } from './random';
import { DEMO_STORIES, type DemoStoryKey, type StoryPlan } from './stories';
import { HISTORY_DAYS } from './story-kit';
import { Timeline, type DemoTier, type DemoTouchpoint } from './timeline';

export type { DemoTouchpoint, DemoTier } from './timeline';
export { describeDemoStories, type DemoStoryKey } from './stories';

export interface DemoPortfolioOptions {
  /** The last day of the history; no touchpoint happens after it. */
  asOf: IsoDay;
  /** Same seed and as-of day, same portfolio. */
  seed?: number;
  /** How many accounts to create; 300 by default. */
  accounts?: number;
}

export interface DemoPortfolio {
  accounts: NewAccount[];
  /** Touchpoints name their account by `accountExternalId`; `accountId` is 0 until the backend resolves it. */
  touchpoints: DemoTouchpoint[];
}

export const DEFAULT_DEMO_SEED = 1042;
export const DEFAULT_DEMO_ACCOUNTS = 300;

const TIER_SHARES: ReadonlyArray<readonly [DemoTier, number]> = [['Strategic', 0.15], ['Standard', 0.5], ['Long tail', 0.35]];
const ANNUAL_REVENUE: Record<DemoTier, readonly [number, number]> = {
  Strategic: [80_000, 600_000],
  Standard: [10_000, 80_000],
  'Long tail': [1_000, 12_000],
};

/**
 * A realistic sample portfolio: about 300 accounts, four owners and two years
 * of touchpoints ending at `asOf`. Every account quietly follows one of the
 * stories in `describeDemoStories()`; nothing in the output names the story,
 * so the health model has to discover it.
 *
 * @example
 * const { accounts, touchpoints } = generateDemoPortfolio({ asOf: '2026-11-24' });
 * accounts[0].externalId; // "ACC-1001"
 * touchpoints[0].accountExternalId; // "ACC-1001"
 */
export function generateDemoPortfolio(options: DemoPortfolioOptions): DemoPortfolio {
  return generateDemoScenario(options).portfolio;
}

/**
 * The portfolio plus the story behind each account, for tests and docs that
 * need to know what the health model ought to find. Never persist the stories.
 */
export function generateDemoScenario(options: DemoPortfolioOptions): {
  portfolio: DemoPortfolio;
  storyByExternalId: Map<string, DemoStoryKey>;
} {
  const { asOf, seed = DEFAULT_DEMO_SEED, accounts: accountCount = DEFAULT_DEMO_ACCOUNTS } = options;
  if (!isIsoDay(asOf)) throw new RangeError(`asOf must be a calendar day (YYYY-MM-DD), got "${asOf}"`);
  if (!Number.isInteger(accountCount) || accountCount < 0) throw new RangeError(`accounts must be a whole number ≥ 0, got ${accountCount}`);

  const rng = createRandom(seed);
  const asOfDay = Math.round(dayStartMs(asOf) / DAY_MS);
  const casting = castAccounts(rng, accountCount);
  const names = uniqueCompanyNames(rng, accountCount);

  const drafts = casting.map((role, index) => {
    const accountRng = createRandom(deriveSeed(seed, index));
    const plan: StoryPlan = DEMO_STORIES[role.story].plan(accountRng, role.tier);
    const createdDay = asOfDay - plan.createdAgo;
    const contactCount = role.tier === 'Strategic' ? accountRng.int(2, 4) : accountRng.int(1, 3);
    return {
      ...role,
      rng: accountRng,
      plan,
      createdDay,
      name: names[index] as string,
      value: annualRevenue(accountRng, role.tier),
      tags: tagsFor(accountRng, createdDay, asOfDay),
      contacts: Array.from({ length: contactCount }, () => contactName(accountRng)),
    };
  });

  // Older customers got lower numbers, as they would in a real CRM.
  drafts.sort((a, b) => a.createdDay - b.createdDay || a.name.localeCompare(b.name));
  let number = 1000;
  const accounts: NewAccount[] = [];
  const touchpoints: DemoTouchpoint[] = [];
  const storyByExternalId = new Map<string, DemoStoryKey>();
  for (const draft of drafts) {
    number += rng.int(1, 3);
    const externalId = `ACC-${number}`;
    accounts.push({
      externalId,
      name: draft.name,
      owner: draft.owner,
      tier: draft.tier,
      value: draft.value,
      status: draft.plan.status,
      createdOn: dayOf(draft.createdDay * DAY_MS),
      tags: draft.tags,
    });
    storyByExternalId.set(externalId, draft.story);
    const timeline = new Timeline({
      rng: draft.rng,
      externalId,
      company: draft.name,
      tier: draft.tier,
      contacts: draft.contacts,
      firstDay: Math.max(draft.createdDay, asOfDay - HISTORY_DAYS),
      lastDay: asOfDay,
    });
    draft.plan.write(timeline);
    touchpoints.push(...timeline.touchpoints());
  }
  return { portfolio: { accounts, touchpoints }, storyByExternalId };
}

interface Role {
  story: DemoStoryKey;
  tier: DemoTier;
  owner: string;
}

/**
 * Decides each account's story, tier and owner. Tiers are spread within every
 * story so that neglect shows up on big and small accounts alike, and owners
 * are dealt round-robin so each of them gets a mix of stories.
 */
function castAccounts(rng: Random, count: number): Role[] {
  const stories = Object.entries(DEMO_STORIES) as Array<[DemoStoryKey, (typeof DEMO_STORIES)[DemoStoryKey]]>;
  const storyCounts = apportion(count, stories.map(([, story]) => story.share));
  const longTailOnly = stories.reduce((sum, [, story], i) => sum + (story.longTailOnly ? (storyCounts[i] ?? 0) : 0), 0);
  // The long-tail-only stories already use up part of the long tail; the rest is spread over the others.
  const others = Math.max(1, count - longTailOnly);
  const tierWeights = TIER_SHARES.map(([tier, share]) => Math.max(0, share * count - (tier === 'Long tail' ? longTailOnly : 0)) / others);

  const roles: Role[] = [];
  let dealt = rng.int(0, DEMO_OWNERS.length - 1);
  stories.forEach(([key, story], i) => {
    const storyCount = storyCounts[i] ?? 0;
    const tierCounts = story.longTailOnly ? [0, 0, storyCount] : apportion(storyCount, tierWeights);
    if (!story.longTailOnly && storyCount >= 3) {
      // Every story needs at least one big and one small account to compare.
      for (const extreme of [0, 2]) {
        if ((tierCounts[extreme] ?? 0) === 0) {
          tierCounts[extreme] = 1;
          tierCounts[1] = (tierCounts[1] ?? 1) - 1;
        }
      }
    }
    const tiers = TIER_SHARES.flatMap(([tier], t) => Array.from({ length: tierCounts[t] ?? 0 }, () => tier));
    for (const tier of rng.shuffled(tiers)) {
      roles.push({ story: key, tier, owner: DEMO_OWNERS[dealt % DEMO_OWNERS.length] as string });
      dealt++;
    }
  });
  return rng.shuffled(roles);
}

/** Splits `total` into whole parts proportional to `weights` (largest remainder). */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map(Math.floor);
  const byRemainder = exact.map((value, i) => [value - Math.floor(value), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let left = total - parts.reduce((a, b) => a + b, 0);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}

/** Log-uniform within the tier's range, so small values are more common than large ones, like real books. */
function annualRevenue(rng: Random, tier: DemoTier): number {
  const [low, high] = ANNUAL_REVENUE[tier];
  return Math.round(Math.exp(rng.float(Math.log(low), Math.log(high))) / 100) * 100;
}

function tagsFor(rng: Random, createdDay: number, asOfDay: number): string[] {
  const tags: string[] = [];
  const region = rng.weighted([['eu', 40], ['us', 30], ['uk', 15], ['apac', 10], [null, 5]] as const);
  if (region) tags.push(region);
  // Contracts renew on their anniversary, so the quarter follows the creation date.
  if (rng.chance(0.6)) tags.push(`renewal-q${Math.floor(new Date(createdDay * DAY_MS).getUTCMonth() / 3) + 1}`);
  if (rng.chance(asOfDay - createdDay < 180 ? 0.25 : 0.04)) tags.push('pilot');
  if (rng.chance(0.08)) tags.push('reference');
  if (rng.chance(0.1)) tags.push('multi-site');
  if (rng.chance(0.05)) tags.push('partner');
  return tags;
}
