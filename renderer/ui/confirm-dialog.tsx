import { AlertDialog } from 'radix-ui';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useReturnFocus } from './dialog-frame';
import { errorMessage } from './error-message';
import { Spinner } from './spinner';

interface ConfirmDialogProps {
  /** The question: "Mark Acme as churned?" */
  title: string;
  /** What will happen, in a sentence or two (and what will not). */
  message: ReactNode;
  /** The verb on the button: "Mark churned", "Delete touchpoint". */
  confirmLabel: string;
  /** Shown on the button while it runs: "Deleting…". Defaults to the confirm label. */
  busyLabel?: string;
  cancelLabel?: string;
  /** 'danger' for anything that removes or ends something. */
  tone?: 'primary' | 'danger';
  testId: string;
  confirmTestId?: string;
  /**
   * Does the work. While it runs the buttons are disabled; if it throws, the
   * error is shown inside the dialog, which stays open; when it resolves the
   * dialog closes through `onClose`.
   */
  onConfirm: () => Promise<void> | void;
  onClose: () => void;
}

/**
 * A yes-or-no question before something that is hard to take back, on
 * Radix's AlertDialog: focus starts on Cancel (the safe answer), Esc cancels,
 * a click outside does nothing, and focus returns to what opened it.
 * Rendered while open: mount it to ask, unmount it (onClose) to close.
 *
 * @example
 * {confirming && (
 *   <ConfirmDialog title={`Delete this call with ${name}?`} message="The account is re-scored without it."
 *     confirmLabel="Delete" busyLabel="Deleting…" tone="danger" testId="delete-touch-dialog"
 *     onConfirm={() => call('touchpoints.delete', { touchpointId })} onClose={() => setConfirming(false)} />
 * )}
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, message, confirmLabel, busyLabel, cancelLabel = 'Cancel', tone = 'primary', testId, confirmTestId, onConfirm, onClose } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const returnFocus = useReturnFocus();
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      if (mounted.current) onClose();
    } catch (failure) {
      if (!mounted.current) return;
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <AlertDialog.Root
      open
      onOpenChange={(open) => {
        if (!open && !busy) onClose();
      }}
    >
      <AlertDialog.Portal>
        {/* A plain backdrop, not AlertDialog.Overlay: see DialogFrame for why. */}
        <div className="dialog-layer">
          <AlertDialog.Content className="dialog dialog--confirm" data-testid={testId} onCloseAutoFocus={returnFocus}>
            <div className="dialog__header">
              <AlertDialog.Title className="dialog__title">{title}</AlertDialog.Title>
            </div>
            <AlertDialog.Description asChild>
              <div className="dialog__body dialog__message">{message}</div>
            </AlertDialog.Description>
            {error && (
              <p className="dialog__error" role="alert" data-testid="dialog-error">
                {error}
              </p>
            )}
            <footer className="dialog__footer">
              <AlertDialog.Cancel className="button button--ghost" disabled={busy}>
                {cancelLabel}
              </AlertDialog.Cancel>
              <button
                type="button"
                className={`button button--${tone}`}
                data-testid={confirmTestId}
                disabled={busy}
                aria-busy={busy}
                onClick={() => void confirm()}
              >
                {busy && <Spinner size="s" />}
                {busy ? (busyLabel ?? confirmLabel) : confirmLabel}
              </button>
            </footer>
          </AlertDialog.Content>
        </div>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
