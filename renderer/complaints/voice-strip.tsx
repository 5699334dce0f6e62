import { Line, LineChart, ReferenceLine, YAxis } from 'recharts';
import type { SurveySummary } from '../../shared/api/account-page';
import { formatMonth } from '../account/account-format';
import { formatCount, plural } from '../ui/format';

const signed = (nps: number) => (nps > 0 ? `+${Math.round(nps)}` : nps < 0 ? `−${Math.abs(Math.round(nps))}` : '0');

/** The portfolio's NPS-style figure: promoters minus detractors, from each account's latest "Would you refer a friend?" answer. */
export function VoiceStrip({ voice, owner }: { voice: SurveySummary; owner: string | null }) {
  const whose = owner ? `${owner}'s accounts` : 'the portfolio';
  if (voice.nps === null || voice.responses === 0) {
    return (
      <section className="card voice-strip" aria-label="Customer's voice" data-testid="voice-strip">
        <p className="voice-strip__label">Would they refer a friend?</p>
        <p className="muted">No survey answers for {whose} yet. Record them on each account's page.</p>
      </section>
    );
  }
  // Months without answers stay as gaps in time, bridged by the line.
  const answered = voice.trend.filter((month) => month.nps !== null);
  const lastMonth = answered.at(-1);
  const share = (n: number) => (voice.responses > 0 ? (100 * n) / voice.responses : 0);
  return (
    <section className="card voice-strip" aria-label="Customer's voice" data-testid="voice-strip">
      <div className="voice-strip__figure">
        <p className="voice-strip__label">NPS · {whose}</p>
        <p className={`voice-strip__nps${voice.nps < 0 ? ' voice-strip__nps--negative' : ''}`} data-testid="voice-nps">
          {signed(voice.nps)}
        </p>
        <p className="voice-strip__meta">
          latest answers of {plural(voice.responses, 'account')}
          {voice.comeBackAverage !== null && <> · “come back?” averages {voice.comeBackAverage.toFixed(1)} of 5</>}
        </p>
      </div>
      <div className="voice-strip__split">
        <div className="split-bar" aria-hidden="true">
          <span className="split-bar__part split-bar__part--promoters" style={{ flexGrow: voice.promoters }} />
          <span className="split-bar__part split-bar__part--passives" style={{ flexGrow: voice.passives }} />
          <span className="split-bar__part split-bar__part--detractors" style={{ flexGrow: voice.detractors }} />
        </div>
        <ul className="split-legend">
          <li>
            <span className="split-legend__dot split-bar__part--promoters" aria-hidden="true" />
            {formatCount(voice.promoters)} promoters ({Math.round(share(voice.promoters))}%)
          </li>
          <li>
            <span className="split-legend__dot split-bar__part--passives" aria-hidden="true" />
            {formatCount(voice.passives)} passives
          </li>
          <li>
            <span className="split-legend__dot split-bar__part--detractors" aria-hidden="true" />
            {formatCount(voice.detractors)} detractors ({Math.round(share(voice.detractors))}%)
          </li>
        </ul>
      </div>
      {answered.length > 1 && (
        <div className="voice-strip__trend" role="img" aria-label={`NPS month by month, from ${signed(answered[0]?.nps ?? 0)} to ${signed(lastMonth?.nps ?? 0)}`}>
          <p className="voice-strip__label">Month by month</p>
          <LineChart responsive style={{ width: '100%', height: 48 }} data={voice.trend} margin={{ top: 4, right: 4, bottom: 4, left: 4 }}>
            <YAxis hide domain={[-100, 100]} />
            <ReferenceLine y={0} className="chart-zero" />
            <Line type="monotone" dataKey="nps" className="voice-strip__line" strokeWidth={1.5} dot={false} connectNulls isAnimationActive={false} />
          </LineChart>
          {lastMonth && (
            <p className="voice-strip__meta">
              {signed(lastMonth.nps ?? 0)} in {formatMonth(lastMonth.month)}, from {plural(lastMonth.responses, 'answer')}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
