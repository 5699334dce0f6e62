import { describe, expect, it } from 'vitest';
import { contactRhythm } from './rhythm';

const ms = (iso: string) => Date.parse(iso);

describe('contact rhythm', () => {
  it('gives each contact the whole calendar days since the one before', () => {
    const points = contactRhythm([ms('2026-11-10T09:00Z'), ms('2026-11-03T23:00Z'), ms('2026-11-10T17:00Z'), ms('2026-12-01T08:00Z')], null);
    expect(points).toEqual([
      { at: '2026-11-03T23:00:00.000Z', gapDays: null },
      { at: '2026-11-10T09:00:00.000Z', gapDays: 7 },
      { at: '2026-11-10T17:00:00.000Z', gapDays: 0 },
      { at: '2026-12-01T08:00:00.000Z', gapDays: 21 },
    ]);
  });

  it('measures the first gap from the contact before the window', () => {
    expect(contactRhythm([ms('2026-11-10T09:00Z')], ms('2026-10-01T12:00Z'))).toEqual([{ at: '2026-11-10T09:00:00.000Z', gapDays: 40 }]);
    expect(contactRhythm([], ms('2026-10-01T12:00Z'))).toEqual([]);
  });
});
