import { Tabs as RadixTabs } from 'radix-ui';
import type { ReactNode } from 'react';

export interface TabSpec<T extends string> {
  value: T;
  label: ReactNode;
  /** Mounted only while its tab is chosen. */
  content: ReactNode;
  /** A small number after the label ("Complaints 2"). */
  count?: number;
  testId?: string;
}

interface TabsProps<T extends string> {
  tabs: readonly TabSpec<T>[];
  /** Names the row of tabs for screen readers: "Account sections". */
  label: string;
  /** Controlled: the chosen tab (with onChange). Otherwise `defaultValue`, or the first tab. */
  value?: T;
  defaultValue?: T;
  onChange?: (value: T) => void;
  className?: string;
}

/**
 * Sections of one screen behind a row of tabs, on Radix's Tabs: one Tab stop
 * for the row, ←/→ (and Home/End) move between tabs and show them, Tab goes
 * on into the shown panel.
 *
 * @example
 * <Tabs label="Account sections" tabs={[
 *   { value: 'timeline', label: 'Timeline', content: <Timeline … /> },
 *   { value: 'complaints', label: 'Complaints', count: open, content: <Complaints … /> },
 * ]} />
 */
export function Tabs<T extends string>({ tabs, label, value, defaultValue, onChange, className }: TabsProps<T>) {
  const controlled = value === undefined ? {} : { value };
  return (
    <RadixTabs.Root
      className={`tabs${className ? ` ${className}` : ''}`}
      defaultValue={defaultValue ?? tabs[0]?.value}
      {...controlled}
      onValueChange={(next) => onChange?.(next as T)}
    >
      <RadixTabs.List className="tabs__list" aria-label={label}>
        {tabs.map((tab) => (
          <RadixTabs.Trigger key={tab.value} value={tab.value} className="tabs__tab" data-testid={tab.testId}>
            {tab.label}
            {tab.count !== undefined && <span className="tabs__count">{tab.count}</span>}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      {tabs.map((tab) => (
        <RadixTabs.Content key={tab.value} value={tab.value} className="tabs__panel">
          {tab.content}
        </RadixTabs.Content>
      ))}
    </RadixTabs.Root>
  );
}
