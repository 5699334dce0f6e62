import { useState } from 'react';
import type { ApiResults, ImportBatchInfo } from '../../shared/contract';
import { call } from '../platform/client';
import { errorMessage } from '../ui/error-message';
import { plural } from '../ui/format';
import { ModalDialog } from '../ui/modal-dialog';
import { formatWhen } from './labels';

/** The question, in numbers: "Remove the 15 touchpoints and 5 accounts this import added?" */
export function undoQuestion(batch: ImportBatchInfo): string {
  if (batch.kind === 'touchpoints') {
    return `Remove the ${plural(batch.added, 'touchpoint')} and ${plural(batch.accountsCreated, 'account')} this import added?`;
  }
  const restore = batch.accountsUpdated > 0 ? ` and put back the ${plural(batch.accountsUpdated, 'account')} it changed as they were` : '';
  return `Remove the ${plural(batch.accountsCreated, 'account')} this import added${restore}?`;
}

interface UndoDialogProps {
  batch: ImportBatchInfo;
  onClose: () => void;
  onUndone: (result: ApiResults['import.undo']) => void;
}

/** Confirms undoing one import; the backend removes exactly what that batch added. */
export function UndoDialog({ batch, onClose, onUndone }: UndoDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onUndone(await call('import.undo', { batchId: batch.id }));
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      title="Undo this import?"
      subtitle={`${batch.fileName} · imported ${formatWhen(batch.startedAt)}`}
      testId="import-undo-dialog"
      submitLabel={busy ? 'Undoing…' : 'Undo import'}
      submitTestId="import-undo-confirm"
      busy={busy}
      error={error}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <p className="dialog__question" data-testid="import-undo-question">
        {undoQuestion(batch)}
      </p>
      <p className="muted">Other imports are not affected, and you can import this file again later.</p>
    </ModalDialog>
  );
}
