import { useId } from 'react';
import type { ImportPreview } from '../../shared/contract';
import { DATE_FORMATS } from '../../shared/import/dates';
import { findColumn, type DateFormat, type Mapping } from '../../shared/import/fields';
import { ChoiceGroup } from '../ui/choice-group';
import { DATE_FORMAT_LABELS, timeZoneChoices, timeZoneLabel } from './labels';
import type { ImportReview } from './use-import-review';

export type UnknownAccounts = 'create' | 'reject';

const ORDER_CHOICES = [
  { value: 'dmy', label: 'Day first', hint: '31/12/2026 is 31 December' },
  { value: 'mdy', label: 'Month first', hint: '12/31/2026 is 31 December' },
] as const;
type Order = (typeof ORDER_CHOICES)[number]['value'];

const UNKNOWN_CHOICES = [
  { value: 'create', label: 'Create them' },
  { value: 'reject', label: 'Reject those rows' },
] as const;

/** The first date the file writes, to make the day-or-month question concrete. */
function firstDate(preview: ImportPreview, mapping: Mapping): string | null {
  const column = mapping.fields[mapping.kind === 'touchpoints' ? 'occurred_at' : 'created_at'];
  const index = column === undefined ? -1 : findColumn(preview.header, column);
  if (index < 0) return null;
  return preview.rows.map((row) => row.cells[index]?.trim() ?? '').find((cell) => cell !== '') ?? null;
}

interface ReadSettingsProps {
  review: ImportReview;
  preview: ImportPreview;
  mapping: Mapping;
  unknownAccounts: UnknownAccounts;
  onUnknownAccountsChange: (choice: UnknownAccounts) => void;
}

/** How to read dates and times, and what to do with accounts Tend has never seen. */
export function ReadSettings({ review, preview, mapping, unknownAccounts, onUnknownAccountsChange }: ReadSettingsProps) {
  const formatId = useId();
  const zoneId = useId();
  const setDateFormat = (dateFormat: DateFormat) => review.editMapping((m) => ({ ...m, dateFormat }));
  const order: Order | null = mapping.dateFormat === 'dmy' || mapping.dateFormat === 'mdy' ? mapping.dateFormat : null;
  const example = firstDate(preview, mapping);
  const zone = mapping.timeZone ?? 'UTC';

  return (
    <div className="settings" data-testid="import-read-settings">
      <div className="field">
        <label htmlFor={formatId} className="field__label">
          Dates are written
        </label>
        <select
          id={formatId}
          className="select"
          value={mapping.dateFormat}
          onChange={(event) => setDateFormat(event.target.value as DateFormat)}
          data-testid="import-date-format"
        >
          {DATE_FORMATS.map((format) => (
            <option key={format} value={format}>
              {DATE_FORMAT_LABELS[format]}
            </option>
          ))}
        </select>
      </div>
      {(review.askedDates || preview.ambiguousDates) && (
        <div className={`question${preview.ambiguousDates ? ' question--open' : ''}`} data-testid="import-date-question">
          <ChoiceGroup<Order>
            legend="Are dates in this file day-first or month-first?"
            choices={ORDER_CHOICES}
            value={order ?? ('' as Order)}
            onChange={setDateFormat}
            testId="import-date-order"
          />
          <p className="settings__note">
            {example ? `The file writes dates like “${example}”, which could be read either way. ` : 'Some dates could be read either way. '}
            {preview.ambiguousDates ? 'Choose one to continue.' : ''}
          </p>
        </div>
      )}
      <div className="field">
        <label htmlFor={zoneId} className="field__label">
          Time zone of the times in the file
        </label>
        <select
          id={zoneId}
          className="select"
          value={zone}
          onChange={(event) => review.editMapping((m) => ({ ...m, timeZone: event.target.value }))}
          data-testid="import-time-zone"
        >
          {timeZoneChoices(zone).map((z) => (
            <option key={z} value={z}>
              {timeZoneLabel(z)}
            </option>
          ))}
        </select>
        <p className="settings__note">Used for times written without a zone. A date on its own stays that day.</p>
      </div>
      {mapping.kind === 'touchpoints' && (
        <ChoiceGroup<UnknownAccounts>
          legend="Accounts Tend doesn't know yet"
          choices={UNKNOWN_CHOICES}
          value={unknownAccounts}
          onChange={onUnknownAccountsChange}
          testId="import-unknown"
        />
      )}
    </div>
  );
}
