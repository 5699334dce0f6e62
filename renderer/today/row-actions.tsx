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

/**
 * The account whose row is the list's Tab stop. Only its buttons are in the
 * Tab order, so Tab goes from the row to its actions and then on past the
 * list rather than through every button of every row.
 */
export const ActiveRowContext = createContext<number | null>(null);

export const isReached = (row: TodayRow) => row.reviewed || row.touchedToday;

export function ActionsCell({ row }: { row: TodayRow }) {
  const actions = useContext(RowActionsContext);
  const activeAccountId = useContext(ActiveRowContext);
  if (!actions) return null;
  const busy = actions.busyAccountId === row.accountId;
  const tabIndex = activeAccountId === row.accountId ? 0 : -1;
  if (isReached(row)) {
    return (
      <div className="actions">
        <span className="reached" data-testid="row-reached">
          <span className="reached__tick" aria-hidden="true">
            ✓
          </span>
          Reached
        </span>
        <button
          type="button"
          className="button button--small button--ghost"
          data-testid="log-touch-button"
          onClick={() => actions.logTouch(row)}
          aria-label={`Log touch — ${row.name}`}
          aria-keyshortcuts="L"
          title="Log another touch (L)"
          tabIndex={tabIndex}
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
        aria-keyshortcuts="L"
        title="Log a call, email or meeting (L)"
        tabIndex={tabIndex}
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
        aria-keyshortcuts="R"
        title="Reviewed for today: counts as reached without logging a touch (R)"
        tabIndex={tabIndex}
      >
        Reviewed
      </button>
      <button
        type="button"
        className="button button--small button--ghost"
        data-testid="snooze-button"
        onClick={() => actions.snooze(row)}
        aria-label={`Snooze — ${row.name}`}
        aria-keyshortcuts="S"
        title="Hide until a later day (S)"
        tabIndex={tabIndex}
      >
        Snooze
      </button>
    </div>
  );
}
