import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { Spinner } from './spinner';

interface ModalDialogProps {
  title: string;
  /** A line under the title saying which account this is about. */
  subtitle?: string;
  testId: string;
  submitLabel: string;
  submitTestId: string;
  busy: boolean;
  /** The failure of the last submit, in words; shown inside the dialog. */
  error: string | null;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal form on the native <dialog>: the browser makes the page behind it
 * inert (focus stays inside), Esc closes it, and focus returns to the button
 * that opened it.
 */
export function ModalDialog({ title, subtitle, testId, submitLabel, submitTestId, busy, error, onSubmit, onClose, children }: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself.
        if (event.target === dialogRef.current && !busy) onClose();
      }}
    >
      <form className="dialog__form" onSubmit={submit} noValidate>
        <header className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          {subtitle && <p className="dialog__subtitle">{subtitle}</p>}
        </header>
        <div className="dialog__body">{children}</div>
        {error && (
          <p className="dialog__error" role="alert" data-testid="dialog-error">
            {error}
          </p>
        )}
        <footer className="dialog__footer">
          <button type="button" className="button button--ghost" onClick={() => onClose()} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" data-testid={submitTestId} disabled={busy} aria-busy={busy}>
            {busy && <Spinner size="s" />}
            {submitLabel}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
