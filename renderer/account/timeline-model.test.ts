import { describe, expect, it } from 'vitest';
import { eventEntry, touch, touchEntry } from './test-entries';
import { filterThreads, groupByMonth, SHOW_EVERYTHING, threadTimeline } from './timeline-model';

const complaint = touch(10, '2026-03-02T09:00:00.000Z', { channel: 'ticket', direction: 'inbound', complaintStatus: 'open', subject: 'Late delivery' });
const laterUpdate = touch(12, '2026-03-09T09:00:00.000Z', { channel: 'email', complaintId: 10 });
const firstUpdate = touch(11, '2026-03-04T09:00:00.000Z', { channel: 'call', complaintId: 10 });
const call = touch(20, '2026-04-01T10:00:00.000Z');
const inboundEmail = touch(21, '2026-02-15T10:00:00.000Z', { channel: 'email', direction: 'inbound' });
const orphanUpdate = touch(30, '2026-01-10T10:00:00.000Z', { channel: 'email', complaintId: 999 });
const entries = [call, laterUpdate, firstUpdate, complaint, inboundEmail, orphanUpdate].map(touchEntry);
entries.splice(1, 0, eventEntry(5, '2026-03-20T12:00:00.000Z'));

describe('threadTimeline', () => {
  it('puts updates under their complaint, oldest first, and keeps everything else newest first', () => {
    const threads = threadTimeline(entries);
    expect(threads.map((thread) => thread.key)).toEqual(['t20', 'e5', 't10', 't21', 't30']);
    expect(threads[2]?.updates.map((update) => update.id)).toEqual([11, 12]);
  });

  it('keeps an update whose complaint is gone on its own instead of losing it', () => {
    const threads = threadTimeline(entries);
    expect(threads.at(-1)?.entry.kind === 'touchpoint' && threads.at(-1)?.entry).toMatchObject({ touchpoint: { id: 30 } });
  });

  it('sorts by time whatever order the entries came in', () => {
    const shuffled = entries.toReversed();
    expect(threadTimeline(shuffled).map((thread) => thread.key)).toEqual(['t20', 'e5', 't10', 't21', 't30']);
  });
});

describe('filterThreads', () => {
  const threads = threadTimeline(entries);
  const keys = (filter: Parameters<typeof filterThreads>[1]) => filterThreads(threads, filter).map((thread) => thread.key);

  it('shows everything by default', () => {
    expect(keys(SHOW_EVERYTHING)).toHaveLength(5);
  });

  it('keeps a complaint when one of its updates matches the channel', () => {
    expect(keys({ ...SHOW_EVERYTHING, channel: 'email' })).toEqual(['t10', 't21', 't30']);
  });

  it('filters by direction, complaint threads included when an update matches', () => {
    expect(keys({ ...SHOW_EVERYTHING, direction: 'inbound' })).toEqual(['t10', 't21']);
    expect(keys({ ...SHOW_EVERYTHING, direction: 'outbound' })).toEqual(['t20', 't10', 't30']);
  });

  it('shows only complaints, and only account events, when asked', () => {
    expect(keys({ ...SHOW_EVERYTHING, complaintsOnly: true })).toEqual(['t10']);
    expect(keys({ ...SHOW_EVERYTHING, channel: 'events' })).toEqual(['e5']);
  });

  it('hides account events once a channel or direction is chosen', () => {
    expect(keys({ ...SHOW_EVERYTHING, channel: 'call' })).not.toContain('e5');
    expect(keys({ ...SHOW_EVERYTHING, direction: 'outbound' })).not.toContain('e5');
  });
});

describe('groupByMonth', () => {
  it('starts a new heading whenever the UTC month changes', () => {
    const months = groupByMonth(threadTimeline(entries));
    expect(months.map((month) => [month.month, month.threads.length])).toEqual([
      ['2026-04', 1],
      ['2026-03', 2],
      ['2026-02', 1],
      ['2026-01', 1],
    ]);
  });

  it('uses the UTC month for a touch late on the last evening of a month', () => {
    const late = touch(40, '2026-05-31T23:30:00.000Z');
    expect(groupByMonth(threadTimeline([touchEntry(late)]))[0]?.month).toBe('2026-05');
  });
});
