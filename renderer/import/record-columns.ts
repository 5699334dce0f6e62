import type { ImportPreview } from '../../shared/contract';
import { FIELD_LABELS, fieldsOf, type TendField } from '../../shared/import/fields';
import { formatMoney } from '../ui/format';

/** One column of the preview table: a Tend field and the record key its stored value sits under. */
export interface RecordColumn {
  field: TendField;
  key: string;
  label: string;
}

/** The record keys the backend uses for a field (camelCase; "Customer since" is stored as a day). */
const RECORD_KEY: Partial<Record<TendField, string>> = { created_at: 'createdOn' };

function recordKey(field: TendField): string {
  return RECORD_KEY[field] ?? field.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * The columns worth showing for this preview, in the mapping screen's order:
 * every field the mapping reads from a column, plus channel and direction for
 * a contact log (always stored, from the file or a default).
 */
export function recordColumns(preview: ImportPreview): RecordColumn[] {
  const kind = preview.mapping.kind;
  const present = new Set(preview.rows.flatMap((row) => (row.ok ? Object.keys(row.record) : [])));
  return fieldsOf(kind)
    .filter((field) => {
      const mapped = typeof preview.mapping.fields[field] === 'string';
      const always = kind === 'touchpoints' && (field === 'channel' || field === 'direction');
      return (mapped || always) && (present.size === 0 || present.has(recordKey(field)));
    })
    .map((field) => ({ field, key: recordKey(field), label: FIELD_LABELS[field] }));
}

const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?Z$/;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A stored value as the preview shows it; null means "empty" (shown as a dash). */
export function formatStored(field: TendField, value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') {
    if (field === 'value') return formatMoney(value);
    if (field === 'sentiment') return `${value > 0 ? '+' : ''}${value.toFixed(2)}`;
    return String(value);
  }
  const instant = INSTANT.exec(value);
  if (instant) return `${instant[1]} ${instant[2]}${instant[3] && instant[3] !== '00' ? `:${instant[3]}` : ''} UTC`;
  if (field === 'channel' || field === 'direction' || field === 'status' || field === 'complaint_status') return capitalise(value);
  return value;
}
