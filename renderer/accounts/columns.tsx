import { createColumnHelper, type SortFn } from '@tanstack/react-table';
import type { AccountListRow } from '../../shared/api/accounts';
import { BANDS, type Band } from '../../shared/domain';
import { formatDay } from './format-day';
import { BandPill } from '../ui/band-pill';
import { formatMoney } from '../ui/format';
import { AccountNameCell, ComplaintCountCell, LastContactCell, StatusCell, TagsCell } from './account-cells';
import type { AccountsFeatures } from './accounts-features';
import { RowMenu } from './row-menu';
import { SelectAllCheckbox, SelectRowCheckbox } from './select-cells';

const helper = createColumnHelper<AccountsFeatures, AccountListRow>();

// Worst first when sorting ascending: neglected, at risk, watch, healthy.
const bandRank = (band: Band) => BANDS.length - 1 - BANDS.indexOf(band);
const byBand: SortFn<AccountsFeatures, AccountListRow> = (a, b) => bandRank(a.original.band!) - bandRank(b.original.band!) || a.original.score! - b.original.score!;

/**
 * The accounts table's columns, defined once at module scope (stable identity
 * keeps the table from recomputing). Churned accounts have no score or band:
 * those sort last whichever way the column is sorted.
 */
export const accountColumns = helper.columns([
  helper.display({
    id: 'select',
    header: ({ table }) => <SelectAllCheckbox table={table} />,
    enableHiding: false,
    enableSorting: false,
    meta: { label: 'Select', width: '44px', minWidth: 44 },
    cell: ({ row }) => <SelectRowCheckbox row={row} />,
  }),
  helper.accessor('name', {
    id: 'account',
    header: 'Account',
    sortFn: 'text',
    enableHiding: false,
    meta: { label: 'Account', width: 'minmax(200px, 2fr)', minWidth: 200 },
    cell: ({ row }) => <AccountNameCell row={row.original} />,
  }),
  helper.accessor('owner', {
    header: 'Owner',
    sortFn: 'text',
    meta: { label: 'Owner', width: 'minmax(120px, 1fr)', minWidth: 120 },
    cell: ({ row }) => (
      <span className="owner" data-testid="row-owner">
        {row.original.owner}
      </span>
    ),
  }),
  helper.accessor('tier', {
    header: 'Tier',
    sortFn: 'text',
    meta: { label: 'Tier', width: 'minmax(90px, 0.7fr)', minWidth: 90 },
    cell: ({ row }) => <span className="owner">{row.original.tier}</span>,
  }),
  helper.accessor((row) => row.band ?? undefined, {
    id: 'band',
    header: 'Band',
    sortFn: byBand,
    sortUndefined: 'last',
    meta: { label: 'Band', width: '112px', minWidth: 112 },
    cell: ({ row }) => (row.original.band ? <BandPill band={row.original.band} /> : <span className="muted">—</span>),
  }),
  helper.accessor((row) => row.score ?? undefined, {
    id: 'score',
    header: 'Score',
    sortDescFirst: false,
    sortUndefined: 'last',
    meta: { label: 'Score', width: '64px', minWidth: 64, align: 'end' },
    cell: ({ row }) =>
      row.original.score === null ? (
        <span className="muted">—</span>
      ) : (
        <span className={`score score--${row.original.band ?? ''}`} data-testid="row-score">
          {row.original.score}
        </span>
      ),
  }),
  // "never" sorts as the longest silence of all.
  helper.accessor((row) => row.daysSinceContact ?? Number.POSITIVE_INFINITY, {
    id: 'lastContact',
    header: 'Last contact',
    sortDescFirst: true,
    meta: { label: 'Last contact', width: '104px', minWidth: 104, align: 'end' },
    cell: ({ row }) => <LastContactCell row={row.original} />,
  }),
  helper.accessor('openComplaints', {
    id: 'complaints',
    header: 'Complaints',
    sortDescFirst: true,
    meta: { label: 'Open complaints', width: '96px', minWidth: 96, align: 'end' },
    cell: ({ row }) => <ComplaintCountCell row={row.original} />,
  }),
  helper.accessor('value', {
    header: 'Value',
    sortDescFirst: true,
    meta: { label: 'Value', width: '104px', minWidth: 104, align: 'end' },
    cell: ({ row }) => <span className="value">{formatMoney(row.original.value)}</span>,
  }),
  helper.accessor('status', {
    header: 'Status',
    sortFn: 'text',
    meta: { label: 'Status', width: '96px', minWidth: 96 },
    cell: ({ row }) => <StatusCell row={row.original} />,
  }),
  helper.accessor((row) => row.tags.join(', '), {
    id: 'tags',
    header: 'Tags',
    enableSorting: false,
    meta: { label: 'Tags', width: 'minmax(140px, 1.2fr)', minWidth: 140 },
    cell: ({ row }) => <TagsCell row={row.original} />,
  }),
  helper.accessor('createdOn', {
    id: 'created',
    header: 'Created',
    sortFn: 'text',
    sortDescFirst: true,
    meta: { label: 'Created', width: '124px', minWidth: 124 },
    cell: ({ row }) => <span className="owner">{formatDay(row.original.createdOn)}</span>,
  }),
  helper.display({
    id: 'actions',
    header: 'Actions',
    enableHiding: false,
    enableSorting: false,
    meta: { label: 'Actions', width: '56px', minWidth: 56 },
    cell: ({ row }) => <RowMenu row={row.original} />,
  }),
]);
