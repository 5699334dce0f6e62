import { describe, expect, it } from 'vitest';
import { dropWindow, rankDrops, type ScorePair } from './drops';

const pair = (accountId: number, from: number, to: number, value = 1000, name = `Account ${accountId}`): ScorePair => ({
  accountId,
  name,
  owner: 'Ana',
  value,
  from: { day: '2026-11-17', score: from, band: 'healthy' },
  to: { day: '2026-11-24', score: to, band: 'watch' },
});

describe('biggest drops', () => {
  it('rank the biggest falls first and leave rises and flat scores out', () => {
    const drops = rankDrops([pair(1, 80, 70), pair(2, 90, 40), pair(3, 50, 60), pair(4, 60, 60), pair(5, 75, 50)], 10);
    expect(drops.map((d) => [d.accountId, d.delta])).toEqual([
      [2, -50],
      [5, -25],
      [1, -10],
    ]);
  });

  it('put the more valuable account first on equal falls, then the name, and stop at the limit', () => {
    const drops = rankDrops([pair(1, 80, 70, 500, 'Zeta'), pair(2, 80, 70, 9000, 'Beta'), pair(3, 80, 70, 500, 'Alpha')], 2);
    expect(drops.map((d) => d.accountId)).toEqual([2, 3]);
  });

  it('compare the day with the one `days` before, looking back at most a week further for weekly snapshots', () => {
    expect(dropWindow('2026-11-24', 7)).toEqual({ toOnOrBefore: '2026-11-24', fromOnOrBefore: '2026-11-17', fromNotBefore: '2026-11-10' });
    expect(dropWindow('2026-11-24', 30)).toEqual({ toOnOrBefore: '2026-11-24', fromOnOrBefore: '2026-10-25', fromNotBefore: '2026-09-25' });
  });
});
