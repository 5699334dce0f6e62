import type { SurveyAnswer } from '../../shared/api/account-page';
import type { IsoInstant } from '../../shared/domain';

export type Trend = 'up' | 'down' | 'same';

export interface QuestionHistory {
  /** Every answer to this question, oldest first. */
  answers: { at: IsoInstant; answer: number }[];
  latest: { at: IsoInstant; answer: number } | null;
  /** The latest answer against the one before it; null with fewer than two. */
  trend: Trend | null;
  previous: number | null;
}

export interface VoiceHistory {
  comeBack: QuestionHistory;
  refer: QuestionHistory;
}

function history(surveys: readonly SurveyAnswer[], pick: (survey: SurveyAnswer) => number | null): QuestionHistory {
  const answers = surveys
    .flatMap((survey) => {
      const answer = pick(survey);
      return answer === null ? [] : [{ at: survey.answeredAt, answer }];
    })
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const latest = answers.at(-1) ?? null;
  const previous = answers.at(-2)?.answer ?? null;
  let trend: Trend | null = null;
  if (latest && previous !== null) trend = latest.answer > previous ? 'up' : latest.answer < previous ? 'down' : 'same';
  return { answers, latest, trend, previous };
}

/**
 * Each question's answers over time, the latest, and which way it moved.
 * A survey may answer one question and not the other; each is followed on its own.
 */
export function voiceHistory(surveys: readonly SurveyAnswer[]): VoiceHistory {
  return { comeBack: history(surveys, (s) => s.comeBack), refer: history(surveys, (s) => s.refer) };
}

export type ReferGroup = 'promoter' | 'passive' | 'detractor';

/** The NPS groups: 9–10 promoters, 7–8 passives, 0–6 detractors. */
export function referGroup(answer: number): ReferGroup {
  if (answer >= 9) return 'promoter';
  return answer >= 7 ? 'passive' : 'detractor';
}

export const COME_BACK_WORDS: Record<number, string> = {
  1: 'certainly not',
  2: 'probably not',
  3: 'not sure',
  4: 'probably',
  5: 'certainly',
};
