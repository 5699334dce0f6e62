import { describe, expect, it } from 'vitest';
import { gapState, rhythmPicture } from './rhythm-model';

const contact = (day: string, gapDays: number | null) => ({ at: `${day}T10:00:00.000Z`, gapDays });

describe('gapState', () => {
  it('judges a gap against the cadence and twice the cadence', () => {
    expect(gapState(30, 30)).toBe('within');
    expect(gapState(31, 30)).toBe('late');
    expect(gapState(60, 30)).toBe('late');
    expect(gapState(61, 30)).toBe('far');
  });
});

describe('rhythmPicture', () => {
  const rhythm = [contact('2025-01-10', null), contact('2025-06-01', 142), contact('2026-01-05', 218), contact('2026-01-20', 15), contact('2026-03-01', 40)];

  it('draws one bar per contact in the window, then the silence still running', () => {
    const picture = rhythmPicture(rhythm, '2026-04-15', 30);
    expect(picture.bars).toEqual([
      { day: '2025-06-01', gapDays: 142, state: 'far', current: false },
      { day: '2026-01-05', gapDays: 218, state: 'far', current: false },
      { day: '2026-01-20', gapDays: 15, state: 'within', current: false },
      { day: '2026-03-01', gapDays: 40, state: 'late', current: false },
      { day: '2026-04-15', gapDays: 45, state: 'late', current: true },
    ]);
    expect(picture.earlier).toBe(1);
    expect(picture.lateGaps).toBe(4);
  });

  it('takes the median of the finished gaps as the typical one', () => {
    expect(rhythmPicture(rhythm, '2026-04-15', 30).typicalGapDays).toBe((40 + 142) / 2);
  });

  it('draws no running bar when we were in touch on the day itself', () => {
    const picture = rhythmPicture([contact('2026-04-01', null), contact('2026-04-15', 14)], '2026-04-15', 30);
    expect(picture.bars).toEqual([{ day: '2026-04-15', gapDays: 14, state: 'within', current: false }]);
  });

  it('ignores contacts after the page day and accepts them in any order', () => {
    const picture = rhythmPicture([contact('2026-04-20', 10), contact('2026-04-10', 9), contact('2026-04-01', null)], '2026-04-15', 14);
    expect(picture.bars.map((bar) => [bar.day, bar.gapDays, bar.current])).toEqual([
      ['2026-04-10', 9, false],
      ['2026-04-15', 5, true],
    ]);
  });

  it('is empty for an account we never contacted', () => {
    expect(rhythmPicture([], '2026-04-15', 30)).toMatchObject({ bars: [], typicalGapDays: null, lateGaps: 0, earlier: 0 });
  });
});
