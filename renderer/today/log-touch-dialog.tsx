import { useId, useState } from 'react';
import type { LoggedTouch, TodayRow } from '../../shared/contract';
import type { Channel, Direction, IsoDay } from '../../shared/domain';
import { fromLocalInputValue, latestTouchMs, toLocalInputValue } from '../dates';
import { call } from '../platform/client';
import { ChoiceGroup, type Choice } from '../ui/choice-group';
import { errorMessage } from '../ui/error-message';
import { ModalDialog } from '../ui/modal-dialog';
import { KeyChord, SUBMIT_MODIFIER } from '../ui/shortcuts-dialog';

type LoggableChannel = Extract<Channel, 'call' | 'email' | 'meeting' | 'message' | 'other'>;
type SentimentChoice = 'positive' | 'neutral' | 'negative' | 'unsure';

const CHANNELS: Choice<LoggableChannel>[] = [
  { value: 'call', label: 'Call' },
  { value: 'email', label: 'Email' },
  { value: 'meeting', label: 'Meeting' },
  { value: 'message', label: 'Message' },
  { value: 'other', label: 'Other' },
];
const DIRECTIONS: Choice<Direction>[] = [
  { value: 'outbound', label: 'We reached out' },
  { value: 'inbound', label: 'They contacted us' },
];
const SENTIMENTS: Choice<SentimentChoice>[] = [
  { value: 'positive', label: 'Positive' },
  { value: 'neutral', label: 'Neutral' },
  { value: 'negative', label: 'Negative' },
  { value: 'unsure', label: 'Not sure' },
];
const SENTIMENT_VALUES: Record<SentimentChoice, number | null> = { positive: 0.6, neutral: 0, negative: -0.6, unsure: null };

export interface LoggedTouchDetails {
  logged: LoggedTouch;
  channel: LoggableChannel;
  direction: Direction;
}

interface LogTouchDialogProps {
  account: TodayRow;
  asOf: IsoDay;
  onClose: () => void;
  onLogged: (details: LoggedTouchDetails) => void;
}

/**
 * Record a call, email, meeting… with one account; the list re-scores as soon
 * as it is saved. Made for the keyboard: focus starts on When, Tab moves on,
 * the arrow keys choose within each row of choices, Enter logs from any field
 * (Ctrl/⌘+Enter from the note, where Enter starts a new line), Esc closes.
 */
export function LogTouchDialog({ account, asOf, onClose, onLogged }: LogTouchDialogProps) {
  const latest = latestTouchMs(asOf);
  // The field shows minutes; a time left as it opened is saved to the millisecond, so a touch
  // logged right after a hand-over is not taken for one from before it.
  const [opened] = useState(() => Math.min(Date.now(), latest));
  const [when, setWhen] = useState(() => toLocalInputValue(opened));
  const [channel, setChannel] = useState<LoggableChannel>('call');
  const [direction, setDirection] = useState<Direction>('outbound');
  const [notes, setNotes] = useState('');
  const [sentiment, setSentiment] = useState<SentimentChoice>('unsure');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const whenId = useId();
  const notesId = useId();

  const submit = async () => {
    const occurredMs = when === toLocalInputValue(opened) ? opened : fromLocalInputValue(when);
    if (occurredMs === null) {
      setError('Enter when the touch happened (date and time).');
      return;
    }
    if (occurredMs > latest) {
      setError(`A touch can't be later than the end of today's list (${toLocalInputValue(latest).replace('T', ' ')}). Pick an earlier time.`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const logged = await call('touchpoints.log', {
        accountId: account.accountId,
        asOf,
        occurredAt: new Date(occurredMs).toISOString(),
        channel,
        direction,
        notes: notes.trim() === '' ? null : notes.trim(),
        sentiment: SENTIMENT_VALUES[sentiment],
      });
      onLogged({ logged, channel, direction });
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      title="Log a touch"
      subtitle={`${account.name} · ${account.externalId} · ${account.owner}`}
      testId="log-touch-dialog"
      submitLabel={busy ? 'Saving…' : 'Log touch'}
      submitTestId="log-touch-submit"
      busy={busy}
      error={error}
      onSubmit={submit}
      onClose={onClose}
      footerHint={
        <>
          <KeyChord keys={['Enter']} /> logs
          <span aria-hidden="true">·</span>
          <KeyChord keys={[SUBMIT_MODIFIER, 'Enter']} /> from the note
        </>
      }
    >
      <div className="field">
        <label htmlFor={whenId} className="field__label">
          When
        </label>
        <input
          id={whenId}
          type="datetime-local"
          className="input"
          value={when}
          max={toLocalInputValue(latest)}
          onChange={(event) => setWhen(event.target.value)}
          required
          data-testid="log-touch-when"
        />
      </div>
      <ChoiceGroup legend="Channel" choices={CHANNELS} value={channel} onChange={setChannel} testId="log-touch-channel" />
      <ChoiceGroup legend="Direction" choices={DIRECTIONS} value={direction} onChange={setDirection} testId="log-touch-direction" />
      <div className="field">
        <label htmlFor={notesId} className="field__label">
          Note <span className="field__optional">optional</span>
        </label>
        <textarea
          id={notesId}
          className="input textarea"
          rows={3}
          value={notes}
          maxLength={10_000}
          onChange={(event) => setNotes(event.target.value)}
          placeholder="What did you talk about? Anything to follow up?"
          aria-keyshortcuts={`${SUBMIT_MODIFIER === '⌘' ? 'Meta' : 'Control'}+Enter`}
          data-testid="log-touch-notes"
        />
      </div>
      <ChoiceGroup legend="How did it go?" choices={SENTIMENTS} value={sentiment} onChange={setSentiment} testId="log-touch-sentiment" />
    </ModalDialog>
  );
}
