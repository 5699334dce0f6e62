import { Select as RadixSelect } from 'radix-ui';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
  /** A quieter second part on the same line: "Gold · 30 days". */
  hint?: string;
  disabled?: boolean;
}

interface SelectProps<T extends string> {
  value: T;
  onChange: (value: T) => void;
  options: readonly SelectOption<T>[];
  /** The trigger's id, so a <label htmlFor> names it. Without a visible label, pass ariaLabel. */
  id?: string;
  ariaLabel?: string;
  /** Test id of the trigger; each option gets `${testId}-option-${value}`. */
  testId?: string;
  disabled?: boolean;
  /** Shown when the value matches no option. */
  placeholder?: string;
  /** Extra class on the trigger, e.g. to set its width. */
  className?: string;
}

// Radix keeps the empty string for "nothing chosen"; an option may still mean "" (e.g. "Everyone"), so values travel prefixed.
const encode = (value: string) => `=${value}`;
const decode = (value: string) => value.slice(1);

/**
 * A drop-down list of choices on Radix's Select, looking like the console's
 * other controls in both themes: opens with a click, Enter, Space or the
 * arrows; typing jumps to a matching option; Esc closes without changing.
 * For tests: click the trigger (role combobox), then the option by role
 * 'option' and name, or its `${testId}-option-${value}` test id.
 *
 * @example
 * <label htmlFor={id} className="field__label">Tier</label>
 * <Select id={id} value={tier} onChange={setTier} options={TIERS.map((t) => ({ value: t, label: t }))} testId="account-tier" />
 */
export function Select<T extends string>({ value, onChange, options, id, ariaLabel, testId, disabled, placeholder, className }: SelectProps<T>) {
  const known = options.some((option) => option.value === value);
  return (
    <RadixSelect.Root value={known ? encode(value) : ''} onValueChange={(next) => onChange(decode(next) as T)} disabled={disabled}>
      <RadixSelect.Trigger id={id} className={`select select-trigger${className ? ` ${className}` : ''}`} aria-label={ariaLabel} data-testid={testId}>
        <RadixSelect.Value placeholder={placeholder} />
      </RadixSelect.Trigger>
      <RadixSelect.Portal>
        <RadixSelect.Content className="select-menu" position="popper" sideOffset={4} collisionPadding={8}>
          <RadixSelect.Viewport className="select-menu__viewport">
            {options.map((option) => (
              <RadixSelect.Item
                key={option.value}
                value={encode(option.value)}
                disabled={option.disabled}
                className="select-menu__item"
                data-testid={testId ? `${testId}-option-${option.value}` : undefined}
              >
                <span className="menu__check" aria-hidden="true">
                  <RadixSelect.ItemIndicator>✓</RadixSelect.ItemIndicator>
                </span>
                <RadixSelect.ItemText>{option.label}</RadixSelect.ItemText>
                {option.hint && <span className="select-menu__hint">{option.hint}</span>}
              </RadixSelect.Item>
            ))}
          </RadixSelect.Viewport>
        </RadixSelect.Content>
      </RadixSelect.Portal>
    </RadixSelect.Root>
  );
}
