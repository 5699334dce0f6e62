import type { ApiArgs, ImportPreset, ImportPreview, PickedFile } from '../../shared/contract';
import { ErrorBanner } from '../ui/error-banner';
import { plural } from '../ui/format';
import { FileIcon } from '../ui/icons';
import { LoadingState } from '../ui/loading-state';
import { Spinner } from '../ui/spinner';
import { FileSettings } from './file-settings';
import { delimiterLabel, encodingLabel, formatBytes, KIND_LABELS } from './labels';
import { MappingList } from './mapping-list';
import { PreviewTable } from './preview-table';
import { ReadSettings, type UnknownAccounts } from './read-settings';
import { SavePreset } from './save-preset';
import type { ImportReview } from './use-import-review';

interface ReviewStepProps {
  file: PickedFile;
  review: ImportReview;
  presets: ImportPreset[];
  onPresetSaved: (preset: ImportPreset) => void;
  unknownAccounts: UnknownAccounts;
  onUnknownAccountsChange: (choice: UnknownAccounts) => void;
  onStart: (args: Omit<ApiArgs<'import.start'>, 'fileId'>) => void;
  onAnother: () => void;
}

/** "CSV · UTF-8 · comma-separated · 2.1 KB" */
function describeFile(preview: ImportPreview): string {
  const { info } = preview;
  const parts: string[] = [info.format === 'xlsx' ? 'Excel workbook' : 'CSV text'];
  if (info.format === 'xlsx' && info.sheet) parts.push(`sheet “${info.sheet}”`);
  if (info.encoding) parts.push(encodingLabel(info.encoding));
  if (info.delimiter) parts.push(`${delimiterLabel(info.delimiter).toLowerCase()}-separated`);
  parts.push(plural(preview.header.length, 'column'), formatBytes(info.bytes));
  return parts.join(' · ');
}

/** Step 2: what Tend found, the column mapping, how to read dates, and a true preview; import once nothing is wrong. */
export function ReviewStep({ file, review, presets, onPresetSaved, unknownAccounts, onUnknownAccountsChange, onStart, onAnother }: ReviewStepProps) {
  const { preview, mapping } = review;

  if (!preview || !mapping) {
    if (review.stale && !review.previewing)
      return (
        <div className="state state--error" role="alert" data-testid="import-read-error">
          <p className="state__title">Tend can't read {file.name}</p>
          <p className="state__text" data-testid="import-read-error-message">
            {review.error ?? 'The file could not be read.'}
          </p>
          <p className="state__text">Nothing was imported.</p>
          <div className="state__actions">
            <button type="button" className="button button--primary" onClick={onAnother} data-testid="import-another">
              Choose another file
            </button>
            <button type="button" className="button" onClick={review.retry}>
              Try again
            </button>
          </div>
        </div>
      );
    return <LoadingState label={`Reading ${file.name}…`} />;
  }

  const blockers = preview.problems.length + (preview.ambiguousDates ? 1 : 0);
  const canImport = !review.previewing && !review.stale && blockers === 0;
  const kindLabel = KIND_LABELS[mapping.kind].toLowerCase();

  return (
    <div className="review" data-testid="import-review" aria-busy={review.previewing}>
      <div className="review__file">
        <span className="review__file-icon">
          <FileIcon size={22} />
        </span>
        <div className="review__file-text">
          <p className="review__file-name" data-testid="import-file-name">
            {preview.fileName || file.name}
          </p>
          <p className="review__file-facts" data-testid="import-file-facts">
            {describeFile(preview)}
          </p>
        </div>
        <button type="button" className="button button--ghost" onClick={onAnother} data-testid="import-another">
          Choose another file
        </button>
      </div>
      {review.error && <ErrorBanner message={`The preview could not be updated: ${review.error}`} retry={review.retry} onDismiss={review.clearError} />}
      <div className="review__body">
        <aside className="review__side" aria-label="About this file">
          <FileSettings review={review} preview={preview} presets={presets} />
          <ReadSettings review={review} preview={preview} mapping={mapping} unknownAccounts={unknownAccounts} onUnknownAccountsChange={onUnknownAccountsChange} />
          <SavePreset mapping={mapping} onSaved={onPresetSaved} />
        </aside>
        <section className="review__main" aria-labelledby="import-columns-title">
          <header className="section-head">
            <h3 id="import-columns-title" className="section-head__title">
              Columns
            </h3>
            <p className="section-head__text">Which column of your file holds each piece of information. Fields Tend needs are marked.</p>
          </header>
          <MappingList review={review} preview={preview} mapping={mapping} />
        </section>
      </div>
      {preview.problems.length > 0 && (
        <div className="problems" role="alert" data-testid="import-problems">
          <p className="problems__title">Fix {preview.problems.length === 1 ? 'this' : 'these'} before importing</p>
          <ul className="problems__list">
            {preview.problems.map((problem) => (
              <li key={problem} data-testid="import-problem">
                {problem}
              </li>
            ))}
          </ul>
        </div>
      )}
      <PreviewTable preview={preview} />
      <footer className="review__actions">
        <p className="review__status" role="status" data-testid="import-status">
          {review.previewing && (
            <>
              <Spinner size="s" /> Updating the preview…
            </>
          )}
          {!review.previewing && preview.problems.length > 0 && `${plural(preview.problems.length, 'problem')} to fix before importing.`}
          {!review.previewing && preview.problems.length === 0 && preview.ambiguousDates && 'Say whether dates are day-first or month-first to continue.'}
          {!review.previewing && review.stale && 'The preview is out of date; try again to import.'}
          {canImport && 'Ready. Rows that can’t be read are skipped and listed afterwards; you can undo the whole import later.'}
        </p>
        <button
          type="button"
          className="button button--primary button--large"
          disabled={!canImport}
          onClick={() => onStart({ mapping, ...(Object.keys(review.read).length > 0 ? { read: review.read } : {}), unknownAccounts: mapping.kind === 'touchpoints' ? unknownAccounts : 'create' })}
          data-testid="import-start"
        >
          Import {kindLabel}
        </button>
      </footer>
    </div>
  );
}
