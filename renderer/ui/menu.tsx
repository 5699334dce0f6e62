import { DropdownMenu } from 'radix-ui';
import { useId, type ReactElement, type ReactNode } from 'react';

interface MenuProps {
  /** The button that opens the menu, rendered as given (give it its class, label and test id). */
  trigger: ReactElement;
  children: ReactNode;
  /** Which edge of the button the menu lines up with. */
  align?: 'start' | 'end';
  /** Test id of the open menu's panel. */
  testId?: string;
  /** Names the menu for screen readers when its button's text does not. */
  label?: string;
}

/**
 * A drop-down menu on Radix's DropdownMenu: opens from its button with a
 * click, Enter, Space or ↓; the arrow keys and the first letters move between
 * items; Esc closes it and focus returns to the button. Non-modal, so the
 * page stays scrollable and a click elsewhere both closes the menu and lands.
 *
 * @example
 * <Menu trigger={<button type="button" className="button">Export</button>} align="end">
 *   <MenuItem onSelect={exportCsv}>CSV of this view</MenuItem>
 *   <MenuSeparator />
 *   <MenuItem onSelect={remove} tone="danger">Delete view</MenuItem>
 * </Menu>
 */
export function Menu({ trigger, children, align = 'start', testId, label }: MenuProps) {
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>{trigger}</DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align={align} sideOffset={6} collisionPadding={8} data-testid={testId} aria-label={label}>
          {children}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

interface MenuItemProps {
  onSelect: () => void;
  children: ReactNode;
  tone?: 'danger';
  disabled?: boolean;
  /** A key shown at the right, e.g. "L". Display only: the screen handles the key itself. */
  shortcut?: string;
  testId?: string;
}

/** One action in a Menu; choosing it closes the menu. */
export function MenuItem({ onSelect, children, tone, disabled, shortcut, testId }: MenuItemProps) {
  return (
    <DropdownMenu.Item className={`menu__item${tone ? ` menu__item--${tone}` : ''}`} onSelect={onSelect} disabled={disabled} data-testid={testId}>
      <span className="menu__text">{children}</span>
      {shortcut && <kbd className="menu__shortcut">{shortcut}</kbd>}
    </DropdownMenu.Item>
  );
}

interface MenuCheckboxItemProps {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  children: ReactNode;
  /** Leave the menu open after toggling, to toggle several in a row (default). */
  keepOpen?: boolean;
  disabled?: boolean;
  testId?: string;
}

/** An on/off item (✓ when on), e.g. one column of a table. */
export function MenuCheckboxItem({ checked, onCheckedChange, children, keepOpen = true, disabled, testId }: MenuCheckboxItemProps) {
  const labelId = useId();
  return (
    <DropdownMenu.CheckboxItem
      className="menu__item menu__item--check"
      checked={checked}
      onCheckedChange={onCheckedChange}
      onSelect={(event) => {
        if (keepOpen) event.preventDefault();
      }}
      disabled={disabled}
      aria-labelledby={labelId}
      data-testid={testId}
    >
      <span className="menu__check" aria-hidden="true">
        <DropdownMenu.ItemIndicator>✓</DropdownMenu.ItemIndicator>
      </span>
      <span id={labelId} className="menu__text">
        {children}
      </span>
    </DropdownMenu.CheckboxItem>
  );
}

interface MenuRadioGroupProps<T extends string> {
  value: T;
  onChange: (value: T) => void;
  choices: readonly { value: T; label: string }[];
  /** Test id prefix: each item gets `${testId}-${value}`. */
  testId?: string;
}

/** One-of-several items (● on the chosen one), e.g. a sort order. */
export function MenuRadioGroup<T extends string>({ value, onChange, choices, testId }: MenuRadioGroupProps<T>) {
  return (
    <DropdownMenu.RadioGroup value={value} onValueChange={(next) => onChange(next as T)}>
      {choices.map((choice) => (
        <DropdownMenu.RadioItem
          key={choice.value}
          value={choice.value}
          className="menu__item menu__item--check"
          data-testid={testId ? `${testId}-${choice.value}` : undefined}
        >
          <span className="menu__check" aria-hidden="true">
            <DropdownMenu.ItemIndicator>●</DropdownMenu.ItemIndicator>
          </span>
          <span className="menu__text">{choice.label}</span>
        </DropdownMenu.RadioItem>
      ))}
    </DropdownMenu.RadioGroup>
  );
}

/** A small heading inside a Menu. */
export function MenuLabel({ children }: { children: ReactNode }) {
  return <DropdownMenu.Label className="menu__label">{children}</DropdownMenu.Label>;
}

export function MenuSeparator() {
  return <DropdownMenu.Separator className="menu__separator" />;
}
