import Papa from 'papaparse';
import type { AccountListRow } from '../../shared/api/accounts';
import { BAND_LABELS, type IsoDay } from '../../shared/domain';
import type { AccountColumnId } from './column-ids';

type CsvValue = string | number;

/** What each table column writes to the CSV: one or more named fields (the account's name and its CRM id, for example). */
const CSV_FIELDS: Record<AccountColumnId, [header: string, value: (row: AccountListRow) => CsvValue][]> = {
  account: [
    ['Account', (row) => row.name],
    ['CRM id', (row) => row.externalId],
  ],
  owner: [['Owner', (row) => row.owner]],
  tier: [['Tier', (row) => row.tier]],
  band: [['Band', (row) => (row.band === null ? '' : BAND_LABELS[row.band])]],
  score: [['Score', (row) => row.score ?? '']],
  lastContact: [
    ['Last contact', (row) => row.lastContactOn ?? 'never'],
    ['Days since contact', (row) => row.daysSinceContact ?? ''],
  ],
  complaints: [['Open complaints', (row) => row.openComplaints]],
  value: [['Value', (row) => row.value]],
  status: [
    ['Status', (row) => (row.status === 'active' ? 'Active' : 'Churned')],
    ['Churned on', (row) => row.churnedOn ?? ''],
  ],
  tags: [['Tags', (row) => row.tags.join('; ')]],
  created: [['Created', (row) => row.createdOn]],
};

// OWASP's list of characters that make a spreadsheet read a cell as a formula, plus the line feed.
const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * A text cell made safe to open in a spreadsheet: one that starts like a
 * formula (=, +, -, @, tab, CR, LF) gets a leading apostrophe, so Excel,
 * Numbers and LibreOffice show it as text instead of running it (OWASP "CSV
 * Injection"). Numbers are written as numbers and never need this.
 *
 * @example neutraliseCell('=HYPERLINK("http://x")') // '\'=HYPERLINK("http://x")'
 * @example neutraliseCell('Acme') // 'Acme'
 */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The accounts a view shows, as a CSV a spreadsheet opens cleanly: the given
 * columns in order (some write two fields), every text cell neutralised, a
 * byte-order mark so Excel reads UTF-8, CRLF line ends.
 *
 * @example accountsCsv(rows, ['account', 'owner', 'band'])
 */
export function accountsCsv(rows: readonly AccountListRow[], columns: readonly AccountColumnId[]): string {
  const fields = columns.flatMap((id) => CSV_FIELDS[id]);
  const data = rows.map((row) =>
    fields.map(([, value]) => {
      const cell = value(row);
      return typeof cell === 'number' ? cell : neutraliseCell(cell);
    }),
  );
  const csv = Papa.unparse({ fields: fields.map(([header]) => header), data }, { newline: '\r\n' });
  // Papa ends a header-only file with a line break already; every other file gets its last one here.
  return `\uFEFF${csv.endsWith('\r\n') ? csv : `${csv}\r\n`}`;
}

/**
 * "accounts 2026-11-24.csv", or with the saved view's name: "accounts - At risk strategic - 2026-11-24.csv".
 * Characters that file systems refuse are left out.
 */
export function exportFileName(asOf: IsoDay, viewName: string | null): string {
  const safeName = viewName?.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').trim();
  return safeName ? `accounts - ${safeName} - ${asOf}.csv` : `accounts ${asOf}.csv`;
}
