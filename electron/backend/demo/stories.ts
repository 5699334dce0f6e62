import { RHYTHM_STORIES, type RhythmStoryKey } from './stories-rhythm';
import { TROUBLE_STORIES, type TroubleStoryKey } from './stories-trouble';
import type { DemoStory } from './story-kit';

export type { StoryPlan } from './story-kit';

/** The story an account follows; it shapes the data but is never written into it. */
export type DemoStoryKey = RhythmStoryKey | TroubleStoryKey;

export const DEMO_STORIES: Record<DemoStoryKey, DemoStory> = {
  'steady-happy': RHYTHM_STORIES['steady-happy'],
  'attentive-then-silent': RHYTHM_STORIES['attentive-then-silent'],
  'silent-complaint': TROUBLE_STORIES['silent-complaint'],
  'complaint-handled': TROUBLE_STORIES['complaint-handled'],
  'sour-tone': TROUBLE_STORIES['sour-tone'],
  'bad-survey': TROUBLE_STORIES['bad-survey'],
  'inbound-only': RHYTHM_STORIES['inbound-only'],
  'brand-new': RHYTHM_STORIES['brand-new'],
  'never-cared-for': RHYTHM_STORIES['never-cared-for'],
  churned: TROUBLE_STORIES.churned,
};

/** One plain sentence per story, for docs and for anyone reading the sample data. */
export function describeDemoStories(): Record<DemoStoryKey, string> {
  return Object.fromEntries(Object.entries(DEMO_STORIES).map(([key, story]) => [key, story.description])) as Record<DemoStoryKey, string>;
}
