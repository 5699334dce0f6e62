/**
 * A small builder for writing health scenarios as stories: "a Standard account,
 * called every 9 days until 47 days ago" reads as
 * `account('Standard').calledEvery(9, { from: 400, to: 47 })`.
 * Days are counted back from `STORY_DAY`; the builder only makes touchpoints,
 * the engine and the reference aggregation do the rest. Test-only.
 */
import { addDays } from '../dates';
import type { Channel, Direction, IsoDay, IsoInstant } from '../domain';
import { scoreAccount } from './engine';
import { DEFAULT_HEALTH_SETTINGS } from './settings';
import { signalsFromTouchpoints } from './signals-from-touchpoints';
import type { HealthTouchpoint } from './signals-from-touchpoints';
import type { AccountSignals, HealthResult, HealthSettings } from './types';

/** The day stories are told from (their "today"). */
export const STORY_DAY: IsoDay = '2026-06-30';

/** Mid-morning UTC on the day `daysAgo` days before the story day. */
export function daysAgo(n: number): IsoInstant {
  return `${addDays(STORY_DAY, -n)}T10:00:00.000Z`;
}

interface StoryAccount {
  tier: string;
  value: number;
  createdOn: IsoDay;
}

export class AccountStory {
  readonly account: StoryAccount;
  readonly touchpoints: HealthTouchpoint[] = [];

  constructor(tier: string, options: { value?: number; createdDaysAgo?: number } = {}) {
    this.account = {
      tier,
      value: options.value ?? 10_000,
      createdOn: addDays(STORY_DAY, -(options.createdDaysAgo ?? 400)),
    };
  }

  /** Any touchpoint; the named helpers below cover the usual ones. */
  touch(daysBack: number, fields: Partial<HealthTouchpoint> & { direction: Direction; channel?: Channel }): this {
    this.touchpoints.push({
      occurredAt: daysAgo(daysBack),
      channel: 'call',
      sentiment: null,
      complaintStatus: null,
      resolvedAt: null,
      comeBack: null,
      refer: null,
      ...fields,
    });
    return this;
  }

  /** We called the customer. */
  called(daysBack: number, sentiment: number | null = null): this {
    return this.touch(daysBack, { direction: 'outbound', sentiment });
  }

  /** We called every `every` days: last `to` days ago, the earliest no more than `from` days ago. */
  calledEvery(every: number, { from, to }: { from: number; to: number }): this {
    for (let back = to; back <= from; back += every) this.called(back);
    return this;
  }

  /** The customer called us. */
  heardFrom(daysBack: number, sentiment: number | null = null): this {
    return this.touch(daysBack, { direction: 'inbound', sentiment });
  }

  /** The customer called us every `every` days: last `to` days ago, the earliest no more than `from` days ago. */
  heardFromEvery(every: number, { from, to }: { from: number; to: number }): this {
    for (let back = to; back <= from; back += every) this.heardFrom(back);
    return this;
  }

  /** A meeting: two-way, so it counts as our contact whoever logged it. */
  met(daysBack: number): this {
    return this.touch(daysBack, { direction: 'inbound', channel: 'meeting' });
  }

  /** The customer complained (an inbound ticket), optionally resolved some days ago. */
  complained(daysBack: number, resolvedDaysAgo: number | null = null): this {
    return this.touch(daysBack, {
      direction: 'inbound',
      channel: 'ticket',
      sentiment: -0.5,
      complaintStatus: resolvedDaysAgo === null ? 'open' : 'resolved',
      resolvedAt: resolvedDaysAgo === null ? null : daysAgo(resolvedDaysAgo),
    });
  }

  /** The customer answered a survey. */
  answered(daysBack: number, answers: { comeBack?: number; refer?: number }): this {
    return this.touch(daysBack, {
      direction: 'inbound',
      channel: 'survey',
      comeBack: answers.comeBack ?? null,
      refer: answers.refer ?? null,
    });
  }

  /** A copy to branch a story ("the same account, but…"). */
  fork(): AccountStory {
    const copy = new AccountStory(this.account.tier);
    Object.assign(copy.account, this.account);
    copy.touchpoints.push(...this.touchpoints.map((touchpoint) => ({ ...touchpoint })));
    return copy;
  }

  withValue(value: number): this {
    this.account.value = value;
    return this;
  }

  signals(asOf: IsoDay = STORY_DAY, settings: HealthSettings = DEFAULT_HEALTH_SETTINGS): AccountSignals {
    return signalsFromTouchpoints(this.account, this.touchpoints, settings, asOf);
  }

  score(asOf: IsoDay = STORY_DAY, settings: HealthSettings = DEFAULT_HEALTH_SETTINGS): HealthResult {
    return scoreAccount(this.signals(asOf, settings), settings, asOf);
  }
}

/** Starts a story about one account. */
export function account(tier: string, options?: { value?: number; createdDaysAgo?: number }): AccountStory {
  return new AccountStory(tier, options);
}
