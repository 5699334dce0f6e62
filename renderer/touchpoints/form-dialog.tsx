import { useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { Dialog } from 'radix-ui';
import { errorMessage } from '../ui/error-message';
import { Spinner } from '../ui/spinner';

/**
 * Gives focus back to whatever had it when the dialog opened. Radix returns
 * focus only to its own Dialog.Trigger, and these dialogs open from plain
 * buttons (a row's "Resolve", the page's "Log a touch").
 */
export function useReturnFocus(): (event: Event) => void {
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  return (event: Event) => {
    event.preventDefault();
    if (opener?.isConnected) opener.focus();
  };
}

/** A problem with what the user typed, said before anything is sent. */
export class FormProblem extends Error {}

interface FormDialogProps {
  title: string;
  /** A line under the title saying which account (or complaint) this is about. */
  subtitle?: string;
  testId: string;
  submitLabel: string;
  busyLabel: string;
  submitTestId: string;
  /** Saves; a thrown FormProblem or API error is shown inside the dialog, which stays open. */
  onSubmit: () => Promise<void>;
  onClose: () => void;
  /** A wider dialog for forms with long rows of choices. */
  wide?: boolean;
  children: ReactNode;
}

// Inputs submit on Enter by themselves; radio and toggle buttons swallow Enter, so the form does it for them.
function submitOnEnter(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  const target = event.target as HTMLElement;
  const inNote = target instanceof HTMLTextAreaElement;
  const onChoice = target.getAttribute('role') === 'radio' || target.getAttribute('role') === 'checkbox';
  if ((inNote && (event.ctrlKey || event.metaKey)) || onChoice) {
    event.preventDefault();
    event.currentTarget.requestSubmit();
  }
}

/**
 * A modal form with the look of the console's other dialogs (ModalDialog), on
 * Radix's Dialog: focus starts in the first field and stays inside, Esc and
 * Cancel close it, Enter submits from any field but the note (Ctrl+Enter
 * there), and focus returns to the button that opened it.
 */
export function FormDialog({ title, subtitle, testId, submitLabel, busyLabel, submitTestId, onSubmit, onClose, wide = false, children }: FormDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const returnFocus = useReturnFocus();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit();
    } catch (failure) {
      setError(failure instanceof FormProblem ? failure.message : errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open && !busy) onClose();
      }}
    >
      <Dialog.Portal>
        {/* A plain backdrop, not Dialog.Overlay: its scroll lock injects a <style>, which the CSP refuses (see ui/dialog-frame.tsx). */}
        <div className="form-dialog__overlay" />
        <Dialog.Content className={`dialog form-dialog${wide ? ' form-dialog--wide' : ''}`} data-testid={testId} aria-describedby={undefined} onCloseAutoFocus={returnFocus}>
          <form className="dialog__form" onSubmit={(event) => void submit(event)} onKeyDown={submitOnEnter} noValidate>
            <header className="dialog__header">
              <Dialog.Title className="dialog__title">{title}</Dialog.Title>
              {subtitle && <p className="dialog__subtitle">{subtitle}</p>}
            </header>
            <div className="dialog__body">{children}</div>
            {error && (
              <p className="dialog__error" role="alert" data-testid="dialog-error">
                {error}
              </p>
            )}
            <footer className="dialog__footer">
              <button type="button" className="button button--ghost" onClick={onClose} disabled={busy}>
                Cancel
              </button>
              <button type="submit" className="button button--primary" data-testid={submitTestId} disabled={busy} aria-busy={busy}>
                {busy && <Spinner size="s" />}
                {busy ? busyLabel : submitLabel}
              </button>
            </footer>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
