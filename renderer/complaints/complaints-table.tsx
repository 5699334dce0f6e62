import type { ComplaintInfo } from '../../shared/api/account-page';
import { formatDay } from '../account/account-format';
import { formatCount, formatDaysAgo, formatMoney, plural } from '../ui/format';
import { AGE_BUCKET_LABELS, ageBucket, silenceBucket } from './complaint-age';

interface ComplaintsTableProps {
  complaints: readonly ComplaintInfo[];
  onOpenAccount: (accountId: number) => void;
  onSendUpdate: (complaint: ComplaintInfo) => void;
  onResolve: (complaint: ComplaintInfo) => void;
}

/** Every complaint listed, oldest open one first; each row opens its account and has the two things to do next. */
export function ComplaintsTable({ complaints, onOpenAccount, onSendUpdate, onResolve }: ComplaintsTableProps) {
  return (
    <div className="complaints-table__scroll">
      <table className="complaints-table" data-testid="complaints-table">
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Complaint</th>
            <th scope="col">Opened</th>
            <th scope="col">Age</th>
            <th scope="col">Last heard from us</th>
            <th scope="col" className="num">
              Updates
            </th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {complaints.map((complaint) => (
            <ComplaintRow key={complaint.complaintId} complaint={complaint} onOpenAccount={onOpenAccount} onSendUpdate={onSendUpdate} onResolve={onResolve} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ComplaintRow({ complaint, onOpenAccount, onSendUpdate, onResolve }: { complaint: ComplaintInfo } & Omit<ComplaintsTableProps, 'complaints'>) {
  const open = complaint.status === 'open';
  const bucket = ageBucket(complaint.ageDays);
  const silence = complaint.silenceDays ?? complaint.ageDays;
  return (
    <tr
      className={open ? 'complaint-row' : 'complaint-row complaint-row--resolved'}
      data-testid="complaint-row"
      data-complaint-id={complaint.complaintId}
      data-account-id={complaint.accountId}
      data-status={complaint.status}
    >
      <td>
        <div className="cell-stack">
          <a
            href={`#accounts/${complaint.accountId}`}
            className="complaint-row__account"
            onClick={(event) => {
              event.preventDefault();
              onOpenAccount(complaint.accountId);
            }}
            data-testid="complaint-account"
          >
            {complaint.accountName}
          </a>
          <span className="cell-sub">{complaint.owner}</span>
        </div>
      </td>
      <td className="complaint-row__subject-cell">
        <span className="complaint-row__subject" data-testid="complaint-subject" title={complaint.notes ?? undefined}>
          {complaint.subject ?? 'Complaint'}
        </span>
      </td>
      <td className="nowrap">{formatDay(complaint.openedAt.slice(0, 10))}</td>
      <td className="nowrap">
        {open ? (
          <span className={`age age--${bucket}`} title={AGE_BUCKET_LABELS[bucket]} data-testid="complaint-age" data-bucket={bucket}>
            {plural(complaint.ageDays, 'day')}
          </span>
        ) : (
          <span className="resolved-in" data-testid="complaint-resolved-in">
            Resolved in {plural(complaint.ageDays, 'day')}
          </span>
        )}
      </td>
      <td className="nowrap">
        {open ? (
          <span className={`silence silence--${silenceBucket(silence)}`} data-testid="complaint-silence">
            {complaint.silenceDays === 0 ? 'today' : `${formatDaysAgo(silence)} ago`}
          </span>
        ) : (
          <span className="muted">{complaint.resolvedAt ? `resolved ${formatDay(complaint.resolvedAt.slice(0, 10))}` : 'resolved'}</span>
        )}
      </td>
      <td className="num" data-testid="complaint-updates">
        {formatCount(complaint.updates)}
      </td>
      <td className="num">{formatMoney(complaint.value)}</td>
      <td className="complaint-row__actions">
        {open && (
          <>
            <button type="button" className="button button--small" onClick={() => onSendUpdate(complaint)} data-testid="row-send-update">
              Send update
            </button>
            <button type="button" className="button button--small" onClick={() => onResolve(complaint)} data-testid="row-resolve">
              Resolve
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
