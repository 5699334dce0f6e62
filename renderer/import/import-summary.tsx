import { useState } from 'react';
import type { ImportSummaryInfo } from '../../shared/contract';
import { ErrorBanner } from '../ui/error-banner';
import { formatCount, plural } from '../ui/format';
import { Spinner } from '../ui/spinner';
import { useToast } from '../ui/toast';
import { errorMessage } from '../ui/error-message';
import { formatDuration, KIND_ROW } from './labels';
import { saveRejects } from './save-rejects';

/** How many rejected rows the summary lists; the CSV has them all. */
const SHOWN_REJECTS = 5;

interface ImportSummaryProps {
  summary: ImportSummaryInfo;
  onSeeToday: () => void;
  onAnother: () => void;
}

/** Step 3 done: what the import added, skipped and rejected, with the rejected rows to fix and import again. */
export function ImportSummary({ summary, onSeeToday, onAnother }: ImportSummaryProps) {
  const row = KIND_ROW[summary.kind];
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  const batchId = summary.batchId;

  const save = async () => {
    if (batchId === null) return;
    setSaving(true);
    setError(null);
    try {
      const saved = await saveRejects(batchId, summary.fileName);
      toast({ message: `Saved ${plural(saved, 'rejected row')} as a CSV file.` });
    } catch (failure) {
      setError(`The rejected rows could not be saved: ${errorMessage(failure)}`);
    } finally {
      setSaving(false);
    }
  };

  const stats = [
    { key: 'added', label: `${row.many[0]!.toUpperCase()}${row.many.slice(1)} added`, value: summary.added, tone: summary.added > 0 ? 'good' : 'plain' },
    { key: 'duplicates', label: 'Duplicates skipped', value: summary.duplicates, tone: 'plain' },
    { key: 'rejected', label: 'Rows rejected', value: summary.rejected, tone: summary.rejected > 0 ? 'bad' : 'plain' },
    summary.kind === 'touchpoints'
      ? { key: 'accounts-created', label: 'New accounts created', value: summary.accountsCreated, tone: 'plain' }
      : { key: 'accounts-updated', label: 'Accounts updated', value: summary.accountsUpdated, tone: 'plain' },
  ];

  return (
    <div className="summary" data-testid="import-summary">
      <div className="summary__head">
        <span className="summary__tick" aria-hidden="true">
          ✓
        </span>
        <div>
          <h3 className="summary__title">Imported {summary.fileName}</h3>
          <p className="summary__text">
            {plural(summary.rowsRead, 'row')} read in {formatDuration(summary.millis / 1000)}.{' '}
            {summary.added === 0 && summary.duplicates > 0 ? `Everything in this file was already in Tend, so nothing new was added.` : ''}
            {summary.added > 0 ? 'Today’s list already counts them.' : ''}
          </p>
        </div>
      </div>
      <dl className="stats">
        {stats.map((stat) => (
          <div key={stat.key} className={`stat stat--${stat.tone}`} data-testid={`import-count-${stat.key}`} data-value={stat.value}>
            <dt className="stat__label">{stat.label}</dt>
            <dd className="stat__value">{formatCount(stat.value)}</dd>
          </div>
        ))}
      </dl>
      {error && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
      {summary.rejected > 0 && (
        <section className="rejects" aria-labelledby="import-rejects-title" data-testid="import-rejects">
          <header className="section-head section-head--row">
            <div>
              <h4 id="import-rejects-title" className="section-head__title">
                Rejected rows
              </h4>
              <p className="section-head__text">
                {summary.rejected > SHOWN_REJECTS ? `The first ${SHOWN_REJECTS} of ${formatCount(summary.rejected)}. ` : ''}Save them, fix them in
                your spreadsheet and import that file.
              </p>
            </div>
            <button type="button" className="button" onClick={() => void save()} disabled={saving || batchId === null} data-testid="import-save-rejects">
              {saving && <Spinner size="s" />}
              Save rejected rows as CSV
            </button>
          </header>
          <ul className="rejects__list">
            {summary.rejects.slice(0, SHOWN_REJECTS).map((reject) => (
              <li key={reject.line} className="rejects__item" data-testid="import-reject">
                <span className="rejects__line">Line {reject.line}</span>
                <span className="rejects__reason">{reject.reason.replace(/^Line \d+: /, '')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="summary__actions">
        <button type="button" className="button button--primary button--large" onClick={onSeeToday} data-testid="import-see-today">
          See today's list
        </button>
        <button type="button" className="button button--large" onClick={onAnother} data-testid="import-another">
          Import another file
        </button>
      </div>
    </div>
  );
}
