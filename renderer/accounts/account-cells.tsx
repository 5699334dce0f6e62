import { useContext, type MouseEvent } from 'react';
import type { AccountListRow } from '../../shared/api/accounts';
import { formatDay } from './format-day';
import { formatCount, formatDaysAgo, plural } from '../ui/format';
import { AccountActionsContext } from './account-actions';

/** The account's name (a link to its page) with its CRM id underneath. */
export function AccountNameCell({ row }: { row: AccountListRow }) {
  const actions = useContext(AccountActionsContext);
  const open = (event: MouseEvent) => {
    // A plain click opens the page in place; Ctrl/⌘-click keeps the browser's own behaviour.
    if (event.metaKey || event.ctrlKey || event.shiftKey || !actions) return;
    event.preventDefault();
    event.stopPropagation();
    actions.open(row);
  };
  return (
    <div className="cell-stack">
      <a className="account__name account-link" href={`#accounts/${row.id}`} onClick={open} tabIndex={-1} data-testid="account-name" title={row.name}>
        {row.name}
      </a>
      <span className="cell-sub account__id">{row.externalId}</span>
    </div>
  );
}

/** Days since our last contact, with the day underneath. */
export function LastContactCell({ row }: { row: AccountListRow }) {
  if (row.daysSinceContact === null) return <span className="since since--never">never</span>;
  return (
    <div className="cell-stack cell-stack--end">
      <span>{formatDaysAgo(row.daysSinceContact)}</span>
      {row.lastContactOn && <span className="cell-sub">{formatDay(row.lastContactOn)}</span>}
    </div>
  );
}

export function ComplaintCountCell({ row }: { row: AccountListRow }) {
  if (row.openComplaints === 0) {
    return (
      <span className="muted" aria-label="No open complaints">
        —
      </span>
    );
  }
  return (
    <span className="complaints" title={plural(row.openComplaints, 'open complaint')}>
      {formatCount(row.openComplaints)}
    </span>
  );
}

export function StatusCell({ row }: { row: AccountListRow }) {
  if (row.status === 'active') return <span className="account-status">Active</span>;
  return (
    <div className="cell-stack">
      <span className="account-status account-status--churned" data-testid="status-churned">
        Churned
      </span>
      {row.churnedOn && <span className="cell-sub">{formatDay(row.churnedOn)}</span>}
    </div>
  );
}

const SHOWN_TAGS = 2;

/** The first tags as chips, and how many more there are. */
export function TagsCell({ row }: { row: AccountListRow }) {
  if (row.tags.length === 0) return <span className="muted">—</span>;
  const more = row.tags.length - SHOWN_TAGS;
  return (
    <div className="tag-list" title={row.tags.join(', ')}>
      {row.tags.slice(0, SHOWN_TAGS).map((tag) => (
        <span key={tag} className="tag-chip">
          {tag}
        </span>
      ))}
      {more > 0 && <span className="tag-chip tag-chip--more">+{more}</span>}
    </div>
  );
}
