import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceDot, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { AccountPage } from '../../shared/api/account-page';
import { BAND_LABELS } from '../../shared/domain';
import { formatAxisMonth, formatDay, formatDayNoYear, formatDelta } from './account-format';
import { bandAreas, monthTicks, scoreChartPoints, type ScoreChartPoint } from './score-chart-model';
import type { BandThresholds } from './use-account-page';

const MOMENTS_LISTED = 4;

/** The score day by day, against the bands, with the days that moved it most marked and explained. */
export function ScoreHistory({ page, bands }: { page: AccountPage; bands: BandThresholds | null }) {
  const points = useMemo(() => scoreChartPoints(page.history, page.moments), [page.history, page.moments]);
  const first = points[0];
  const last = points.at(-1);
  const moments = points.filter((point) => point.moment !== null);
  const biggest = [...moments].sort((a, b) => Math.abs(b.moment?.delta ?? 0) - Math.abs(a.moment?.delta ?? 0)).slice(0, MOMENTS_LISTED);

  return (
    <section className="card account-card score-history" aria-labelledby="score-history-title" data-testid="score-history">
      <header className="account-card__head">
        <h2 id="score-history-title" className="account-card__title">
          Score history
        </h2>
        {first && last && (
          <p className="account-card__note">
            {formatDay(first.day)} – {formatDay(last.day)} · {first.score} → {last.score}
          </p>
        )}
      </header>
      {points.length < 2 || !first || !last ? (
        <p className="account-card__empty">
          No history yet. Tend keeps a daily snapshot of the score from now on; the chart fills in as the days go by.
        </p>
      ) : (
        <>
          <div className="score-history__chart" role="img" aria-label={`Score from ${first.score} on ${formatDay(first.day)} to ${last.score} on ${formatDay(last.day)}`}>
            <LineChart responsive style={{ width: '100%', height: 220 }} data={points} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
              {bands &&
                bandAreas(bands).map((area) => (
                  <ReferenceArea key={area.band} y1={area.from} y2={area.to} className={`chart-band chart-band--${area.band}`} ifOverflow="hidden" />
                ))}
              <CartesianGrid vertical={false} className="chart-grid" />
              <XAxis
                dataKey="x"
                type="number"
                scale="time"
                domain={[first.x, last.x]}
                ticks={monthTicks(first.x, last.x)}
                tickFormatter={formatAxisMonth}
                className="chart-axis"
                tickLine={false}
              />
              <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} className="chart-axis" tickLine={false} axisLine={false} />
              <Tooltip content={ScoreTooltip} />
              <Line type="monotone" dataKey="score" className="score-history__line" dot={false} strokeWidth={2} isAnimationActive={false} />
              {moments.map((point) => (
                <ReferenceDot
                  key={point.day}
                  x={point.x}
                  y={point.score}
                  r={5}
                  className={`score-history__moment${(point.moment?.delta ?? 0) < 0 ? ' score-history__moment--drop' : ''}`}
                />
              ))}
            </LineChart>
          </div>
          {biggest.length > 0 && (
            <ul className="moments" aria-label="What moved the score" data-testid="score-moments">
              {biggest
                .sort((a, b) => (a.day < b.day ? 1 : -1))
                .map((point) => (
                  <li key={point.day} className="moments__item">
                    <span className={`moments__delta${(point.moment?.delta ?? 0) < 0 ? ' moments__delta--drop' : ''}`}>{formatDelta(point.moment?.delta ?? 0)}</span>
                    <span className="moments__day">{formatDayNoYear(point.day)}</span>
                    <span className="moments__text">{point.moment?.text}</span>
                  </li>
                ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function ScoreTooltip({ active, payload }: TooltipContentProps) {
  const point = payload?.[0]?.payload as ScoreChartPoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{formatDay(point.day)}</p>
      <p>
        Score <strong>{point.score}</strong> · {BAND_LABELS[point.band]}
      </p>
      {point.moment && (
        <p className="chart-tooltip__moment">
          {formatDelta(point.moment.delta)} pts: {point.moment.text}
        </p>
      )}
    </div>
  );
}
