/** The fields of an account the export dialog's search looks at. */
export interface SearchableAccount {
  name: string;
  externalId: string;
  owner: string;
  status: 'active' | 'churned';
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Active accounts whose name or id holds every word typed (accents and case
 * ignored): names that start with the text first, then the preferred owner's
 * accounts, then by name. An empty search lists everyone in that order.
 * @example matchAccounts(rows, 'zur', null) // [Zürich Learning, …]
 */
export function matchAccounts<T extends SearchableAccount>(rows: readonly T[], text: string, preferOwner: string | null): T[] {
  const words = fold(text).split(/\s+/).filter(Boolean);
  const first = words.join(' ');
  const scored: { row: T; rank: number; name: string }[] = [];
  for (const row of rows) {
    if (row.status !== 'active') continue;
    const name = fold(row.name);
    const haystack = `${name} ${fold(row.externalId)}`;
    if (!words.every((word) => haystack.includes(word))) continue;
    const starts = first !== '' && (name.startsWith(first) || fold(row.externalId).startsWith(first));
    scored.push({ row, name, rank: (starts ? 0 : 2) + (preferOwner !== null && row.owner === preferOwner ? 0 : 1) });
  }
  scored.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
  return scored.map((s) => s.row);
}
