import { Dialog } from 'radix-ui';
import { useCallback, useState, type ReactNode } from 'react';

interface DialogFrameProps {
  testId: string;
  wide?: boolean;
  /** 'none' when the dialog has no Dialog.Description (tells Radix not to expect one). */
  describedBy: 'subtitle' | 'none';
  onCloseAutoFocus: (event: Event) => void;
  children: ReactNode;
}

/**
 * The backdrop and the card every dialog sits in (Dialog.Portal + Content).
 *
 * The backdrop is a plain element rather than Radix's Dialog.Overlay: the
 * Overlay locks page scroll by injecting a <style> element, which the
 * console's Content-Security-Policy (no inline styles) refuses. Nothing here
 * needs the lock (the page itself never scrolls, only panes inside it do), and
 * the modal Content still makes the page behind inert and closes on a click
 * outside.
 */
export function DialogFrame({ testId, wide = false, describedBy, onCloseAutoFocus, children }: DialogFrameProps) {
  const noDescription = describedBy === 'none' ? { 'aria-describedby': undefined } : {};
  return (
    <Dialog.Portal>
      <div className="dialog-layer">
        <Dialog.Content className={`dialog${wide ? ' dialog--wide' : ''}`} data-testid={testId} onCloseAutoFocus={onCloseAutoFocus} {...noDescription}>
          {children}
        </Dialog.Content>
      </div>
    </Dialog.Portal>
  );
}

/**
 * Where focus goes back to when a dialog closes: whatever had it when the
 * dialog first rendered (the row or button that opened it). Radix returns
 * focus only to a Dialog.Trigger, and Tend's dialogs open from many places
 * (buttons, keyboard shortcuts), so the opener is remembered here instead.
 * Pass the result as Dialog.Content's `onCloseAutoFocus`.
 */
export function useReturnFocus(): (event: Event) => void {
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null));
  return useCallback(
    (event: Event) => {
      event.preventDefault();
      if (opener?.isConnected) opener.focus();
    },
    [opener],
  );
}
