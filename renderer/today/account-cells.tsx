import type { MouseEvent } from 'react';
import type { TodayRow } from '../../shared/contract';
import { useNavigation } from '../navigation';
import { formatCount, formatDaysAgo, formatMoney, plural } from '../ui/format';

/**
 * Name on top (a link to the account's page); external id and tier
 * underneath, small. The link stays out of the Tab order: Enter on the row
 * opens the same page.
 */
export function AccountCell({ row }: { row: TodayRow }) {
  const { go } = useNavigation();
  const open = (event: MouseEvent) => {
    // Ctrl/⌘-click keeps the browser's own behaviour (a new tab in the browser console).
    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    go({ section: 'account', accountId: row.accountId });
  };
  return (
    <div className="cell-stack">
      <a className="account__name account__link" href={`#accounts/${row.accountId}`} onClick={open} tabIndex={-1} data-testid="row-name" title={`Open ${row.name}`}>
        {row.name}
      </a>
      <span className="cell-sub">
        <span className="account__id">{row.externalId}</span>
        <span aria-hidden="true"> · </span>
        <span className="account__tier">{row.tier}</span>
      </span>
    </div>
  );
}

export function ScoreCell({ row }: { row: TodayRow }) {
  return (
    <span className={`score score--${row.band}`} data-testid="row-score">
      {row.score}
    </span>
  );
}

/** Days since our last contact; "never" when we have not reached out at all. */
export function SinceContactCell({ row }: { row: TodayRow }) {
  const never = row.daysSinceContact === null;
  return <span className={never ? 'since since--never' : 'since'}>{formatDaysAgo(row.daysSinceContact)}</span>;
}

/** "1 · 12 days" (open complaints and the age of the oldest), plus how long we have been silent since. */
export function ComplaintsCell({ row }: { row: TodayRow }) {
  if (row.openComplaints === 0) {
    return (
      <span className="muted" aria-label="No open complaints">
        —
      </span>
    );
  }
  const age = row.oldestOpenComplaintDays === null ? '' : ` · ${plural(row.oldestOpenComplaintDays, 'day')}`;
  return (
    <div className="cell-stack cell-stack--end">
      <span className="complaints" title={`${plural(row.openComplaints, 'open complaint')}; the oldest opened ${formatDaysAgo(row.oldestOpenComplaintDays)} ago`}>
        {formatCount(row.openComplaints)}
        {age}
      </span>
      {row.complaintSilenceDays !== null && row.complaintSilenceDays > 0 && (
        <span className="cell-sub complaints__silence">silent {plural(row.complaintSilenceDays, 'day')}</span>
      )}
    </div>
  );
}

export function ValueCell({ row }: { row: TodayRow }) {
  return <span className="value">{formatMoney(row.value)}</span>;
}
