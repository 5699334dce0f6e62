import { formatCount } from '../ui/format';

/** "N of M reached today": this morning's progress through the list. */
export function ReachedProgress({ reached, total }: { reached: number; total: number }) {
  const percent = total === 0 ? 100 : Math.round((reached / total) * 100);
  const label = `${formatCount(reached)} of ${formatCount(total)} reached today`;
  return (
    <div className="progress">
      <span className="progress__label" data-testid="progress-reached">
        {label}
      </span>
      <div
        className="progress__track"
        role="progressbar"
        aria-label="Accounts reached today"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={reached}
        aria-valuetext={label}
      >
        <div className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
