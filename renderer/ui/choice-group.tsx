import { useId } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** A second, smaller line (e.g. the date a preset stands for). */
  hint?: string;
}

interface ChoiceGroupProps<T extends string> {
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  /** Optional test id prefix: each option gets `${testId}-${value}`. */
  testId?: string;
  layout?: 'segmented' | 'stack';
}

/**
 * A labelled set of radio buttons drawn as a segmented control: one Tab stop,
 * arrow keys move between options (native radio behaviour).
 */
export function ChoiceGroup<T extends string>({ legend, choices, value, onChange, testId, layout = 'segmented' }: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset className="field">
      <legend className="field__label">{legend}</legend>
      <div className={`choices choices--${layout}`}>
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              data-testid={testId ? `${testId}-${choice.value}` : undefined}
            />
            <span className="choice__face">
              <span className="choice__label">{choice.label}</span>
              {choice.hint && <span className="choice__hint">{choice.hint}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
