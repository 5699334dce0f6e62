import { useId } from 'react';
import type { ImportPreview } from '../../shared/contract';
import { FIELD_LABELS, fieldsOf, findColumn, REQUIRED_FIELDS, type Mapping, type TendField } from '../../shared/import/fields';
import type { ImportReview } from './use-import-review';

const NOT_IN_FILE = '';

/** What a contact-log field becomes when the file has no column for it. */
function unmappedNote(field: TendField, mapping: Mapping): string | null {
  if (mapping.kind !== 'touchpoints') return null;
  if (field === 'channel') return `Every row is stored as ${mapping.defaults?.channel ?? 'other'}.`;
  if (field === 'direction') return mapping.defaults?.direction === 'outbound' ? 'Every row counts as us reaching out.' : 'Every row counts as the customer reaching out.';
  return null;
}

/**
 * The column mapping: every Tend field of this kind, required ones marked,
 * each with the file's column it is read from (or none) and that column's
 * first value, so a wrong choice shows at a glance.
 */
export function MappingList({ review, preview, mapping }: { review: ImportReview; preview: ImportPreview; mapping: Mapping }) {
  const required: readonly TendField[] = REQUIRED_FIELDS[mapping.kind];
  const choose = (field: TendField, column: string) =>
    review.editMapping((m) => {
      const fields = { ...m.fields };
      if (column === NOT_IN_FILE) delete fields[field];
      else fields[field] = column;
      return { ...m, fields };
    });

  return (
    <div className="mapping" role="group" aria-label="Which column holds each field" data-testid="import-mapping">
      {fieldsOf(mapping.kind).map((field) => (
        <MappingRow
          key={field}
          field={field}
          required={required.includes(field)}
          mapping={mapping}
          preview={preview}
          onChange={(column) => choose(field, column)}
        />
      ))}
    </div>
  );
}

interface MappingRowProps {
  field: TendField;
  required: boolean;
  mapping: Mapping;
  preview: ImportPreview;
  onChange: (column: string) => void;
}

function MappingRow({ field, required, mapping, preview, onChange }: MappingRowProps) {
  const id = useId();
  const chosen = mapping.fields[field];
  const index = chosen === undefined ? -1 : findColumn(preview.header, chosen);
  // The select shows the file's own spelling of the column; a preset's column the file lacks stays visible as a problem.
  const value = index >= 0 ? preview.header[index]! : (chosen ?? NOT_IN_FILE);
  const sample = index >= 0 ? preview.rows.map((row) => row.cells[index]?.trim() ?? '').find((cell) => cell !== '') : undefined;
  const missing = required && chosen === undefined;
  const absent = chosen !== undefined && index < 0;
  const note = chosen === undefined ? unmappedNote(field, mapping) : null;

  return (
    <div className={`mapping__row${missing || absent ? ' mapping__row--missing' : ''}`} data-testid="import-mapping-row" data-field={field}>
      <label htmlFor={id} className="mapping__label">
        {FIELD_LABELS[field]}
        {required && <span className="tag tag--required">Required</span>}
      </label>
      <div className="mapping__choice">
        <select
          id={id}
          className="select"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={missing || absent}
          data-testid={`import-map-${field}`}
        >
          <option value={NOT_IN_FILE}>— not in this file —</option>
          {absent && <option value={chosen}>{chosen} (not in this file)</option>}
          {preview.header.map((column, i) => (
            <option key={`${i}:${column}`} value={column}>
              {column === '' ? `Column ${i + 1} (no name)` : column}
            </option>
          ))}
        </select>
        <p className={`mapping__sample${missing || absent ? ' mapping__sample--missing' : ''}`}>
          {missing && 'Choose the column that holds this.'}
          {absent && 'The file has no such column: choose another, or none.'}
          {!missing && !absent && sample !== undefined && <>e.g. “{sample}”</>}
          {!missing && !absent && sample === undefined && (note ?? (chosen !== undefined ? 'Empty in the first rows.' : ' '))}
        </p>
      </div>
    </div>
  );
}
