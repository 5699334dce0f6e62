import { useId } from 'react';
import { RadioGroup } from 'radix-ui';
import { toLocalInputValue } from '../dates';

export interface Option<T extends string> {
  value: T;
  label: string;
  /** A longer name for screen readers and tooltips (e.g. "9 — very likely"). */
  description?: string;
}

interface SegmentedProps<T extends string> {
  label: string;
  options: readonly Option<T>[];
  value: T | null;
  onChange: (value: T) => void;
  /** Each option gets `${testId}-${value}`. */
  testId: string;
  /** A line under the options (e.g. what the ends of a scale mean). */
  hint?: string;
  compact?: boolean;
}

/**
 * One choice out of a few, drawn as a segmented control: a single Tab stop,
 * arrow keys move and choose (Radix RadioGroup), Enter submits the form.
 */
export function SegmentedField<T extends string>({ label, options, value, onChange, testId, hint, compact = false }: SegmentedProps<T>) {
  const labelId = useId();
  const hintId = useId();
  return (
    <div className="field">
      <span id={labelId} className="field__label">
        {label}
      </span>
      <RadioGroup.Root
        className={`segmented${compact ? ' segmented--compact' : ''}`}
        aria-labelledby={labelId}
        aria-describedby={hint ? hintId : undefined}
        orientation="horizontal"
        value={value}
        onValueChange={(next) => onChange(next as T)}
        data-testid={testId}
      >
        {options.map((option) => (
          <RadioGroup.Item
            key={option.value}
            value={option.value}
            className="segmented__item"
            aria-label={option.description}
            title={option.description}
            data-testid={`${testId}-${option.value}`}
          >
            {option.label}
          </RadioGroup.Item>
        ))}
      </RadioGroup.Root>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

interface WhenFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The latest moment allowed (the end of the page's day). */
  latestMs: number;
  testId: string;
}

/** A date and time in the user's local time. */
export function WhenField({ label, value, onChange, latestMs, testId }: WhenFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        id={id}
        type="datetime-local"
        className="input"
        value={value}
        max={toLocalInputValue(latestMs)}
        onChange={(event) => onChange(event.target.value)}
        required
        data-testid={testId}
      />
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  optional?: boolean;
  placeholder?: string;
  maxLength: number;
  /** A note of several lines (Enter is a new line; Ctrl+Enter submits). */
  multiline?: boolean;
}

export function TextField({ label, value, onChange, testId, optional = false, placeholder, maxLength, multiline = false }: TextFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label} {optional && <span className="field__optional">optional</span>}
      </label>
      {multiline ? (
        <textarea
          id={id}
          className="input textarea"
          rows={3}
          value={value}
          maxLength={maxLength}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
          data-testid={testId}
        />
      ) : (
        <input
          id={id}
          type="text"
          className="input"
          value={value}
          maxLength={maxLength}
          placeholder={placeholder}
          required={!optional}
          onChange={(event) => onChange(event.target.value)}
          data-testid={testId}
        />
      )}
    </div>
  );
}
