import { useState } from 'react';
import { AlertDialog } from 'radix-ui';
import { errorMessage } from '../ui/error-message';
import { Spinner } from '../ui/spinner';
import { useReturnFocus } from './form-dialog';

interface ConfirmDialogProps {
  title: string;
  /** What will happen, in a sentence or two. */
  message: string;
  confirmLabel: string;
  busyLabel: string;
  testId: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/**
 * Asks before something that cannot be taken back (deleting a touch). Focus
 * starts on Cancel, so Enter alone never destroys anything.
 */
export function ConfirmDialog({ title, message, confirmLabel, busyLabel, testId, onConfirm, onClose }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const returnFocus = useReturnFocus();

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (failure) {
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
        {/* A plain backdrop, not AlertDialog.Overlay: see ui/dialog-frame.tsx. */}
        <div className="form-dialog__overlay" />
        <AlertDialog.Content className="dialog form-dialog form-dialog--narrow" data-testid={testId} onCloseAutoFocus={returnFocus}>
          <header className="dialog__header">
            <AlertDialog.Title className="dialog__title">{title}</AlertDialog.Title>
          </header>
          <AlertDialog.Description className="dialog__body confirm__message">{message}</AlertDialog.Description>
          {error && (
            <p className="dialog__error" role="alert" data-testid="dialog-error">
              {error}
            </p>
          )}
          <footer className="dialog__footer">
            <AlertDialog.Cancel className="button button--ghost" disabled={busy}>
              Cancel
            </AlertDialog.Cancel>
            <button type="button" className="button form-dialog__danger" onClick={() => void confirm()} disabled={busy} data-testid={`${testId}-confirm`}>
              {busy && <Spinner size="s" />}
              {busy ? busyLabel : confirmLabel}
            </button>
          </footer>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
