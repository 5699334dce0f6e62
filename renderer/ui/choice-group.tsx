import { RadioGroup } from 'radix-ui';
import { useId, type KeyboardEvent } from 'react';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp']);

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
  // Radix moves focus on the next tick and chooses the option only if the arrow key is still
  // down by then; a quick tap (or a busy machine) can move focus without choosing. Choose here,
  // on the key itself, the option Radix is about to focus (same order, wrapping round).
  const chooseWithArrow = (event: KeyboardEvent) => {
    const step = NEXT_KEYS.has(event.key) ? 1 : PREVIOUS_KEYS.has(event.key) ? -1 : 0;
    if (step === 0 || disabled || choices.length === 0) return;
    const at = choices.findIndex((choice) => choice.value === value);
    const next = choices[(at + step + choices.length) % choices.length];
    if (next && next.value !== value) onChange(next.value);
  };
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
        onKeyDown={chooseWithArrow}
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
