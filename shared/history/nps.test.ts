import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastMonths, npsOf, summariseSurveys, type SurveyResponse } from './nps';

const at = (iso: string) => Date.parse(iso);
const answer = (accountId: number, when: string, refer: number | null, comeBack: number | null = null): SurveyResponse => ({ accountId, atMs: at(when), refer, comeBack });

describe('the NPS-style figure', () => {
  it('is % promoters (9–10) minus % detractors (0–6); 7 and 8 are passive', () => {
    expect(npsOf([10, 9, 8, 3])).toEqual({ nps: 25, promoters: 2, passives: 1, detractors: 1, responses: 4 });
    expect(npsOf([9, 9])).toMatchObject({ nps: 100 });
    expect(npsOf([0, 6])).toMatchObject({ nps: -100 });
    expect(npsOf([7, 8])).toMatchObject({ nps: 0, passives: 2 });
    expect(npsOf([6, 7, 8, 9])).toMatchObject({ detractors: 1, passives: 2, promoters: 1, nps: 0 });
    expect(npsOf([])).toEqual({ nps: null, promoters: 0, passives: 0, detractors: 0, responses: 0 });
  });

  it('stays between −100 and 100 and counts every answer once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 200 }), (answers) => {
        const figure = npsOf(answers);
        expect(figure.promoters + figure.passives + figure.detractors).toBe(answers.length);
        expect(figure.nps).toBeGreaterThanOrEqual(-100);
        expect(figure.nps).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe('the survey summary', () => {
  it("counts each account's latest refer answer once, ignoring answers after the day", () => {
    const summary = summariseSurveys(
      [
        answer(1, '2026-01-10T10:00Z', 2),
        answer(1, '2026-10-10T10:00Z', 10), // account 1 now promotes
        answer(2, '2026-09-01T10:00Z', 8),
        answer(3, '2026-08-01T10:00Z', 3),
        answer(3, '2026-12-01T10:00Z', 10), // after the day: not yet given
      ],
      '2026-11-24',
    );
    expect(summary).toMatchObject({ promoters: 1, passives: 1, detractors: 1, responses: 3, nps: 0 });
  });

  it('takes the lower answer when two arrive at the same instant, as the health model does', () => {
    const summary = summariseSurveys([answer(1, '2026-10-10T10:00Z', 10), answer(1, '2026-10-10T10:00Z', 4)], '2026-11-24');
    expect(summary).toMatchObject({ detractors: 1, promoters: 0, nps: -100 });
  });

  it('averages the latest come-back answers to one decimal, and answers without refer count there only', () => {
    const summary = summariseSurveys(
      [answer(1, '2026-10-01T10:00Z', null, 5), answer(1, '2026-11-01T10:00Z', null, 4), answer(2, '2026-11-02T10:00Z', 9, 3), answer(3, '2026-11-03T10:00Z', null, 4)],
      '2026-11-24',
    );
    expect(summary.comeBackAverage).toBe(3.7);
    expect(summary.responses).toBe(1);
    expect(summariseSurveys([], '2026-11-24')).toMatchObject({ nps: null, comeBackAverage: null, responses: 0 });
  });

  it('gives a month-by-month trend of the last 12 months, empty months included', () => {
    const summary = summariseSurveys(
      [answer(1, '2026-11-03T10:00Z', 10), answer(2, '2026-11-20T10:00Z', 2), answer(1, '2026-09-15T10:00Z', 9), answer(1, '2026-09-20T10:00Z', 3), answer(4, '2025-11-30T10:00Z', 10)],
      '2026-11-24',
    );
    expect(summary.trend).toHaveLength(12);
    expect(summary.trend[0]).toEqual({ month: '2025-12', nps: null, responses: 0 });
    expect(summary.trend.at(-1)).toEqual({ month: '2026-11', nps: 0, responses: 2 });
    // Account 1 answered twice in September: its last answer that month counts.
    expect(summary.trend.find((m) => m.month === '2026-09')).toEqual({ month: '2026-09', nps: -100, responses: 1 });
  });

  it('names the months across a year boundary', () => {
    expect(lastMonths('2026-02-10', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
