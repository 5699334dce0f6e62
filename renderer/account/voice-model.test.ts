import { describe, expect, it } from 'vitest';
import { referGroup, voiceHistory } from './voice-model';

const answer = (day: string, comeBack: number | null, refer: number | null) => ({ touchpointId: 1, answeredAt: `${day}T12:00:00.000Z`, comeBack, refer, notes: null });

describe('voiceHistory', () => {
  it('follows each question on its own, oldest answer first, with the latest and its trend', () => {
    const voice = voiceHistory([answer('2026-03-01', 2, null), answer('2026-01-01', 4, 9), answer('2026-02-01', null, 6)]);
    expect(voice.comeBack.answers.map((a) => a.answer)).toEqual([4, 2]);
    expect(voice.comeBack.latest?.answer).toBe(2);
    expect(voice.comeBack.trend).toBe('down');
    expect(voice.refer.answers.map((a) => a.answer)).toEqual([9, 6]);
    expect(voice.refer.previous).toBe(9);
  });

  it('has no trend with a single answer, and nothing at all without answers', () => {
    expect(voiceHistory([answer('2026-01-01', 3, null)]).comeBack.trend).toBeNull();
    expect(voiceHistory([]).refer).toEqual({ answers: [], latest: null, trend: null, previous: null });
  });

  it('says unchanged when the answer is the same as last time', () => {
    expect(voiceHistory([answer('2026-01-01', null, 8), answer('2026-02-01', null, 8)]).refer.trend).toBe('same');
  });
});

describe('referGroup', () => {
  it('splits 0–10 into the NPS groups', () => {
    expect([0, 6, 7, 8, 9, 10].map(referGroup)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
  });
});
