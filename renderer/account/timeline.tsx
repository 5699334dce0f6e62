import { useMemo, useState } from 'react';
import type { ComplaintInfo, TimelineEntry } from '../../shared/api/account-page';
import { formatCount, plural } from '../ui/format';
import { formatMonth } from './account-format';
import { TimelineFilters } from './timeline-filters';
import { TimelineItem, type TimelineActions } from './timeline-entry';
import { filterThreads, groupByMonth, isFiltered, SHOW_EVERYTHING, threadTimeline, type TimelineFilter } from './timeline-model';

const PAGE = 40;

interface TimelineProps {
  entries: readonly TimelineEntry[];
  complaints: readonly ComplaintInfo[];
  /** Null on a churned account, whose history is read-only. */
  actions: TimelineActions | null;
  onAdd: () => void;
}

/** Every touch and account event, newest first, a month at a time; complaints carry their updates. */
export function Timeline({ entries, complaints, actions, onAdd }: TimelineProps) {
  const [filter, setFilter] = useState<TimelineFilter>(SHOW_EVERYTHING);
  const [shown, setShown] = useState(PAGE);
  const threads = useMemo(() => threadTimeline(entries), [entries]);
  const matching = useMemo(() => filterThreads(threads, filter), [threads, filter]);
  const months = useMemo(() => groupByMonth(matching.slice(0, shown)), [matching, shown]);
  const complaintById = useMemo(() => new Map(complaints.map((complaint) => [complaint.complaintId, complaint])), [complaints]);
  const filtered = isFiltered(filter);
  const changeFilter = (next: TimelineFilter) => {
    setFilter(next);
    setShown(PAGE);
  };

  return (
    <section className="card account-card timeline" aria-labelledby="timeline-title" data-testid="timeline">
      <header className="account-card__head">
        <h2 id="timeline-title" className="account-card__title">
          Timeline
        </h2>
        <p className="account-card__note" data-testid="timeline-count">
          {filtered ? `${formatCount(matching.length)} of ${formatCount(threads.length)}` : plural(threads.length, 'entry', 'entries')}
        </p>
        <span className="account-card__spacer" />
        {actions && (
          <button type="button" className="button button--small" onClick={onAdd} data-testid="timeline-add">
            Add a touch
          </button>
        )}
      </header>
      {threads.length > 0 && <TimelineFilters filter={filter} onChange={changeFilter} />}
      {threads.length === 0 && <p className="account-card__empty">Nothing on the timeline yet. Log a touch, or import this account's contact history.</p>}
      {threads.length > 0 && matching.length === 0 && (
        <div className="account-card__empty">
          <p>Nothing on the timeline matches these filters.</p>
          <button type="button" className="button button--small" onClick={() => changeFilter(SHOW_EVERYTHING)}>
            Show everything
          </button>
        </div>
      )}
      {months.map(({ month, threads: monthThreads }) => (
        <section key={month} className="timeline__month" aria-label={formatMonth(month)}>
          <h3 className="timeline__month-title">{formatMonth(month)}</h3>
          <ol className="timeline__list">
            {monthThreads.map((thread) => (
              <TimelineItem
                key={thread.key}
                thread={thread}
                complaint={thread.entry.kind === 'touchpoint' ? (complaintById.get(thread.entry.touchpoint.id) ?? null) : null}
                actions={actions}
              />
            ))}
          </ol>
        </section>
      ))}
      {matching.length > shown && (
        <div className="timeline__more">
          <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)} data-testid="timeline-more">
            Show {Math.min(PAGE, matching.length - shown)} older of {formatCount(matching.length - shown)}
          </button>
        </div>
      )}
    </section>
  );
}
