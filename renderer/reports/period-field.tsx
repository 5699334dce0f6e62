import { useId, useState } from 'react';
import type { IsoDay } from '../../shared/domain';
import { Select } from '../ui/select';
import { periodProblem, presetOf, presetPeriod, PERIOD_PRESETS, type Period } from './periods';

const CUSTOM = 'custom' as const;

/** The days an account update covers: a preset, or any first and last day up to today. */
export function PeriodField({ period, today, onChange }: { period: Period; today: IsoDay; onChange: (period: Period) => void }) {
  const [custom, setCustom] = useState(false);
  const presetId = useId();
  const fromId = useId();
  const toId = useId();
  const problemId = useId();
  const preset = custom ? CUSTOM : (presetOf(period, today) ?? CUSTOM);
  const problem = periodProblem(period, today);

  return (
    <fieldset className="field">
      <legend className="field__label">Period</legend>
      <Select
        id={presetId}
        ariaLabel="Period"
        value={preset}
        onChange={(value) => {
          setCustom(value === CUSTOM);
          if (value !== CUSTOM) onChange(presetPeriod(value, today));
        }}
        options={[...PERIOD_PRESETS, { value: CUSTOM, label: 'Custom dates' }]}
        testId="report-period"
      />
      <div className="period-days">
        <label htmlFor={fromId} className="period-days__label">
          From
        </label>
        <input
          id={fromId}
          className="input"
          type="date"
          value={period.from}
          max={period.to || today}
          onChange={(event) => {
            setCustom(true);
            onChange({ ...period, from: event.target.value });
          }}
          aria-describedby={problem ? problemId : undefined}
          aria-invalid={problem !== null}
          data-testid="report-from"
        />
        <label htmlFor={toId} className="period-days__label">
          to
        </label>
        <input
          id={toId}
          className="input"
          type="date"
          value={period.to}
          min={period.from || undefined}
          max={today}
          onChange={(event) => {
            setCustom(true);
            onChange({ ...period, to: event.target.value });
          }}
          aria-describedby={problem ? problemId : undefined}
          aria-invalid={problem !== null}
          data-testid="report-to"
        />
      </div>
      {problem && (
        <p id={problemId} className="field__problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
