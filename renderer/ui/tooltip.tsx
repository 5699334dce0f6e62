import { Tooltip as RadixTooltip } from 'radix-ui';
import type { ReactElement, ReactNode } from 'react';

interface TooltipProps {
  /** What the tooltip says: a few words, never the only way to learn something essential. */
  content: ReactNode;
  /** The element it describes (a button, a badge); rendered as given and must accept a ref. */
  children: ReactElement;
  side?: 'top' | 'right' | 'bottom' | 'left';
  /** Milliseconds of hovering before it shows; keyboard focus shows it at once. */
  delay?: number;
}

/**
 * A short hint on hover or keyboard focus, on Radix's Tooltip: it describes
 * its element to screen readers (aria-describedby) while shown, Esc hides it,
 * and it stays inside the window. Icon-only buttons still need their own
 * aria-label: a tooltip describes, it does not name.
 *
 * @example
 * <Tooltip content="Open complaints, and the age of the oldest">
 *   <span className="badge" tabIndex={0}>2 · 12 days</span>
 * </Tooltip>
 */
export function Tooltip({ content, children, side = 'top', delay = 500 }: TooltipProps) {
  // A provider per tooltip keeps the component self-contained: no app-wide setup to forget.
  return (
    <RadixTooltip.Provider delayDuration={delay} skipDelayDuration={300}>
      <RadixTooltip.Root>
        <RadixTooltip.Trigger asChild>{children}</RadixTooltip.Trigger>
        <RadixTooltip.Portal>
          <RadixTooltip.Content className="tooltip" side={side} sideOffset={6} collisionPadding={8}>
            {content}
            <RadixTooltip.Arrow className="tooltip__arrow" width={10} height={5} />
          </RadixTooltip.Content>
        </RadixTooltip.Portal>
      </RadixTooltip.Root>
    </RadixTooltip.Provider>
  );
}
