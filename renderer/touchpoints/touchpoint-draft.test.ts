import { describe, expect, it } from 'vitest';
import { touch } from '../account/test-entries';
import { toLocalInputValue } from '../dates';
import { sentimentChoiceFor } from './labels';
import { changedFields, draftFor, readDraft, readWhen } from './touchpoint-draft';

const latest = Date.parse('2026-04-15T23:59:00.000Z');

describe('readDraft', () => {
  it('turns the form into the touchpoint to save, blanks as null', () => {
    const draft = { ...draftFor(null, Date.parse('2026-04-15T09:30:00.000Z')), person: '  Ana ', notes: '   ', sentiment: 'negative' as const };
    const read = readDraft(draft, latest);
    expect(read).toEqual({
      ok: true,
      input: {
        occurredAt: '2026-04-15T09:30:00.000Z',
        channel: 'call',
        direction: 'outbound',
        person: 'Ana',
        subject: null,
        notes: null,
        sentiment: -0.6,
      },
    });
  });

  it('keeps the exact moment the dialog opened when the time was left as it was', () => {
    const opened = Date.parse('2026-04-15T09:30:42.123Z');
    const read = readDraft(draftFor(null, opened), latest, opened);
    expect(read.ok && read.input.occurredAt).toBe('2026-04-15T09:30:42.123Z');
    const moved = { ...draftFor(null, opened), when: toLocalInputValue(opened - 3_600_000) };
    const readMoved = readDraft(moved, latest, opened);
    expect(readMoved.ok && Date.parse(readMoved.input.occurredAt) % 60_000).toBe(0);
  });

  it('refuses a time after the end of the day, and an empty time, in words', () => {
    expect(readWhen(toLocalInputValue(latest + 60_000), latest, 'touch')).toMatchObject({ ok: false, problem: expect.stringContaining("can't be later") });
    expect(readWhen('', latest, 'touch')).toEqual({ ok: false, problem: 'Enter when the touch happened (date and time).' });
  });
});

describe('changedFields', () => {
  const original = touch(7, '2026-04-10T08:15:42.000Z', { channel: 'email', notes: 'Sent the renewal terms', sentiment: -0.42, sentimentSource: 'inferred' });

  it('sends nothing when nothing changed: an inferred sentiment and the seconds of an imported time stay', () => {
    const draft = draftFor(original, 0);
    const read = readDraft(draft, latest);
    if (!read.ok) throw new Error(read.problem);
    expect(changedFields(original, draft, read.input)).toEqual({});
  });

  it('sends only the fields the user changed', () => {
    const draft = { ...draftFor(original, 0), notes: 'Sent the renewal terms and the new price list', sentiment: 'neutral' as const };
    const read = readDraft(draft, latest);
    if (!read.ok) throw new Error(read.problem);
    expect(changedFields(original, draft, read.input)).toEqual({ notes: 'Sent the renewal terms and the new price list', sentiment: 0 });
  });
});

describe('sentimentChoiceFor', () => {
  it('splits at ±0.3, where the health model starts counting a conversation as negative', () => {
    expect([0.6, 0.3, 0.29, 0, -0.29, -0.3, -1].map(sentimentChoiceFor)).toEqual(['positive', 'positive', 'neutral', 'neutral', 'neutral', 'negative', 'negative']);
    expect(sentimentChoiceFor(null)).toBe('unsure');
  });
});
