import { RESULT_FIELDS, scanDate, scanned } from './date-scan';
import { detectDateFormat } from './dates';
import { FIELD_LABELS, findColumn, headerKey } from './fields';
import type { Mapping, TendField } from './fields';
import { matchHeader } from './synonyms';

/**
 * Things the user should know before importing with a mapping that is valid
 * but may not mean what they think. Unlike `validateMapping`'s problems these
 * do not block the import.
 *
 * @example
 * mappingWarnings({ kind: 'accounts', fields: { account: 'Company', value: 'MRR' }, dateFormat: 'auto' }, ['Company', 'MRR']);
 * // ["'MRR' looks like monthly revenue. Tend stores it as it is — not ×12 — so 'Value per year' will show monthly amounts."]
 */
export function mappingWarnings(mapping: Mapping, header: readonly string[], sampleRows: readonly (readonly string[])[] = []): string[] {
  const warnings: string[] = [];
  const columnOf = (field: TendField) => mapping.fields[field];
  const valuesOf = (field: TendField) => {
    const name = columnOf(field);
    const index = name === undefined ? -1 : findColumn(header, name);
    return index < 0 ? [] : sampleRows.map((row) => row[index]?.trim() ?? '').filter((v) => v !== '');
  };

  const value = columnOf('value');
  if (value !== undefined) {
    const key = headerKey(value);
    if (key.includes('mrr') || key.includes('monthly')) {
      warnings.push(`'${value}' looks like monthly revenue. Tend stores it as it is — not ×12 — so '${FIELD_LABELS.value}' will show monthly amounts.`);
    } else if (key === 'annualrevenue') {
      warnings.push(`In many CRMs '${value}' is the customer's own turnover, not what they pay you; check before ranking accounts by it.`);
    }
  }

  if (mapping.kind === 'touchpoints') {
    if (columnOf('direction') === undefined && mapping.defaults?.direction === undefined) {
      warnings.push(`No column says who reached out, so every contact counts as the customer's (inbound); only meetings will count as yours.`);
    }
    const account = columnOf('account');
    if (account !== undefined && columnOf('account_name') === undefined && matchHeader('touchpoints', account).some((m) => m.synonyms.field === 'account_name')) {
      warnings.push(`Accounts are matched by name ('${account}'): a company written two ways becomes two accounts.`);
    }
  }

  const dateFields: TendField[] = mapping.kind === 'touchpoints' ? ['occurred_at', 'resolved_at'] : ['created_at'];
  const dates = dateFields.flatMap(valuesOf);
  if (dates.length > 0) {
    const guess = detectDateFormat(dates);
    if (guess.ambiguous) warnings.push(`${guess.why} Check the date order.`);
    if (mapping.kind === 'touchpoints' && (mapping.timeZone ?? 'UTC') === 'UTC' && dates.some(hasTimeWithoutZone)) {
      warnings.push('The times do not say their time zone and are read as UTC; choose the zone the system exported them in.');
    }
  }

  const sentiment = valuesOf('sentiment');
  if ((mapping.sentimentScale ?? 'auto') === 'auto' && sentiment.some((v) => v === '1')) {
    warnings.push(`'${columnOf('sentiment')}' holds numbers on a scale Tend cannot tell: choose whether 1 is the best (−1 to 1) or the worst (1 to 5 stars).`);
  }
  return warnings;
}

function hasTimeWithoutZone(text: string): boolean {
  return scanDate(text, 1, true) === null && scanned.result === RESULT_FIELDS && scanned.hasTime && !scanned.hasOffset;
}
