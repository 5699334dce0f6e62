import { createContext, useContext } from 'react';
import type { TodayRow } from '../../shared/contract';

export interface RowActions {
  logTouch: (row: TodayRow) => void;
  markReviewed: (row: TodayRow) => void;
  snooze: (row: TodayRow) => void;
  /** The account whose quick action (mark reviewed) is running, if any. */
  busyAccountId: number | null;
}

/** Row buttons reach the screen's handlers through context so the column definitions never change. */
export const RowActionsContext = createContext<RowActions | null>(null);

export const isReached = (row: TodayRow) => row.reviewed || row.touchedToday;

export function ActionsCell({ row }: { row: TodayRow }) {
  const actions = useContext(RowActionsContext);
  if (!actions) return null;
  const busy = actions.busyAccountId === row.accountId;
  if (isReached(row)) {
    return (
      <div className="actions">
        <span className="reached" data-testid="row-reached">
          <span className="reached__tick" aria-hidden="true">✓</span>
          Reached
        </span>
        <button
          type="button"
          className="button button--small button--ghost"
          data-testid="log-touch-button"
          onClick={() => actions.logTouch(row)}
          aria-label={`Log touch — ${row.name}`}
        >
          Log touch
        </button>
      </div>
    );
  }
  return (
    <div className="actions">
      <button
        type="button"
        className="button button--small button--primary"
        data-testid="log-touch-button"
        onClick={() => actions.logTouch(row)}
        aria-label={`Log touch — ${row.name}`}
      >
        Log touch
      </button>
      <button
        type="button"
        className="button button--small"
        data-testid="review-button"
        onClick={() => actions.markReviewed(row)}
        disabled={busy}
        aria-label={`Mark reviewed — ${row.name}`}
        title="Reviewed for today: counts as reached without logging a touch"
      >
        Reviewed
      </button>
      <button
        type="button"
        className="button button--small button--ghost"
        data-testid="snooze-button"
        onClick={() => actions.snooze(row)}
        aria-label={`Snooze — ${row.name}`}
      >
        Snooze
      </button>
    </div>
  );
}
