import { asOfMs } from '../dates';
import type { IsoDay } from '../domain';

/** One survey answer as the summary needs it. */
export interface SurveyResponse {
  accountId: number;
  atMs: number;
  /** "Will you come back?" 1–5. */
  comeBack: number | null;
  /** "Would you refer a friend?" 0–10. */
  refer: number | null;
}

export interface NpsFigure {
  /** % promoters (9–10) − % detractors (0–6), rounded; null without answers. */
  nps: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  responses: number;
}

/**
 * The NPS-style figure for a set of 0–10 "would you refer a friend?" answers.
 *
 * @example
 * npsOf([10, 9, 8, 3]); // { nps: 25, promoters: 2, passives: 1, detractors: 1, responses: 4 }
 */
export function npsOf(answers: readonly number[]): NpsFigure {
  let promoters = 0;
  let detractors = 0;
  for (const answer of answers) {
    if (answer >= 9) promoters++;
    else if (answer <= 6) detractors++;
  }
  const responses = answers.length;
  const nps = responses === 0 ? null : Math.round((100 * (promoters - detractors)) / responses);
  return { nps, promoters, passives: responses - promoters - detractors, detractors, responses };
}

export interface SurveySummaryFigures extends NpsFigure {
  /** The mean of each account's latest "come back" answer, to one decimal; null without answers. */
  comeBackAverage: number | null;
  /** Month by month (oldest first), from the answers given that month. */
  trend: { month: string; nps: number | null; responses: number }[];
}

/**
 * The portfolio's voice as of a day: NPS over each account's latest refer
 * answer (an account that answered five times counts once), the mean of the
 * latest come-back answers, and a month-by-month trend of the last `months`
 * months where each account counts once per month (its last answer that month).
 * Answers after the as-of day are ignored. On the same instant the lower
 * answer wins, as in the health model.
 */
export function summariseSurveys(responses: readonly SurveyResponse[], asOf: IsoDay, months = 12): SurveySummaryFigures {
  const end = asOfMs(asOf);
  const latestRefer: Latest = new Map();
  const latestComeBack: Latest = new Map();
  const monthly = new Map<string, Latest>();
  for (const r of responses) {
    if (!(r.atMs <= end)) continue;
    if (r.refer !== null) {
      keep(latestRefer, r.accountId, r.atMs, r.refer);
      const month = new Date(r.atMs).toISOString().slice(0, 7);
      let inMonth = monthly.get(month);
      if (!inMonth) monthly.set(month, (inMonth = new Map()));
      keep(inMonth, r.accountId, r.atMs, r.refer);
    }
    if (r.comeBack !== null) keep(latestComeBack, r.accountId, r.atMs, r.comeBack);
  }
  const comeBacks = [...latestComeBack.values()].map((v) => v.answer);
  const comeBackAverage = comeBacks.length === 0 ? null : Math.round((10 * comeBacks.reduce((a, b) => a + b, 0)) / comeBacks.length) / 10;
  const trend = lastMonths(asOf, months).map((month) => {
    const figure = npsOf([...(monthly.get(month)?.values() ?? [])].map((v) => v.answer));
    return { month, nps: figure.nps, responses: figure.responses };
  });
  return { ...npsOf([...latestRefer.values()].map((v) => v.answer)), comeBackAverage, trend };
}

type Latest = Map<number, { atMs: number; answer: number }>;

/** Keeps an account's latest answer; on the same instant the lower one. */
function keep(into: Latest, accountId: number, atMs: number, answer: number): void {
  const held = into.get(accountId);
  if (!held || atMs > held.atMs || (atMs === held.atMs && answer < held.answer)) into.set(accountId, { atMs, answer });
}

/** 'YYYY-MM' for the `count` months ending with the as-of day's month, oldest first. */
export function lastMonths(asOf: IsoDay, count: number): string[] {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7)) - 1;
  const out: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const date = new Date(Date.UTC(year, month - back, 1));
    out.push(date.toISOString().slice(0, 7));
  }
  return out;
}
