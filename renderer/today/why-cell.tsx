import { useContext, useId } from 'react';
import type { TodayRow } from '../../shared/contract';
import { FACTOR_LABELS } from '../../shared/domain';
import type { Reason } from '../../shared/health/types';
import { ActiveRowContext } from './row-actions';

function impactText(reason: Reason): string {
  const points = Math.round(reason.impact);
  if (points === 0) return '±0';
  return points > 0 ? `+${points}` : `−${Math.abs(points)}`;
}

/**
 * Why the account is on the list: the most harmful reason in full, and the
 * others one click (or one Tab + Enter) away in a popover that lists them all.
 * An account just handed over to this owner leads with "Introduce yourself"
 * instead: it stays on the list until a touch is logged.
 */
export function WhyCell({ row }: { row: TodayRow }) {
  const popoverId = useId();
  // Like the row's buttons, "+N more" is in the Tab order only on the row the keyboard is on.
  const tabIndex = useContext(ActiveRowContext) === row.accountId ? 0 : -1;
  const [top, ...others] = row.reasons;
  // The backend lists the intro item as a reason of its own; the badge already says it.
  const more = row.intro ? row.reasons.filter((reason) => !reason.text.startsWith('Introduce yourself')) : others;
  if (!top && !row.intro) return <span className="muted">No concerns</span>;
  return (
    <div className="why">
      {row.intro ? (
        <span className="why__top why__top--intro" data-testid="intro-item">
          <span className="intro-badge">Introduce yourself</span> Handed over from {row.intro.from}.
        </span>
      ) : (
        <span className="why__top" title={row.reasons.map((reason) => reason.text).join('\n')}>
          {top?.text}
        </span>
      )}
      {more.length > 0 && (
        <button type="button" className="why__more" popoverTarget={popoverId} aria-label={`+${more.length} more reasons for ${row.name}`} data-testid="why-more" tabIndex={tabIndex}>
          +{more.length} more
        </button>
      )}
      {more.length > 0 && (
        <div id={popoverId} popover="auto" className="popover why__popover" data-testid="why-popover">
          <p className="popover__title">Why {row.name} needs attention</p>
          <ol className="reasons">
            {row.intro && (
              <li className="reasons__item">
                <span className="reasons__factor">Hand-over</span>
                <span className="reasons__text">Handed over from {row.intro.from}. Log a touch once you have introduced yourself.</span>
              </li>
            )}
            {(row.intro ? more : row.reasons).map((reason) => (
              <li key={`${reason.factor}:${reason.text}`} className="reasons__item">
                <span className="reasons__factor">{FACTOR_LABELS[reason.factor]}</span>
                <span className="reasons__text">{reason.text}</span>
                <span className={reason.impact < 0 ? 'reasons__impact reasons__impact--harm' : 'reasons__impact'}>{impactText(reason)} pts</span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
