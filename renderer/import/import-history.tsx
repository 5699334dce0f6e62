import { useState } from 'react';
import type { ImportBatchInfo } from '../../shared/contract';
import { ErrorBanner } from '../ui/error-banner';
import { errorMessage } from '../ui/error-message';
import { formatCount, plural } from '../ui/format';
import { Spinner } from '../ui/spinner';
import { useToast } from '../ui/toast';
import { formatWhen, KIND_LABELS } from './labels';
import { saveRejects } from './save-rejects';
import { UndoDialog } from './undo-dialog';
import type { ImportHistory as History } from './use-import-history';

/** Every past import, newest first, with Undo for the ones still in place. */
export function ImportHistory({ history, onChanged }: { history: History; onChanged: () => void }) {
  const [undoing, setUndoing] = useState<ImportBatchInfo | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const toast = useToast();
  const { batches } = history;

  const save = async (batch: ImportBatchInfo) => {
    try {
      await saveRejects(batch.id, batch.fileName);
    } catch (failure) {
      setActionError(`The rejected rows could not be saved: ${errorMessage(failure)}`);
    }
  };

  return (
    <section className="card history" aria-labelledby="import-history-title" data-testid="import-history">
      <header className="history__head">
        <h2 id="import-history-title" className="history__title">
          Past imports
        </h2>
        <p className="section-head__text">Undo removes exactly what one import added.</p>
      </header>
      {history.error && <ErrorBanner message={`Past imports could not be loaded: ${history.error}`} retry={() => void history.reload()} onDismiss={() => void history.reload()} />}
      {actionError && <ErrorBanner message={actionError} onDismiss={() => setActionError(null)} />}
      {batches === null && !history.error && (
        <p className="history__empty">
          <Spinner size="s" /> Loading…
        </p>
      )}
      {batches?.length === 0 && (
        <p className="history__empty" data-testid="import-history-empty">
          No imports yet. Files you import show up here, and each one can be undone.
        </p>
      )}
      {batches && batches.length > 0 && (
        <div className="history__scroll">
          <table className="data-table data-table--history" data-testid="import-history-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">File</th>
                <th scope="col">Kind</th>
                <th scope="col" className="data-table__num">
                  Added
                </th>
                <th scope="col" className="data-table__num">
                  Duplicates
                </th>
                <th scope="col" className="data-table__num">
                  Rejected
                </th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {batches.map((batch) => (
                <tr
                  key={batch.id}
                  className={batch.status === 'undone' ? 'history__undone' : undefined}
                  data-testid="import-history-row"
                  data-batch-id={batch.id}
                  data-status={batch.status}
                >
                  <td className="data-table__nowrap">{formatWhen(batch.startedAt)}</td>
                  <td className="history__file" title={batch.fileName}>
                    {batch.fileName}
                  </td>
                  <td>{KIND_LABELS[batch.kind]}</td>
                  <td className="data-table__num" data-testid="history-added">
                    {formatCount(batch.added)}
                    {batch.kind === 'touchpoints' && batch.accountsCreated > 0 && (
                      <span className="cell-sub"> + {plural(batch.accountsCreated, 'account')}</span>
                    )}
                  </td>
                  <td className="data-table__num">{formatCount(batch.duplicates)}</td>
                  <td className="data-table__num">
                    {batch.rejected > 0 ? (
                      <button type="button" className="link-button" onClick={() => void save(batch)} title="Save the rejected rows as CSV">
                        {formatCount(batch.rejected)}
                      </button>
                    ) : (
                      '0'
                    )}
                  </td>
                  <td data-testid="history-status">
                    {batch.status === 'complete' ? (
                      <span className="status status--complete">Complete</span>
                    ) : (
                      <>
                        <span className="status status--undone">Undone</span>
                        {batch.undoneAt && <span className="cell-sub history__undone-at"> {formatWhen(batch.undoneAt)}</span>}
                      </>
                    )}
                  </td>
                  <td className="data-table__actions">
                    {batch.status === 'complete' && (
                      <button type="button" className="button button--small" onClick={() => setUndoing(batch)} data-testid="import-undo">
                        Undo
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {undoing && (
        <UndoDialog
          batch={undoing}
          onClose={() => setUndoing(null)}
          onUndone={(result) => {
            setUndoing(null);
            toast({
              message: `Undid the import of ${undoing.fileName}: removed ${plural(result.touchpointsRemoved, 'touchpoint')} and ${plural(result.accountsRemoved, 'account')}${result.accountsRestored > 0 ? `, restored ${plural(result.accountsRestored, 'account')}` : ''}.`,
            });
            onChanged();
          }}
        />
      )}
    </section>
  );
}
