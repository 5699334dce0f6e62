import { FACTOR_LABELS } from '../../shared/domain';
import type { HealthResult } from '../../shared/health/types';
import { factorRows, type FactorRow } from './factor-model';

const formatPoints = (points: number) => (Math.round(points * 10) / 10).toLocaleString(undefined, { maximumFractionDigits: 1 });

/** Why the score is what it is: each factor's standing, the points it holds up and takes off, and the reasons in words. */
export function FactorBreakdown({ health }: { health: HealthResult | null }) {
  if (!health) {
    return (
      <section className="card account-card" aria-labelledby="factors-title">
        <header className="account-card__head">
          <h2 id="factors-title" className="account-card__title">
            Why this score
          </h2>
        </header>
        <p className="account-card__empty">A churned account is not scored. Reactivate it to see its health again.</p>
      </section>
    );
  }
  const rows = factorRows(health);
  const lost = 100 - health.score;
  return (
    <section className="card account-card factors" aria-labelledby="factors-title" data-testid="factor-breakdown">
      <header className="account-card__head">
        <h2 id="factors-title" className="account-card__title">
          Why this score
        </h2>
        <p className="account-card__note">
          {health.score} of 100 · {lost === 0 ? 'nothing lost' : `${lost} points lost`}
        </p>
      </header>
      <ScoreComposition rows={rows} score={health.score} />
      {health.reasons.length === 0 && <p className="factors__calm">Nothing is holding this account back: every factor is at its best.</p>}
      <ol className="factors__list">
        {rows.map((row) => (
          <FactorItem key={row.factor} row={row} />
        ))}
      </ol>
    </section>
  );
}

/** One bar of 100 points: what each factor holds up, then what each took off. */
function ScoreComposition({ rows, score }: { rows: FactorRow[]; score: number }) {
  const held = rows.filter((row) => row.contribution > 0);
  const taken = rows.filter((row) => row.impact < 0);
  return (
    <div className="composition" aria-hidden="true">
      <div className="composition__bar">
        {held.map((row) => (
          <span
            key={row.factor}
            className={`composition__part composition__part--${row.factor}`}
            style={{ flexGrow: row.contribution }}
            title={`${FACTOR_LABELS[row.factor]} holds up ${formatPoints(row.contribution)} points`}
          />
        ))}
        {taken.map((row) => (
          <span
            key={row.factor}
            className="composition__part composition__part--lost"
            style={{ flexGrow: -row.impact }}
            title={`${FACTOR_LABELS[row.factor]} took off ${formatPoints(-row.impact)} points`}
          />
        ))}
      </div>
      <div className="composition__legend">
        <span>{score} held up</span>
        <span>{100 - score} lost</span>
      </div>
    </div>
  );
}

function FactorItem({ row }: { row: FactorRow }) {
  const percent = Math.round(row.subScore * 100);
  const label = FACTOR_LABELS[row.factor];
  return (
    <li className={`factor factor--${row.level}`} data-testid="factor" data-factor={row.factor}>
      <div className="factor__head">
        <span className={`factor__swatch composition__part--${row.factor}`} aria-hidden="true" />
        <span className="factor__name">{label}</span>
        <span className="factor__weight">weight {formatPoints(row.weight)}</span>
        <span className={row.impact < 0 ? 'factor__impact factor__impact--harm' : 'factor__impact'}>
          {row.impact < 0 ? `−${formatPoints(-row.impact)} pts` : 'no loss'}
        </span>
      </div>
      <div className="factor__bars">
        <Meter label={`${label}: ${percent}% of its best`} fraction={row.subScore} className={`meter--${row.level}`} text={`${percent}%`} caption="standing" />
        <Meter
          label={`${label} holds up ${formatPoints(row.contribution)} of its ${formatPoints(row.fullShare)} possible points`}
          fraction={row.fullShare > 0 ? row.contribution / row.fullShare : 0}
          className="meter--share"
          text={`${formatPoints(row.contribution)} / ${formatPoints(row.fullShare)}`}
          caption="points held"
        />
      </div>
      {row.reasons.length > 0 && (
        <ul className="factor__reasons">
          {row.reasons.map((reason) => (
            <li key={reason.text} className="factor__reason" data-testid="reason">
              {reason.text}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function Meter({ label, fraction, className, text, caption }: { label: string; fraction: number; className: string; text: string; caption: string }) {
  const clamped = Math.max(0, Math.min(1, fraction));
  return (
    <div className="meter-row">
      <span className="meter-row__caption">{caption}</span>
      <div className={`meter ${className}`} role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(clamped * 100)}>
        <span className="meter__fill" style={{ width: `${clamped * 100}%` }} />
      </div>
      <span className="meter-row__value">{text}</span>
    </div>
  );
}
