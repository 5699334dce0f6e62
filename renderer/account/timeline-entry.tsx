import type { ComplaintInfo, TimelineTouchpoint } from '../../shared/api/account-page';
import type { SentimentSource } from '../../shared/domain';
import { CHANNEL_LABELS, sentimentChoiceFor, SENTIMENT_LABELS } from '../touchpoints/labels';
import { formatDaysAgo, plural } from '../ui/format';
import { Tooltip } from '../ui/tooltip';
import { formatMoment } from './account-format';
import { ChannelIcon, DirectionArrow, EventIcon } from './timeline-icons';
import type { TimelineThread } from './timeline-model';

export interface TimelineActions {
  edit: (touchpoint: TimelineTouchpoint) => void;
  remove: (touchpoint: TimelineTouchpoint) => void;
  sendUpdate: (complaint: ComplaintInfo) => void;
  resolve: (complaint: ComplaintInfo) => void;
}

/** One thread: an account event, a touch, or a complaint with the updates we sent about it. */
/** `actions` is null on a churned account: its history can be read, not changed, until it is reactivated. */
export function TimelineItem({ thread, complaint, actions }: { thread: TimelineThread; complaint: ComplaintInfo | null; actions: TimelineActions | null }) {
  const { entry } = thread;
  if (entry.kind === 'event') {
    return (
      <li className="entry entry--event" data-testid="timeline-event" data-event={entry.event}>
        <span className="entry__icon entry__icon--event">
          <EventIcon event={entry.event} />
        </span>
        <div className="entry__body">
          <p className="entry__line">
            <span className="entry__text">{entry.text}</span>
            <time className="entry__when" dateTime={entry.at}>
              {formatMoment(entry.at)}
            </time>
          </p>
        </div>
      </li>
    );
  }
  const touchpoint = entry.touchpoint;
  const isComplaint = touchpoint.complaintStatus !== null;
  return (
    <li
      className={`entry${isComplaint ? ` entry--complaint entry--complaint-${touchpoint.complaintStatus}` : ''}`}
      data-testid="timeline-touchpoint"
      data-touchpoint-id={touchpoint.id}
      data-channel={touchpoint.channel}
      data-complaint={touchpoint.complaintStatus ?? undefined}
    >
      <span className={`entry__icon entry__icon--${touchpoint.channel}`}>
        <ChannelIcon channel={touchpoint.channel} />
      </span>
      <div className="entry__body">
        <TouchLine touchpoint={touchpoint} actions={actions} />
        {isComplaint && (
          <ComplaintState touchpoint={touchpoint} complaint={complaint} updates={thread.updates.length} actions={actions} />
        )}
        {thread.updates.length > 0 && (
          <ol className="entry__updates" aria-label="Updates to the customer">
            {thread.updates.map((update) => (
              <li key={update.id} className="update" data-testid="timeline-update" data-touchpoint-id={update.id}>
                <span className="update__icon">
                  <ChannelIcon channel={update.channel} />
                </span>
                <div className="entry__body">
                  <TouchLine touchpoint={update} actions={actions} />
                </div>
              </li>
            ))}
          </ol>
        )}
      </div>
    </li>
  );
}

function TouchLine({ touchpoint, actions }: { touchpoint: TimelineTouchpoint; actions: TimelineActions | null }) {
  const channel = CHANNEL_LABELS[touchpoint.channel];
  const isSurvey = touchpoint.comeBack !== null || touchpoint.refer !== null;
  const what = `the ${channel.toLowerCase()} of ${formatMoment(touchpoint.occurredAt)}`;
  return (
    <>
      <p className="entry__line">
        <span className="entry__what">
          {channel}
          <DirectionArrow direction={touchpoint.direction} />
        </span>
        {touchpoint.subject && <span className="entry__subject">{touchpoint.subject}</span>}
        {touchpoint.person && <span className="entry__person">with {touchpoint.person}</span>}
        {touchpoint.sentiment !== null && <SentimentBadge sentiment={touchpoint.sentiment} source={touchpoint.sentimentSource} />}
        {touchpoint.batchId !== null && <span className="entry__tag" title={`Imported (batch ${touchpoint.batchId})`}>imported</span>}
        <time className="entry__when" dateTime={touchpoint.occurredAt}>
          {formatMoment(touchpoint.occurredAt)}
        </time>
        {actions && (
          <span className="entry__actions">
            <button type="button" className="button button--ghost button--small" onClick={() => actions.edit(touchpoint)} data-testid="edit-touchpoint" aria-label={`Edit ${what}`}>
              Edit
            </button>
            <button type="button" className="button button--ghost button--small" onClick={() => actions.remove(touchpoint)} data-testid="delete-touchpoint" aria-label={`Delete ${what}`}>
              Delete
            </button>
          </span>
        )}
      </p>
      {isSurvey && (
        <p className="entry__survey">
          {touchpoint.comeBack !== null && (
            <span>
              Will you come back? <strong>{touchpoint.comeBack}</strong> of 5
            </span>
          )}
          {touchpoint.refer !== null && (
            <span>
              Would you refer a friend? <strong>{touchpoint.refer}</strong> of 10
            </span>
          )}
        </p>
      )}
      {touchpoint.notes && <p className="entry__notes">{touchpoint.notes}</p>}
    </>
  );
}

/** "Negative · inferred": the tone and where it came from (the source system, or Tend reading the notes). */
export function SentimentBadge({ sentiment, source }: { sentiment: number; source: SentimentSource | null }) {
  const choice = sentimentChoiceFor(sentiment);
  const from = source === 'inferred' ? 'inferred from the notes by Tend' : 'given by the source or the person who logged it';
  return (
    <Tooltip content={`Sentiment ${sentiment.toFixed(2)} on a scale of −1 to 1, ${from}`}>
      <span className={`sentiment sentiment--${choice}`} data-testid="sentiment-badge" data-source={source ?? 'given'}>
        {SENTIMENT_LABELS[choice]}
        <span className="sentiment__source">{source ?? 'given'}</span>
      </span>
    </Tooltip>
  );
}

function ComplaintState({
  touchpoint,
  complaint,
  updates,
  actions,
}: {
  touchpoint: TimelineTouchpoint;
  complaint: ComplaintInfo | null;
  updates: number;
  actions: TimelineActions | null;
}) {
  const open = touchpoint.complaintStatus === 'open';
  return (
    <div className="entry__complaint">
      <span className={`complaint-status complaint-status--${touchpoint.complaintStatus}`} data-testid="complaint-status">
        {open ? 'Open complaint' : 'Resolved complaint'}
      </span>
      <span className="entry__complaint-facts">
        {complaint && open && (
          <>
            open {plural(complaint.ageDays, 'day')} · last heard from us {formatDaysAgo(complaint.silenceDays)}
            {complaint.silenceDays ? ' ago' : ''}
          </>
        )}
        {complaint && !open && <>resolved in {plural(complaint.ageDays, 'day')}</>}
        {!complaint && touchpoint.resolvedAt && <>resolved {formatMoment(touchpoint.resolvedAt)}</>}
        {updates > 0 && <> · {plural(updates, 'update')}</>}
      </span>
      {open && complaint && actions && (
        <span className="entry__complaint-actions">
          <button type="button" className="button button--small" onClick={() => actions.sendUpdate(complaint)}>
            Send update
          </button>
          <button type="button" className="button button--small" onClick={() => actions.resolve(complaint)}>
            Resolve
          </button>
        </span>
      )}
    </div>
  );
}
