import type { FilterFn } from '@tanstack/react-table';
import type { TodayRow } from '../../shared/contract';
import type { TodayFeatures } from './today-features';

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

/** The text filter: account name, external id or any reason's words. */
export const matchesSearch: FilterFn<TodayFeatures, TodayRow> = (row, _columnId, query: string) => searchText(row.original).includes(query);
