import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { AccountPage } from '../../shared/api/account-page';
import { plural } from '../ui/format';
import { formatDay, formatDayNoYear } from './account-format';
import { rhythmPicture, type RhythmBar } from './rhythm-model';

const STATE_WORDS = { within: 'within the cadence', late: 'late', far: 'more than twice the cadence' } as const;

/** The gaps between our contacts over the last year, each a bar against a line at the tier's cadence. */
export function ContactRhythm({ page }: { page: AccountPage }) {
  const picture = useMemo(() => rhythmPicture(page.rhythm, page.asOf, page.cadenceDays), [page.rhythm, page.asOf, page.cadenceDays]);
  const { bars, cadenceDays } = picture;
  const current = bars.at(-1)?.current ? bars.at(-1) : undefined;
  const top = Math.max(cadenceDays * 1.25, ...bars.map((bar) => bar.gapDays));

  return (
    <section className="card account-card rhythm" aria-labelledby="rhythm-title" data-testid="contact-rhythm">
      <header className="account-card__head">
        <h2 id="rhythm-title" className="account-card__title">
          Contact rhythm
        </h2>
        <p className="account-card__note">
          Days between our contacts, last 12 months · {page.account.tier} accounts expect one every {plural(cadenceDays, 'day')}
        </p>
      </header>
      {bars.length === 0 ? (
        <p className="account-card__empty">
          {page.rhythm.length === 0
            ? 'We have not reached out to this account yet. Each call, email or meeting from us adds a bar here.'
            : 'No contact from us in the last 12 months.'}
        </p>
      ) : (
        <>
          <p className="rhythm__summary" data-testid="rhythm-summary">
            {picture.typicalGapDays !== null && <>Typically every {plural(Math.round(picture.typicalGapDays), 'day')}. </>}
            {picture.lateGaps > 0 ? `${plural(picture.lateGaps, 'gap')} longer than the cadence.` : 'Every gap within the cadence.'}
            {current && (
              <>
                {' '}
                <span className={`rhythm__now rhythm__now--${current.state}`}>
                  {plural(current.gapDays, 'day')} since our last contact{current.state === 'within' ? '' : ` (${STATE_WORDS[current.state]})`}.
                </span>
              </>
            )}
          </p>
          <div className="rhythm__chart" role="img" aria-label={`${plural(bars.length, 'gap')} between contacts; ${picture.lateGaps} longer than the ${cadenceDays}-day cadence`}>
            <BarChart responsive style={{ width: '100%', height: 180 }} data={bars} margin={{ top: 16, right: 12, bottom: 0, left: -16 }} barCategoryGap={1}>
              <CartesianGrid vertical={false} className="chart-grid" />
              <XAxis dataKey="day" tickFormatter={(day: string) => formatDayNoYear(day)} className="chart-axis" tickLine={false} minTickGap={24} />
              <YAxis domain={[0, Math.ceil(top)]} allowDecimals={false} className="chart-axis" tickLine={false} axisLine={false} />
              <Tooltip content={GapTooltip} cursor={{ className: 'chart-cursor' }} />
              <Bar dataKey="gapDays" isAnimationActive={false} maxBarSize={18} radius={[2, 2, 0, 0]}>
                {bars.map((bar) => (
                  <Cell key={`${bar.day}${bar.current ? '-now' : ''}`} className={`rhythm__bar rhythm__bar--${bar.state}${bar.current ? ' rhythm__bar--current' : ''}`} />
                ))}
              </Bar>
              <ReferenceLine y={cadenceDays} className="rhythm__cadence" />
            </BarChart>
          </div>
          <ul className="rhythm__legend" aria-label="Legend">
            <li>
              <span className="rhythm__swatch rhythm__swatch--cadence" aria-hidden="true" />
              cadence, {plural(cadenceDays, 'day')}
            </li>
            <li>
              <span className="rhythm__swatch rhythm__swatch--within" aria-hidden="true" />
              within
            </li>
            <li>
              <span className="rhythm__swatch rhythm__swatch--late" aria-hidden="true" />
              late
            </li>
            <li>
              <span className="rhythm__swatch rhythm__swatch--far" aria-hidden="true" />
              over twice the cadence
            </li>
            {current && (
              <li>
                <span className="rhythm__swatch rhythm__swatch--now" aria-hidden="true" />
                silence so far
              </li>
            )}
          </ul>
          {picture.earlier > 0 && <p className="account-card__foot">{plural(picture.earlier, 'earlier contact')} before this year are on the timeline.</p>}
        </>
      )}
    </section>
  );
}

function GapTooltip({ active, payload }: TooltipContentProps) {
  const bar = payload?.[0]?.payload as RhythmBar | undefined;
  if (!active || !bar) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{bar.current ? `Today, ${formatDay(bar.day)}` : formatDay(bar.day)}</p>
      <p>
        {bar.current ? `${plural(bar.gapDays, 'day')} since our last contact, and counting` : `${plural(bar.gapDays, 'day')} since the contact before`} —{' '}
        {STATE_WORDS[bar.state]}
      </p>
    </div>
  );
}
