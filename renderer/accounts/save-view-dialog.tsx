import { useId, useState } from 'react';
import type { SavedView } from '../../shared/api/accounts';
import { errorMessage } from '../ui/error-message';
import { ModalDialog } from '../ui/modal-dialog';

interface SaveViewDialogProps {
  views: readonly SavedView[];
  /** The name to start from: the saved view on screen, if any. */
  initialName: string;
  /** A sentence describing what the view keeps (filters, sort). */
  summary: string;
  onSave: (name: string) => Promise<void>;
  onClose: () => void;
}

/** Keep the table's current filters, sort and columns under a name. */
export function SaveViewDialog({ views, initialName, summary, onSave, onClose }: SaveViewDialogProps) {
  const [name, setName] = useState(initialName);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const nameId = useId();
  const replaces = views.find((view) => view.name.trim().toLowerCase() === name.trim().toLowerCase());

  const submit = async () => {
    if (name.trim() === '') {
      setError('Give the view a name, for example “Strategic at risk”.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSave(name.trim());
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <ModalDialog title="Save this view" subtitle={summary} testId="save-view-dialog" submitLabel="Save view" submitTestId="save-view-submit" busy={busy} error={error} onSubmit={() => void submit()} onClose={onClose}>
      <div className="field">
        <label htmlFor={nameId} className="field__label">
          Name
        </label>
        <input id={nameId} className="input" value={name} maxLength={80} onChange={(event) => setName(event.target.value)} autoFocus data-testid="save-view-name" />
        {replaces && <p className="field__hint">Replaces the saved view “{replaces.name}”.</p>}
      </div>
    </ModalDialog>
  );
}
