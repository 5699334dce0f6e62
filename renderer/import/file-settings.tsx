import { useId } from 'react';
import type { ImportPreset, ImportPreview } from '../../shared/contract';
import { IMPORT_KINDS, type ImportKind } from '../../shared/import/fields';
import { ChoiceGroup } from '../ui/choice-group';
import { DELIMITER_LABELS, delimiterLabel, ENCODING_LABELS, encodingLabel, KIND_HINTS, KIND_LABELS, type ReadEncoding } from './labels';
import type { ImportReview } from './use-import-review';

const KIND_CHOICES = IMPORT_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind], hint: KIND_HINTS[kind] }));
const DETECTED = '';

/** What the file is and how to read it: kind, preset, sheet, encoding and separator. */
export function FileSettings({ review, preview, presets }: { review: ImportReview; preview: ImportPreview; presets: ImportPreset[] }) {
  const presetId = useId();
  const sheetId = useId();
  const encodingId = useId();
  const delimiterId = useId();
  const kind = review.kind ?? preview.mapping.kind;
  const guess = preview.kindGuess;
  const { info } = preview;

  return (
    <div className="settings" data-testid="import-file-settings">
      <div className="settings__group">
        <ChoiceGroup<ImportKind> legend="What's in this file" choices={KIND_CHOICES} value={kind} onChange={review.setKind} testId="import-kind" />
        <p className="settings__note" data-testid="import-kind-guess">
          {guess.confidence > 0 && <strong>Tend’s guess: {KIND_LABELS[guess.kind].toLowerCase()}. </strong>}
          {guess.why}
        </p>
      </div>
      <div className="field">
        <label htmlFor={presetId} className="field__label">
          Layout <span className="field__optional">optional</span>
        </label>
        <select
          id={presetId}
          className="select"
          value={review.presetId}
          onChange={(event) => review.choosePreset(presets.find((p) => p.id === event.target.value) ?? null)}
          data-testid="import-preset"
        >
          <option value="">Match columns by their names</option>
          {IMPORT_KINDS.map((k) => (
            <optgroup key={k} label={KIND_LABELS[k]}>
              {presets
                .filter((p) => p.mapping.kind === k)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <p className="settings__note">{presets.find((p) => p.id === review.presetId)?.description ?? 'Pick your system’s export if it is listed; its columns are then mapped for you.'}</p>
      </div>
      {info.format === 'xlsx' && info.sheets.length > 1 && (
        <div className="field">
          <label htmlFor={sheetId} className="field__label">
            Sheet
          </label>
          <select id={sheetId} className="select" value={review.read.sheet ?? info.sheet ?? ''} onChange={(event) => review.setRead({ sheet: event.target.value })} data-testid="import-sheet">
            {info.sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </select>
        </div>
      )}
      {info.format === 'csv' && (
        <div className="settings__pair">
          <div className="field">
            <label htmlFor={encodingId} className="field__label">
              Text encoding
            </label>
            <select
              id={encodingId}
              className="select"
              value={review.read.encoding ?? DETECTED}
              onChange={(event) => review.setRead({ encoding: event.target.value === DETECTED ? undefined : (event.target.value as ReadEncoding) })}
              data-testid="import-encoding"
            >
              <option value={DETECTED}>Detected: {info.encoding ? encodingLabel(info.encoding) : 'unknown'}</option>
              {Object.entries(ENCODING_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={delimiterId} className="field__label">
              Separator
            </label>
            <select
              id={delimiterId}
              className="select"
              value={review.read.delimiter ?? DETECTED}
              onChange={(event) => review.setRead({ delimiter: event.target.value === DETECTED ? undefined : event.target.value })}
              data-testid="import-delimiter"
            >
              <option value={DETECTED}>Detected: {info.delimiter ? delimiterLabel(info.delimiter) : 'unknown'}</option>
              {Object.entries(DELIMITER_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
    </div>
  );
}
