import type { ComplaintInfo } from '../../shared/api/account-page';
import { ageBucket, silenceBucket } from '../complaints/complaint-age';
import { formatDaysAgo, plural } from '../ui/format';
import { formatDay } from './account-format';

interface ComplaintsPanelProps {
  complaints: readonly ComplaintInfo[];
  /** False on a churned account: complaints can be read, not handled, until it is reactivated. */
  editable: boolean;
  onOpen: () => void;
  onSendUpdate: (complaint: ComplaintInfo) => void;
  onResolve: (complaint: ComplaintInfo) => void;
}

const RESOLVED_SHOWN = 3;

/** The account's complaints: open ones first, each with its age and how long the customer has waited for news. */
export function ComplaintsPanel({ complaints, editable, onOpen, onSendUpdate, onResolve }: ComplaintsPanelProps) {
  const open = complaints.filter((complaint) => complaint.status === 'open').sort((a, b) => b.ageDays - a.ageDays);
  const resolved = complaints
    .filter((complaint) => complaint.status === 'resolved')
    .sort((a, b) => Date.parse(b.resolvedAt ?? b.openedAt) - Date.parse(a.resolvedAt ?? a.openedAt));
  return (
    <section className="card account-card complaints-panel" aria-labelledby="complaints-title" data-testid="complaints-panel">
      <header className="account-card__head">
        <h2 id="complaints-title" className="account-card__title">
          Complaints
        </h2>
        <p className="account-card__note">{open.length === 0 ? 'none open' : `${open.length} open`}</p>
        <span className="account-card__spacer" />
        {editable && (
          <button type="button" className="button button--small" onClick={onOpen} data-testid="open-complaint">
            Open a complaint
          </button>
        )}
      </header>
      {open.length === 0 && <p className="account-card__empty">No open complaints.{resolved.length === 0 && editable ? ' When the customer complains, record it here and follow it to the end.' : ''}</p>}
      {open.length > 0 && (
        <ul className="complaint-list">
          {open.map((complaint) => (
            <li key={complaint.complaintId} className="complaint-card" data-testid="open-complaint-item" data-complaint-id={complaint.complaintId}>
              <p className="complaint-card__subject">{complaint.subject ?? 'Complaint'}</p>
              <p className="complaint-card__facts">
                <span className={`age age--${ageBucket(complaint.ageDays)}`} data-testid="complaint-age">
                  open {plural(complaint.ageDays, 'day')}
                </span>
                <span className={`silence silence--${silenceBucket(complaint.silenceDays ?? complaint.ageDays)}`} data-testid="complaint-silence">
                  last heard from us {formatDaysAgo(complaint.silenceDays)}
                  {complaint.silenceDays ? ' ago' : ''}
                </span>
                <span className="muted">{complaint.updates === 0 ? 'no updates yet' : plural(complaint.updates, 'update')}</span>
              </p>
              {editable && (
                <div className="complaint-card__actions">
                  <button type="button" className="button button--small button--primary" onClick={() => onSendUpdate(complaint)} data-testid="complaint-send-update">
                    Send update
                  </button>
                  <button type="button" className="button button--small" onClick={() => onResolve(complaint)} data-testid="complaint-resolve">
                    Resolve
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {resolved.length > 0 && (
        <details className="complaints-panel__resolved">
          <summary>{plural(resolved.length, 'resolved complaint')}</summary>
          <ul className="resolved-list">
            {resolved.slice(0, RESOLVED_SHOWN).map((complaint) => (
              <li key={complaint.complaintId} className="resolved-list__item" data-testid="resolved-complaint-item">
                <span className="resolved-list__subject">{complaint.subject ?? 'Complaint'}</span>
                <span className="muted">
                  {complaint.resolvedAt ? `resolved ${formatDay(complaint.resolvedAt.slice(0, 10))}` : 'resolved'} · took {plural(complaint.ageDays, 'day')}
                </span>
              </li>
            ))}
          </ul>
          {resolved.length > RESOLVED_SHOWN && <p className="account-card__foot">Older ones are on the timeline (Complaints only).</p>}
        </details>
      )}
    </section>
  );
}
