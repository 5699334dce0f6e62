import type { ImportProgressInfo } from '../../shared/contract';
import { formatCount } from '../ui/format';
import { Spinner } from '../ui/spinner';
import { formatDuration } from './labels';
import type { ImportRun } from './use-import-job';

interface RunStepProps {
  run: Exclude<ImportRun, { state: 'idle' } | { state: 'done' }>;
  fileName: string;
  onCancel: () => void;
  onBack: () => void;
  onAnother: () => void;
}

/** Step 3 while the import runs (progress, Cancel), or when it stopped without importing anything. */
export function RunStep({ run, fileName, onCancel, onBack, onAnother }: RunStepProps) {
  if (run.state === 'starting' || run.state === 'running') {
    const cancelling = run.state === 'running' && run.cancelling === true;
    return (
      <div className="run" data-testid="import-running">
        <p className="run__title">
          <Spinner size="s" /> {cancelling ? 'Cancelling…' : `Importing ${fileName}…`}
        </p>
        <Progress progress={run.state === 'running' ? run.progress : null} />
        <div className="run__actions">
          <button type="button" className="button" onClick={onCancel} disabled={run.state !== 'running' || cancelling || run.progress.finishing} data-testid="import-cancel">
            Cancel import
          </button>
        </div>
        <p className="settings__note">Tend keeps working if you leave this screen; the import then shows up in Past imports when it is done.</p>
      </div>
    );
  }
  const cancelled = run.state === 'cancelled';
  const title = cancelled ? 'Import cancelled' : 'The import did not finish';
  return (
    <div className={`state${cancelled ? '' : ' state--error'}`} role="alert" data-testid={cancelled ? 'import-cancelled' : 'import-failed'}>
      <p className="state__title">{title}</p>
      <p className="state__text" data-testid="import-stopped-message">
        {run.message}
      </p>
      {run.state === 'error' && run.outcomeUnknown ? (
        <p className="state__text">Past imports below shows whether it finished; an import that finished can be undone there.</p>
      ) : (
        <p className="state__text">
          <strong>Nothing was changed</strong>: none of the rows from {fileName} were saved.
        </p>
      )}
      <div className="state__actions">
        <button type="button" className="button button--primary" onClick={onBack} data-testid="import-back">
          Back to the columns
        </button>
        <button type="button" className="button" onClick={onAnother} data-testid="import-another">
          Choose another file
        </button>
      </div>
    </div>
  );
}

function Progress({ progress }: { progress: ImportProgressInfo | null }) {
  const fraction = progress && progress.totalBytes > 0 ? Math.min(1, progress.bytesRead / progress.totalBytes) : null;
  const percent = fraction === null ? null : Math.round(fraction * 100);
  const parts = progress?.finishing
    ? [`All ${formatCount(progress.rowsRead)} ${progress.rowsRead === 1 ? 'row' : 'rows'} read`, 'saving them and updating the index…']
    : progress
    ? [
        `${formatCount(progress.rowsRead)} ${progress.rowsRead === 1 ? 'row' : 'rows'} read`,
        progress.rowsPerSecond > 0 ? `${formatCount(Math.round(progress.rowsPerSecond))} rows/s` : null,
        progress.secondsLeft !== null ? `${formatDuration(progress.secondsLeft)} left` : null,
      ].filter(Boolean)
    : ['Starting…'];
  return (
    <div className="run__progress">
      <div
        className="meter meter--large"
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={parts.join(', ')}
        data-testid="import-progress"
      >
        <div className={`meter__fill${percent === null ? ' meter__fill--busy' : ''}`} style={{ width: `${percent ?? 100}%` }} />
      </div>
      <p className="run__figures" data-testid="import-progress-text">
        {percent !== null && <strong>{percent}%</strong>}
        {parts.join(' · ')}
      </p>
    </div>
  );
}
