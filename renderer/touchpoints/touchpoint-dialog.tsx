import { useState } from 'react';
import type { TimelineTouchpoint } from '../../shared/api/account-page';
import type { Channel, Direction, IsoDay } from '../../shared/domain';
import { latestTouchMs } from '../dates';
import { call } from '../platform/client';
import { FormDialog, FormProblem } from './form-dialog';
import { SegmentedField, TextField, WhenField, type Option } from './fields';
import { CHANNEL_LABELS, CHANNEL_NOUNS, DIRECTION_LABELS, LOGGABLE_CHANNELS, SENTIMENT_LABELS, type SentimentChoice } from './labels';
import { changedFields, draftFor, readDraft, type TouchpointDraft } from './touchpoint-draft';

const DIRECTIONS: Option<Direction>[] = (['outbound', 'inbound'] as const).map((value) => ({ value, label: DIRECTION_LABELS[value] }));
const SENTIMENTS: Option<SentimentChoice>[] = (['positive', 'neutral', 'negative', 'unsure'] as const).map((value) => ({ value, label: SENTIMENT_LABELS[value] }));

interface TouchpointDialogProps {
  accountId: number;
  /** "Northwind · AC-1042 · Dana": which account this is about. */
  subtitle: string;
  asOf: IsoDay;
  /** The touchpoint to edit; absent to add a new one. */
  touchpoint?: TimelineTouchpoint;
  onClose: () => void;
  /** After saving: what happened, in words, for a toast. */
  onSaved: (message: string) => void;
}

/** Add a touch (call, email, meeting…) by hand, or correct one already on the timeline. */
export function TouchpointDialog({ accountId, subtitle, asOf, touchpoint, onClose, onSaved }: TouchpointDialogProps) {
  const latest = latestTouchMs(asOf);
  const [openedMs] = useState(() => Math.min(Date.now(), latest));
  const [draft, setDraft] = useState<TouchpointDraft>(() => draftFor(touchpoint ?? null, openedMs));
  const set = <K extends keyof TouchpointDraft>(key: K) => (value: TouchpointDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  // A survey answer or an imported channel stays choosable when editing it.
  const channels: Channel[] = touchpoint && !LOGGABLE_CHANNELS.includes(touchpoint.channel) ? [...LOGGABLE_CHANNELS, touchpoint.channel] : [...LOGGABLE_CHANNELS];

  const save = async () => {
    const read = readDraft(draft, latest, touchpoint ? undefined : openedMs);
    if (!read.ok) throw new FormProblem(read.problem);
    if (!touchpoint) {
      await call('touchpoints.add', { accountId, asOf, touchpoint: read.input });
      onSaved(`Added ${CHANNEL_NOUNS[read.input.channel]} to the timeline.`);
      return;
    }
    const changes = changedFields(touchpoint, draft, read.input);
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    await call('touchpoints.update', { touchpointId: touchpoint.id, asOf, changes });
    onSaved(`Saved your changes to ${CHANNEL_NOUNS[read.input.channel].replace(/^an? /, 'the ')}.`);
  };

  return (
    <FormDialog
      title={touchpoint ? 'Edit touch' : 'Log a touch'}
      subtitle={subtitle}
      testId="touchpoint-dialog"
      submitLabel={touchpoint ? 'Save changes' : 'Log touch'}
      busyLabel="Saving…"
      submitTestId="touchpoint-submit"
      onSubmit={save}
      onClose={onClose}
      wide
    >
      <WhenField label="When" value={draft.when} onChange={set('when')} latestMs={latest} testId="touchpoint-when" />
      <SegmentedField
        label="Channel"
        options={channels.map((value) => ({ value, label: CHANNEL_LABELS[value] }))}
        value={draft.channel}
        onChange={set('channel')}
        testId="touchpoint-channel"
      />
      <SegmentedField label="Direction" options={DIRECTIONS} value={draft.direction} onChange={set('direction')} testId="touchpoint-direction" />
      <div className="field-row">
        <TextField label="With" optional value={draft.person} onChange={set('person')} maxLength={200} placeholder="Who you spoke to" testId="touchpoint-person" />
        <TextField label="Subject" optional value={draft.subject} onChange={set('subject')} maxLength={500} placeholder="Renewal, onboarding…" testId="touchpoint-subject" />
      </div>
      <TextField
        label="Note"
        optional
        multiline
        value={draft.notes}
        onChange={set('notes')}
        maxLength={10_000}
        placeholder="What did you talk about? Anything to follow up?"
        testId="touchpoint-notes"
      />
      <SegmentedField label="How did it go?" options={SENTIMENTS} value={draft.sentiment} onChange={set('sentiment')} testId="touchpoint-sentiment" />
    </FormDialog>
  );
}
