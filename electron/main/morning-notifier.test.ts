import { describe, expect, it } from 'vitest';
import type { ApiArgs, TodayList, TodayRow } from '../../shared/contract';
import type { Preferences } from '../../shared/api/settings';
import { fail, ok, type Result } from '../../shared/result';
import { MorningNotifier, morningMessage, type MorningMessage } from './morning-notifier';

const BERLIN = 'Europe/Berlin';
const at = (day: string, time: string) => Date.parse(`${day}T${time}:00+01:00`);

function row(name: string, reached = false, reason = 'No outbound contact for 55 days'): TodayRow {
  return {
    accountId: name.length,
    externalId: `ACC-${name.length}`,
    name,
    owner: 'Maya Patel',
    tier: 'Strategic',
    value: 100_000,
    score: 13,
    band: 'neglected',
    priority: 1,
    daysSinceContact: 55,
    openComplaints: 0,
    oldestOpenComplaintDays: null,
    complaintSilenceDays: null,
    reasons: [{ factor: 'recency', text: reason, impact: -60 }],
    reviewed: reached,
    touchedToday: false,
    intro: null,
  } as TodayRow;
}

function list(total: number, reached: number, rows: TodayRow[]): TodayList {
  return { asOf: '2026-11-24', owner: 'Maya Patel', owners: ['Maya Patel'], rows, total, reached, snoozed: 0, considered: total };
}

/** A fake backend, clock and timer: time moves only when the test says so. */
function harness(options: { preferences?: Result<Preferences>; list?: () => Result<TodayList>; now: number; lastShown?: string | null }) {
  const shown: MorningMessage[] = [];
  const listCalls: ApiArgs<'today.list'>[] = [];
  const clock = { now: options.now };
  let timer: { run: () => void; ms: number } | null = null;
  let lastShown = options.lastShown ?? null;
  const preferences: Result<Preferences> = options.preferences ?? ok({ me: 'Maya Patel', theme: 'system', morningNotification: true, notificationTime: '08:30' });
  const notifier = new MorningNotifier({
    api: {
      'preferences.get': async () => preferences,
      'today.list': async (args) => {
        listCalls.push(args);
        return options.list ? options.list() : ok(list(7, 2, [row('Vantage Software'), row('Pinestone Bakeries')]));
      },
    },
    show: (message) => shown.push(message),
    lastShown: { read: () => lastShown, write: (day) => (lastShown = day) },
    now: () => clock.now,
    timeZone: BERLIN,
    setTimer: (run, ms) => (timer = { run, ms }),
    clearTimer: () => (timer = null),
  });
  return {
    notifier,
    shown,
    listCalls,
    lastShown: () => lastShown,
    timer: () => timer,
    /** Moves the clock to when the pending timer is due and runs it. */
    async fireTimer() {
      const pending = timer;
      if (!pending) throw new Error('no timer pending');
      clock.now += pending.ms;
      timer = null;
      pending.run();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the morning notification', () => {
  it('at a launch after the time, says how many of my customers are waiting and who comes first', async () => {
    const h = harness({ now: at('2026-11-24', '09:10') });
    await h.notifier.check();
    expect(h.shown).toEqual([
      { title: '5 customers need you today', body: "First: Vantage Software — No outbound contact for 55 days. Click to open today's list." },
    ]);
    // Today's list for "me", on the UTC day the console shows.
    expect(h.listCalls).toEqual([{ asOf: '2026-11-24', owner: 'Maya Patel', limit: 1 }]);
    expect(h.lastShown()).toBe('2026-11-24');
    expect(h.timer()).not.toBeNull();
  });

  it('shows nothing again the same day, after a restart or at later checks', async () => {
    const h = harness({ now: at('2026-11-24', '09:10'), lastShown: '2026-11-24' });
    await h.notifier.check();
    await h.fireTimer();
    await h.fireTimer();
    expect(h.shown).toEqual([]);
    expect(h.listCalls).toEqual([]);
  });

  it('started before the time, sleeps until the time and then shows it', async () => {
    const h = harness({ now: at('2026-11-24', '08:28') });
    await h.notifier.check();
    expect(h.shown).toEqual([]);
    await h.fireTimer(); // 08:30, the moment it is due
    expect(h.shown.map((message) => message.title)).toEqual(['5 customers need you today']);
  });

  it('never asks for the list while turned off, nor while the backend cannot say', async () => {
    const off = harness({ now: at('2026-11-24', '09:10'), preferences: ok({ me: null, theme: 'dark', morningNotification: false, notificationTime: '08:30' }) });
    await off.notifier.check();
    const unknown = harness({ now: at('2026-11-24', '09:10'), preferences: fail('internal', 'Not built yet.') });
    await unknown.notifier.check();
    for (const h of [off, unknown]) {
      expect(h.shown).toEqual([]);
      expect(h.listCalls).toEqual([]);
      expect(h.timer()).not.toBeNull();
    }
  });

  it('tries again at the next check when the list could not be read, and then shows it', async () => {
    let failures = 1;
    const h = harness({
      now: at('2026-11-24', '08:30'),
      list: () => (failures-- > 0 ? fail('internal', 'The backend stopped.') : ok(list(1, 0, [row('Oakridge Analytics')]))),
    });
    await h.notifier.check();
    expect(h.shown).toEqual([]);
    expect(h.lastShown()).toBeNull();
    await h.fireTimer();
    expect(h.shown.map((message) => message.title)).toEqual(['1 customer needs you today']);
  });

  it('stays quiet on a morning when nobody is waiting, and does not ask again that day', async () => {
    const h = harness({ now: at('2026-11-24', '09:00'), list: () => ok(list(3, 3, [row('Lumen Dental', true)])) });
    await h.notifier.check();
    await h.fireTimer();
    expect(h.shown).toEqual([]);
    expect(h.listCalls).toHaveLength(1);
    expect(h.lastShown()).toBe('2026-11-24');
  });

  it('plans nothing more once stopped', async () => {
    const h = harness({ now: at('2026-11-24', '07:00') });
    await h.notifier.check();
    h.notifier.stop();
    expect(h.timer()).toBeNull();
    await h.notifier.check();
    await settle();
    expect(h.timer()).toBeNull();
  });

  it('words the message for one customer, and without a reason when none is given', () => {
    expect(morningMessage(list(1, 0, [row('Kestrel Freight', false, '')]))).toEqual({
      title: '1 customer needs you today',
      body: "First: Kestrel Freight. Click to open today's list.",
    });
    expect(morningMessage(list(1_204, 4, [row('Kestrel Freight')]))?.title).toBe('1,200 customers need you today');
    expect(morningMessage(list(0, 0, []))).toBeNull();
  });
});
