import type { TimelineTouchpoint } from '../../shared/api/account-page';
import type { ApiArgs } from '../../shared/contract';
import type { Channel, Direction } from '../../shared/domain';
import { fromLocalInputValue, toLocalInputValue } from '../dates';
import { SENTIMENT_VALUES, sentimentChoiceFor, type SentimentChoice } from './labels';

export type TouchpointInput = ApiArgs<'touchpoints.add'>['touchpoint'];
export type TouchpointChanges = ApiArgs<'touchpoints.update'>['changes'];

/** What the add/edit dialog holds while the user types: the form's own words, not yet the API's. */
export interface TouchpointDraft {
  /** A `datetime-local` value, in the user's local time. */
  when: string;
  channel: Channel;
  direction: Direction;
  person: string;
  subject: string;
  notes: string;
  sentiment: SentimentChoice;
}

/** A blank touch (an outbound call now), or the one being edited as the form shows it. */
export function draftFor(touchpoint: TimelineTouchpoint | null, defaultMs: number): TouchpointDraft {
  if (!touchpoint) {
    return { when: toLocalInputValue(defaultMs), channel: 'call', direction: 'outbound', person: '', subject: '', notes: '', sentiment: 'unsure' };
  }
  return {
    when: toLocalInputValue(Date.parse(touchpoint.occurredAt)),
    channel: touchpoint.channel,
    direction: touchpoint.direction,
    person: touchpoint.person ?? '',
    subject: touchpoint.subject ?? '',
    notes: touchpoint.notes ?? '',
    sentiment: sentimentChoiceFor(touchpoint.sentiment),
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/**
 * Reads a moment the user typed into a `datetime-local` field: the instant, or a
 * sentence saying what to fix. `latestMs` is the end of the day the page is for;
 * nothing can be recorded after it.
 */
export function readWhen(when: string, latestMs: number, what: string): { ok: true; ms: number } | { ok: false; problem: string } {
  const ms = fromLocalInputValue(when);
  if (ms === null) return { ok: false, problem: `Enter when the ${what} happened (date and time).` };
  if (ms > latestMs) {
    return { ok: false, problem: `The ${what} can't be later than the end of today (${toLocalInputValue(latestMs).replace('T', ' ')}). Pick an earlier time.` };
  }
  return { ok: true, ms };
}

/**
 * The touchpoint to save, or a sentence saying what to fix first. `openedMs`
 * is when a new touch's dialog opened: left at its default time, the touch
 * keeps that exact instant rather than the start of the minute the field
 * shows, so a touch logged right after a hand-over counts as after it.
 */
export function readDraft(draft: TouchpointDraft, latestMs: number, openedMs?: number): { ok: true; input: TouchpointInput } | { ok: false; problem: string } {
  const when = readWhen(draft.when, latestMs, 'touch');
  if (!when.ok) return when;
  const untouched = openedMs !== undefined && draft.when === toLocalInputValue(openedMs);
  return {
    ok: true,
    input: {
      occurredAt: new Date(untouched ? openedMs : when.ms).toISOString(),
      channel: draft.channel,
      direction: draft.direction,
      person: orNull(draft.person),
      subject: orNull(draft.subject),
      notes: orNull(draft.notes),
      sentiment: SENTIMENT_VALUES[draft.sentiment],
    },
  };
}

/**
 * Only what the user changed, so an edit never overwrites what they did not
 * touch: an inferred sentiment stays inferred unless they pick another one,
 * and an imported time keeps its seconds unless they move it.
 */
export function changedFields(original: TimelineTouchpoint, draft: TouchpointDraft, input: TouchpointInput): TouchpointChanges {
  const before = draftFor(original, 0);
  const changes: TouchpointChanges = {};
  if (draft.when !== before.when) changes.occurredAt = input.occurredAt;
  if (draft.channel !== before.channel) changes.channel = input.channel;
  if (draft.direction !== before.direction) changes.direction = input.direction;
  if (orNull(draft.person) !== orNull(before.person)) changes.person = input.person;
  if (orNull(draft.subject) !== orNull(before.subject)) changes.subject = input.subject;
  if (orNull(draft.notes) !== orNull(before.notes)) changes.notes = input.notes;
  if (draft.sentiment !== before.sentiment) changes.sentiment = input.sentiment;
  return changes;
}
