import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { PickedFile } from '../../shared/contract';
import { hasNativeFilePicker, IMPORT_FILE_TYPES } from '../platform/files';
import { ErrorBanner } from '../ui/error-banner';
import { formatCount } from '../ui/format';
import { UploadIcon } from '../ui/icons';
import { Spinner } from '../ui/spinner';
import { formatBytes } from './labels';
import { useFileChoice, type Upload } from './use-file-choice';

/** True while the drag carries files (not text or a link dragged from the page). */
function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Step 1: choose a file or drop it anywhere on the screen. The browser console
 * uploads it (with progress); the desktop app opens its own dialog.
 */
export function FileStep({ onPicked }: { onPicked: (file: PickedFile) => void }) {
  const choice = useFileChoice(onPicked);
  const { take } = choice;
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  // The whole window is a drop target while this step is on screen.
  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) take(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [take]);

  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) take(file);
  };

  const choose = () => (hasNativeFilePicker() ? choice.chooseNative() : input.current?.click());

  return (
    <div className="file-step" data-testid="import-file-step">
      {choice.error && <ErrorBanner message={choice.error} onDismiss={choice.clearError} />}
      <div className={`dropzone${dragging ? ' dropzone--active' : ''}`} data-testid="import-dropzone">
        <span className="dropzone__icon">
          <UploadIcon size={28} />
        </span>
        {choice.upload ? (
          <UploadProgress upload={choice.upload} />
        ) : (
          <>
            <p className="dropzone__title">{dragging ? 'Drop the file to import it' : 'Drop a CSV or Excel file here'}</p>
            <button type="button" className="button button--primary button--large" onClick={choose} data-testid="import-choose-file">
              Choose a file…
            </button>
            <p className="dropzone__hint">
              A contact log (calls, emails, meetings, tickets) or a list of accounts, as exported from your CRM, help desk or phone system.
              CSV, TSV, TXT or Excel (.xlsx). Nothing is saved until you have checked the columns.
            </p>
          </>
        )}
        <input ref={input} type="file" accept={IMPORT_FILE_TYPES} hidden onChange={chosen} data-testid="import-file-input" tabIndex={-1} />
      </div>
    </div>
  );
}

function UploadProgress({ upload }: { upload: Upload }) {
  const percent = upload.fraction === null ? null : Math.round(upload.fraction * 100);
  return (
    <div className="upload" role="status" aria-live="polite" data-testid="import-upload">
      <p className="dropzone__title">
        <Spinner size="s" /> Reading {upload.name}…
      </p>
      <div
        className="meter"
        role="progressbar"
        aria-label={`Uploading ${upload.name}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
      >
        <div className={`meter__fill${percent === null ? ' meter__fill--busy' : ''}`} style={{ width: `${percent ?? 100}%` }} />
      </div>
      <p className="upload__text">
        {percent === null ? formatBytes(upload.bytes) : `${formatCount(percent)}% of ${formatBytes(upload.bytes)}`}
      </p>
    </div>
  );
}
