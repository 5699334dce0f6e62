import type { TodayRow } from '../../shared/contract';
import type { Band } from '../../shared/domain';

// Built once per row object: a reload brings new row objects, so stale text is never matched.
const searchTextByRow = new WeakMap<TodayRow, string>();

function searchText(row: TodayRow): string {
  let text = searchTextByRow.get(row);
  if (text === undefined) {
    text = [row.name, row.externalId, ...row.reasons.map((reason) => reason.text)].join('\n').toLowerCase();
    searchTextByRow.set(row, text);
  }
  return text;
}

/** Normalises what the user typed into the filter box; "" means no filter. */
export function toSearchQuery(typed: string): string {
  return typed.trim().toLowerCase();
}

/**
 * The rows that match the filter box (account name, external id or any
 * reason's words) and the band filter, in the list's order. Returns the same
 * array when nothing is filtered so the table keeps its row model.
 * @example filterTodayRows(rows, 'northwind', 'neglected')
 */
export function filterTodayRows(rows: readonly TodayRow[], query: string, band: Band | null): readonly TodayRow[] {
  if (query === '' && band === null) return rows;
  return rows.filter((row) => (band === null || row.band === band) && (query === '' || searchText(row).includes(query)));
}
