import { useId, useState } from 'react';
import type { TodayRow } from '../../shared/contract';
import { isIsoDay } from '../../shared/dates';
import type { IsoDay } from '../../shared/domain';
import { addDays, formatDayShort } from '../dates';
import { call } from '../platform/client';
import { ChoiceGroup, type Choice } from '../ui/choice-group';
import { errorMessage } from '../ui/error-message';
import { ModalDialog } from '../ui/modal-dialog';
import { KeyChord } from '../ui/shortcuts-dialog';

type Preset = 'tomorrow' | 'week' | 'two-weeks' | 'date';

interface SnoozeDialogProps {
  account: TodayRow;
  asOf: IsoDay;
  onClose: () => void;
  onSnoozed: (until: IsoDay) => void;
}

/**
 * Hide an account from the list until a later day ("they asked us to call
 * back next week"). Focus starts on the chosen day; the arrows pick another
 * and Enter snoozes.
 */
export function SnoozeDialog({ account, asOf, onClose, onSnoozed }: SnoozeDialogProps) {
  const tomorrow = addDays(asOf, 1);
  const presets: Record<Exclude<Preset, 'date'>, IsoDay> = { tomorrow, week: addDays(asOf, 7), 'two-weeks': addDays(asOf, 14) };
  const choices: Choice<Preset>[] = [
    { value: 'tomorrow', label: 'Tomorrow', hint: formatDayShort(presets.tomorrow) },
    { value: 'week', label: '1 week', hint: formatDayShort(presets.week) },
    { value: 'two-weeks', label: '2 weeks', hint: formatDayShort(presets['two-weeks']) },
    { value: 'date', label: 'Pick a date', hint: 'Choose below' },
  ];
  const [preset, setPreset] = useState<Preset>('week');
  const [date, setDate] = useState<IsoDay>(addDays(asOf, 30));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dateId = useId();

  const submit = async () => {
    const until = preset === 'date' ? date : presets[preset];
    if (!isIsoDay(until) || until <= asOf) {
      setError(`Pick a day after today (${formatDayShort(asOf)}).`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const snoozed = await call('review.snooze', { accountId: account.accountId, asOf, until });
      onSnoozed(snoozed.until);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      title="Snooze account"
      subtitle={`${account.name} leaves today's list and comes back on the day you choose.`}
      testId="snooze-dialog"
      submitLabel={busy ? 'Snoozing…' : 'Snooze'}
      submitTestId="snooze-submit"
      busy={busy}
      error={error}
      onSubmit={submit}
      onClose={onClose}
      footerHint={
        <>
          <KeyChord keys={['←']} /> <KeyChord keys={['→']} /> choose · <KeyChord keys={['Enter']} /> snoozes
        </>
      }
    >
      <ChoiceGroup legend="Bring it back" choices={choices} value={preset} onChange={setPreset} testId="snooze-preset" />
      {preset === 'date' && (
        <div className="field">
          <label htmlFor={dateId} className="field__label">
            Date
          </label>
          <input
            id={dateId}
            type="date"
            className="input"
            value={date}
            min={tomorrow}
            onChange={(event) => setDate(event.target.value)}
            data-testid="snooze-date"
          />
        </div>
      )}
    </ModalDialog>
  );
}
