import { createColumnHelper, type SortFn } from '@tanstack/react-table';
import type { TodayRow } from '../../shared/contract';
import { BANDS, type Band } from '../../shared/domain';
import { BandPill } from '../ui/band-pill';
import { AccountCell, ComplaintsCell, ScoreCell, SinceContactCell, ValueCell } from './account-cells';
import { ActionsCell } from './row-actions';
import type { TodayFeatures } from './today-features';
import { WhyCell } from './why-cell';

const helper = createColumnHelper<TodayFeatures, TodayRow>();

// Worst first when sorting ascending: neglected, at risk, watch, healthy.
const bandRank = (band: Band) => BANDS.length - 1 - BANDS.indexOf(band);
const byBand: SortFn<TodayFeatures, TodayRow> = (a, b) => bandRank(a.original.band) - bandRank(b.original.band) || a.original.score - b.original.score;
const byComplaints: SortFn<TodayFeatures, TodayRow> = (a, b) =>
  a.original.openComplaints - b.original.openComplaints || (a.original.oldestOpenComplaintDays ?? 0) - (b.original.oldestOpenComplaintDays ?? 0);

/**
 * Today's list columns, defined once at module scope (stable identity keeps
 * the table from recomputing). Sorting starts from the backend's priority
 * order; clicking a header cycles worst-first, best-first, back to priority.
 */
export const todayColumns = helper.columns([
  helper.accessor('name', {
    id: 'account',
    header: 'Account',
    sortFn: 'text',
    enableHiding: false,
    meta: { label: 'Account', width: 'minmax(190px, 1.2fr)', minWidth: 190 },
    cell: ({ row }) => <AccountCell row={row.original} />,
  }),
  helper.accessor('owner', {
    header: 'Owner',
    sortFn: 'text',
    meta: { label: 'Owner', width: 'minmax(120px, 0.6fr)', minWidth: 120 },
    cell: ({ row }) => (
      <span className="owner" data-testid="row-owner">
        {row.original.owner}
      </span>
    ),
  }),
  helper.accessor('band', {
    header: 'Band',
    sortFn: byBand,
    meta: { label: 'Band', width: '112px', minWidth: 112 },
    cell: ({ row }) => <BandPill band={row.original.band} />,
  }),
  helper.accessor('score', {
    header: 'Score',
    sortDescFirst: false,
    meta: { label: 'Score', width: '60px', minWidth: 60, align: 'end' },
    cell: ({ row }) => <ScoreCell row={row.original} />,
  }),
  // "never" sorts as the longest silence of all.
  helper.accessor((row) => row.daysSinceContact ?? Number.POSITIVE_INFINITY, {
    id: 'sinceContact',
    header: 'Last contact',
    sortDescFirst: true,
    meta: { label: 'Days since our contact', width: '112px', minWidth: 112, align: 'end' },
    cell: ({ row }) => <SinceContactCell row={row.original} />,
  }),
  helper.accessor('openComplaints', {
    id: 'complaints',
    header: 'Complaints',
    sortFn: byComplaints,
    sortDescFirst: true,
    meta: { label: 'Open complaints', width: '100px', minWidth: 100, align: 'end' },
    cell: ({ row }) => <ComplaintsCell row={row.original} />,
  }),
  helper.accessor('value', {
    header: 'Value',
    sortDescFirst: true,
    meta: { label: 'Value', width: '96px', minWidth: 96, align: 'end' },
    cell: ({ row }) => <ValueCell row={row.original} />,
  }),
  helper.display({
    id: 'why',
    header: 'Why',
    meta: { label: 'Why', width: 'minmax(300px, 4fr)', minWidth: 300 },
    cell: ({ row }) => <WhyCell row={row.original} />,
  }),
  helper.display({
    id: 'actions',
    header: 'Actions',
    enableHiding: false,
    meta: { label: 'Actions', width: '260px', minWidth: 260 },
    cell: ({ row }) => <ActionsCell row={row.original} />,
  }),
]);

export type TodayColumnId = 'account' | 'owner' | 'band' | 'score' | 'sinceContact' | 'complaints' | 'value' | 'why' | 'actions';
