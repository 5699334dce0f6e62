import { RadioGroup } from 'radix-ui';
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
  disabled?: boolean;
}

/**
 * A labelled set of radio buttons drawn as a segmented control, on Radix's
 * RadioGroup: one Tab stop, any arrow key moves between options and chooses
 * as it goes (wrapping round), and in a ModalDialog Enter submits the form.
 */
export function ChoiceGroup<T extends string>({ legend, choices, value, onChange, testId, layout = 'segmented', disabled = false }: ChoiceGroupProps<T>) {
  const legendId = useId();
  return (
    <div className="field">
      <span id={legendId} className="field__label">
        {legend}
      </span>
      <RadioGroup.Root
        className={`choices choices--${layout}`}
        value={value}
        onValueChange={(next) => onChange(next as T)}
        aria-labelledby={legendId}
        disabled={disabled}
        loop
      >
        {choices.map((choice) => (
          <RadioGroup.Item key={choice.value} value={choice.value} className="choice" data-testid={testId ? `${testId}-${choice.value}` : undefined}>
            <span className="choice__label">{choice.label}</span>
            {choice.hint && <span className="choice__hint">{choice.hint}</span>}
          </RadioGroup.Item>
        ))}
      </RadioGroup.Root>
    </div>
  );
}
