import { Dialog } from 'radix-ui';
import type { FormEvent, ReactNode } from 'react';
import { DialogFrame, useReturnFocus } from './dialog-frame';
import { submitOnEnter } from './submit-on-enter';
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
  /** 'danger' draws the submit button red, for actions that remove something. */
  tone?: 'primary' | 'danger';
  /** "Cancel" unless the dialog says otherwise ("Keep it"). */
  cancelLabel?: string;
  /** A wider dialog for forms with long rows of choices. */
  wide?: boolean;
  /** A quiet line beside the buttons, e.g. which keys submit. */
  footerHint?: ReactNode;
}

/**
 * A modal form on Radix's Dialog: the page behind is inert and hidden from
 * screen readers, focus starts in the first field and stays inside, Esc and
 * Cancel close it, and focus returns to what opened it. Enter submits from any
 * field, choice buttons included; in a multi-line note it adds a line and
 * Ctrl+Enter (⌘+Enter) submits instead.
 *
 * Rendered while open: the caller mounts it to open it and unmounts it (in
 * `onClose`, or after a successful submit) to close it.
 *
 * @example
 * {editing && (
 *   <ModalDialog title="Rename account" testId="rename-dialog" submitLabel="Rename" submitTestId="rename-submit"
 *     busy={busy} error={error} onSubmit={save} onClose={() => setEditing(false)}>
 *     <input className="input" … />
 *   </ModalDialog>
 * )}
 */
export function ModalDialog(props: ModalDialogProps) {
  const { title, subtitle, testId, submitLabel, submitTestId, busy, error, onSubmit, onClose, children } = props;
  const { tone = 'primary', cancelLabel = 'Cancel', wide = false, footerHint } = props;
  const returnFocus = useReturnFocus();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };

  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open && !busy) onClose();
      }}
    >
      <DialogFrame testId={testId} wide={wide} onCloseAutoFocus={returnFocus} describedBy={subtitle ? 'subtitle' : 'none'}>
        <form className="dialog__form" onSubmit={submit} onKeyDown={submitOnEnter} noValidate>
          <header className="dialog__header">
            <Dialog.Title className="dialog__title">{title}</Dialog.Title>
            {subtitle && <Dialog.Description className="dialog__subtitle">{subtitle}</Dialog.Description>}
          </header>
          <div className="dialog__body">{children}</div>
          {error && (
            <p className="dialog__error" role="alert" data-testid="dialog-error">
              {error}
            </p>
          )}
          <footer className="dialog__footer">
            {footerHint && <p className="dialog__hint">{footerHint}</p>}
            <button type="button" className="button button--ghost" onClick={() => onClose()} disabled={busy}>
              {cancelLabel}
            </button>
            <button type="submit" className={`button button--${tone}`} data-testid={submitTestId} disabled={busy} aria-busy={busy}>
              {busy && <Spinner size="s" />}
              {submitLabel}
            </button>
          </footer>
        </form>
      </DialogFrame>
    </Dialog.Root>
  );
}
