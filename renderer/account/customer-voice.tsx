import { Line, LineChart, YAxis } from 'recharts';
import type { AccountPage } from '../../shared/api/account-page';
import { daysBetween } from '../../shared/dates';
import { formatDaysAgo, plural } from '../ui/format';
import { COME_BACK_WORDS, referGroup, voiceHistory, type QuestionHistory, type Trend } from './voice-model';

const TREND_WORDS: Record<Trend, string> = { up: 'up', down: 'down', same: 'unchanged' };
const TREND_ARROWS: Record<Trend, string> = { up: '↑', down: '↓', same: '→' };

/** What the customer said when asked: "Will you come back?" and "Would you refer a friend?", latest and trend. */
/** `onRecord` is null on a churned account: answers can be read, not recorded, until it is reactivated. */
export function CustomerVoice({ page, onRecord }: { page: AccountPage; onRecord: (() => void) | null }) {
  const voice = voiceHistory(page.surveys);
  const none = !voice.comeBack.latest && !voice.refer.latest;
  return (
    <section className="card account-card voice" aria-labelledby="voice-title" data-testid="customer-voice">
      <header className="account-card__head">
        <h2 id="voice-title" className="account-card__title">
          Customer's voice
        </h2>
        <span className="account-card__spacer" />
        {onRecord && (
          <button type="button" className="button button--small" onClick={onRecord} data-testid="record-survey">
            Record answers
          </button>
        )}
      </header>
      {none ? (
        <p className="account-card__empty">No survey answers yet.{onRecord ? ' Ask the two questions on your next call and record what they say.' : ''}</p>
      ) : (
        <div className="voice__questions">
          <Question
            question="Will you come back?"
            scale={5}
            min={1}
            history={voice.comeBack}
            asOf={page.asOf}
            words={(answer) => COME_BACK_WORDS[answer] ?? ''}
            testId="voice-come-back"
          />
          <Question
            question="Would you refer a friend?"
            scale={10}
            min={0}
            history={voice.refer}
            asOf={page.asOf}
            words={(answer) => referGroup(answer)}
            testId="voice-refer"
          />
        </div>
      )}
    </section>
  );
}

interface QuestionProps {
  question: string;
  scale: number;
  min: number;
  history: QuestionHistory;
  asOf: string;
  words: (answer: number) => string;
  testId: string;
}

function Question({ question, scale, min, history, asOf, words, testId }: QuestionProps) {
  const { latest, trend, previous, answers } = history;
  if (!latest) {
    return (
      <div className="question" data-testid={testId}>
        <p className="question__text">{question}</p>
        <p className="muted">Not asked yet</p>
      </div>
    );
  }
  const ago = daysBetween(latest.at, asOf);
  return (
    <div className="question" data-testid={testId}>
      <p className="question__text">{question}</p>
      <p className="question__answer">
        <span className="question__value" data-testid={`${testId}-latest`}>
          {latest.answer}
        </span>
        <span className="question__scale">of {scale}</span>
        <span className={`question__words question__words--${testId === 'voice-refer' ? referGroup(latest.answer) : `come-back-${latest.answer}`}`}>{words(latest.answer)}</span>
      </p>
      <p className="question__meta">
        {ago === 0 ? 'answered today' : `${formatDaysAgo(ago)} ago`}
        {trend && previous !== null && (
          <span className={`trend trend--${trend}`} title={`Previous answer ${previous}`}>
            {' '}
            · {TREND_ARROWS[trend]} {TREND_WORDS[trend]} from {previous}
          </span>
        )}
        {answers.length > 1 && <span className="muted"> · {plural(answers.length, 'answer')}</span>}
      </p>
      {answers.length > 1 && (
        <div className="question__spark" aria-hidden="true">
          <LineChart responsive style={{ width: '100%', height: 36 }} data={answers} margin={{ top: 4, right: 4, bottom: 4, left: 4 }}>
            <YAxis hide domain={[min, scale]} />
            <Line type="linear" dataKey="answer" className="question__line" strokeWidth={1.5} dot={{ r: 2 }} isAnimationActive={false} />
          </LineChart>
        </div>
      )}
    </div>
  );
}
