import type { AccountListRow, AccountViewState } from '../../shared/api/accounts';
import { BAND_LABELS } from '../../shared/domain';

/** The accounts table as it first opens: every account, nothing narrowed, the backend's order. */
export const DEFAULT_VIEW: AccountViewState = Object.freeze({
  search: '',
  owner: null,
  tier: null,
  band: null,
  status: 'all',
  tag: null,
  noContactDays: null,
  sort: [],
  hiddenColumns: [],
}) as AccountViewState;

// Built once per row object: a reload brings new row objects, so stale text is never matched.
const searchTextByRow = new WeakMap<AccountListRow, string>();

function searchText(row: AccountListRow): string {
  let text = searchTextByRow.get(row);
  if (text === undefined) {
    text = [row.name, row.externalId, row.owner, row.tier, ...row.tags].join('\n').toLowerCase();
    searchTextByRow.set(row, text);
  }
  return text;
}

const sameWords = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** True when the view narrows the rows at all (sorting and columns do not count). */
export function isFiltered(view: AccountViewState): boolean {
  return (
    view.search.trim() !== '' ||
    view.owner !== null ||
    view.tier !== null ||
    view.band !== null ||
    view.status !== 'all' ||
    view.tag !== null ||
    view.noContactDays !== null
  );
}

/**
 * The accounts a view shows, in the order they came. Search looks in the
 * name, CRM id, owner, tier and tags; a tag or tier matches whatever its
 * capitalisation; "no contact for more than N days" includes accounts we have
 * never contacted. Returns the same array when nothing is filtered so the
 * table keeps its row model.
 *
 * @example filterAccounts(rows, { ...DEFAULT_VIEW, owner: 'Dana Whitfield', noContactDays: 30 })
 */
export function filterAccounts(rows: readonly AccountListRow[], view: AccountViewState): readonly AccountListRow[] {
  if (!isFiltered(view)) return rows;
  const query = view.search.trim().toLowerCase();
  const { owner, tier, band, status, tag, noContactDays } = view;
  return rows.filter(
    (row) =>
      (owner === null || row.owner === owner) &&
      (tier === null || sameWords(row.tier, tier)) &&
      (band === null || row.band === band) &&
      (status === 'all' || row.status === status) &&
      (tag === null || row.tags.some((t) => sameWords(t, tag))) &&
      (noContactDays === null || row.daysSinceContact === null || row.daysSinceContact > noContactDays) &&
      (query === '' || searchText(row).includes(query)),
  );
}

/**
 * The active filters in words, for the "no matches" message and the summary.
 * @example describeFilters({ ...DEFAULT_VIEW, band: 'at_risk', noContactDays: 30 }) // ['band At risk', 'no contact for more than 30 days']
 */
export function describeFilters(view: AccountViewState): string[] {
  const words: string[] = [];
  if (view.search.trim() !== '') words.push(`“${view.search.trim()}”`);
  if (view.owner !== null) words.push(`owner ${view.owner}`);
  if (view.tier !== null) words.push(`tier ${view.tier}`);
  if (view.band !== null) words.push(`band ${BAND_LABELS[view.band]}`);
  if (view.status !== 'all') words.push(view.status === 'active' ? 'active only' : 'churned only');
  if (view.tag !== null) words.push(`tag ${view.tag}`);
  if (view.noContactDays !== null) words.push(`no contact for more than ${view.noContactDays} days`);
  return words;
}

/** The view with every filter cleared, keeping its sort and columns. */
export function clearFilters(view: AccountViewState): AccountViewState {
  return { ...DEFAULT_VIEW, sort: view.sort, hiddenColumns: view.hiddenColumns };
}
