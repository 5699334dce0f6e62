import { useId } from 'react';
import type { TodayRow } from '../../shared/contract';
import { FACTOR_LABELS } from '../../shared/domain';
import type { Reason } from '../../shared/health/types';

function impactText(reason: Reason): string {
  const points = Math.round(reason.impact);
  if (points === 0) return '±0';
  return points > 0 ? `+${points}` : `−${Math.abs(points)}`;
}

/**
 * Why the account is on the list: the most harmful reason in full, and the
 * others one click (or one Tab + Enter) away in a popover that lists them all.
 */
export function WhyCell({ row }: { row: TodayRow }) {
  const popoverId = useId();
  const [top, ...others] = row.reasons;
  if (!top) return <span className="muted">No concerns</span>;
  return (
    <div className="why">
      <span className="why__top" title={row.reasons.map((reason) => reason.text).join('\n')}>
        {top.text}
      </span>
      {others.length > 0 && (
        <button
          type="button"
          className="why__more"
          popoverTarget={popoverId}
          aria-label={`+${others.length} more reasons for ${row.name}`}
          data-testid="why-more"
        >
          +{others.length} more
        </button>
      )}
      {others.length > 0 && (
        <div id={popoverId} popover="auto" className="popover why__popover" data-testid="why-popover">
          <p className="popover__title">Why {row.name} needs attention</p>
          <ol className="reasons">
            {row.reasons.map((reason) => (
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
