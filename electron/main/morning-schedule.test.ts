import { describe, expect, it } from 'vitest';
import { decideMorning, instantOfLocalTime, localClock, MAX_WAIT_MS, parseTimeOfDay } from './morning-schedule';

const ON = { morningNotification: true, notificationTime: '08:30' };
const BERLIN = 'Europe/Berlin';
/** An instant given as Berlin wall-clock time in late November (UTC+1). */
const berlin = (day: string, time: string) => Date.parse(`${day}T${time}:00+01:00`);

describe('reading the clock', () => {
  it('parses HH:MM times of day and refuses anything else', () => {
    expect(parseTimeOfDay('08:30')).toBe(510);
    expect(parseTimeOfDay('00:00')).toBe(0);
    expect(parseTimeOfDay('23:59')).toBe(1439);
    for (const bad of ['8:30', '24:00', '08:60', '', '08:30:00']) expect(parseTimeOfDay(bad)).toBeNull();
  });

  it('gives the local day and time in the time zone asked for', () => {
    const instant = Date.parse('2026-11-24T07:30:00Z');
    expect(localClock(instant, 'Europe/Berlin')).toEqual({ day: '2026-11-24', minutes: 8 * 60 + 30 });
    expect(localClock(instant, 'America/Los_Angeles')).toEqual({ day: '2026-11-23', minutes: 23 * 60 + 30 });
    expect(localClock(instant, 'Asia/Kolkata')).toEqual({ day: '2026-11-24', minutes: 13 * 60 });
  });

  it('finds the instant a local time comes round, daylight-saving days included', () => {
    expect(instantOfLocalTime('2026-11-24', 510, BERLIN)).toBe(Date.parse('2026-11-24T07:30:00Z'));
    expect(instantOfLocalTime('2026-07-01', 510, BERLIN)).toBe(Date.parse('2026-07-01T06:30:00Z'));
    // New York springs forward from 02:00 to 03:00 on 8 March 2026: 02:30 never happens, 03:00 is when it would have.
    expect(instantOfLocalTime('2026-03-08', 150, 'America/New_York')).toBe(Date.parse('2026-03-08T07:00:00Z'));
    // …and falls back from 02:00 to 01:00 on 1 November 2026: 01:30 happens twice, the first one counts.
    expect(instantOfLocalTime('2026-11-01', 90, 'America/New_York')).toBe(Date.parse('2026-11-01T05:30:00Z'));
  });
});

describe('deciding when to show the morning notification', () => {
  it('shows nothing while it is turned off, or the time is unreadable, and keeps checking', () => {
    const now = berlin('2026-11-24', '09:00');
    for (const settings of [null, { ...ON, morningNotification: false }, { ...ON, notificationTime: 'soon' }]) {
      expect(decideMorning(settings, { now, lastCheck: null, lastShownDay: null, timeZone: BERLIN })).toEqual({ show: false, nextCheck: now + MAX_WAIT_MS });
    }
  });

  it('waits for the time when launched before it, then shows it when the time passes', () => {
    const launch = berlin('2026-11-24', '08:29');
    const first = decideMorning(ON, { now: launch, lastCheck: null, lastShownDay: null, timeZone: BERLIN });
    expect(first).toEqual({ show: false, nextCheck: berlin('2026-11-24', '08:30') });
    const atTime = decideMorning(ON, { now: first.nextCheck, lastCheck: launch, lastShownDay: null, timeZone: BERLIN });
    expect(atTime).toMatchObject({ show: true, day: '2026-11-24' });
  });

  it('never sleeps longer than the longest wait, so a changed time or a new zone is noticed', () => {
    const now = berlin('2026-11-24', '06:00');
    expect(decideMorning(ON, { now, lastCheck: null, lastShownDay: null, timeZone: BERLIN }).nextCheck).toBe(now + MAX_WAIT_MS);
  });

  it('shows it at launch when the app starts after the time and has not shown it today', () => {
    const now = berlin('2026-11-24', '11:15');
    expect(decideMorning(ON, { now, lastCheck: null, lastShownDay: '2026-11-23', timeZone: BERLIN })).toMatchObject({ show: true, day: '2026-11-24' });
    expect(decideMorning(ON, { now, lastCheck: null, lastShownDay: null, timeZone: BERLIN })).toMatchObject({ show: true, day: '2026-11-24' });
  });

  it('shows it once a day: not again after a restart, nor at the next check', () => {
    const now = berlin('2026-11-24', '11:15');
    expect(decideMorning(ON, { now, lastCheck: null, lastShownDay: '2026-11-24', timeZone: BERLIN }).show).toBe(false);
    expect(decideMorning(ON, { now, lastCheck: berlin('2026-11-24', '08:30'), lastShownDay: '2026-11-24', timeZone: BERLIN }).show).toBe(false);
    // The next morning it is due again.
    const tomorrow = berlin('2026-11-25', '08:30');
    expect(decideMorning(ON, { now: tomorrow, lastCheck: tomorrow - 60_000, lastShownDay: '2026-11-24', timeZone: BERLIN })).toMatchObject({ show: true, day: '2026-11-25' });
  });

  it('waits for tomorrow when turned on (or moved earlier) after today\'s time has passed', () => {
    const now = berlin('2026-11-24', '14:00');
    const decision = decideMorning(ON, { now, lastCheck: now - 60_000, lastShownDay: null, timeZone: BERLIN });
    expect(decision.show).toBe(false);
    expect(decision.nextCheck).toBe(now + MAX_WAIT_MS);
  });

  it('shows it on waking when the computer slept through the morning', () => {
    const wake = berlin('2026-11-24', '10:05');
    const decision = decideMorning(ON, { now: wake, lastCheck: berlin('2026-11-23', '23:10'), lastShownDay: '2026-11-23', timeZone: BERLIN });
    expect(decision).toMatchObject({ show: true, day: '2026-11-24' });
  });

  it('follows the local clock of the time zone: the same instant is morning in one place and night in another', () => {
    const instant = Date.parse('2026-11-24T23:45:00Z'); // 08:45 in Tokyo, 18:45 the day before in New York
    expect(decideMorning(ON, { now: instant, lastCheck: null, lastShownDay: null, timeZone: 'Asia/Tokyo' })).toMatchObject({ show: true, day: '2026-11-25' });
    expect(decideMorning(ON, { now: instant, lastCheck: instant - 60_000, lastShownDay: null, timeZone: 'America/New_York' }).show).toBe(false);
    // A traveller whose New York evening has shown Tuesday's notice still gets Wednesday's in Tokyo.
    expect(decideMorning(ON, { now: instant, lastCheck: null, lastShownDay: '2026-11-24', timeZone: 'Asia/Tokyo' }).show).toBe(true);
  });

  it("uses the computer's own time zone when none is given", () => {
    const saved = process.env.TZ;
    const instant = Date.parse('2026-11-24T23:45:00Z');
    try {
      // Shown on the 24th: in Tokyo it is already the 25th's morning, in New York still the 24th's evening.
      process.env.TZ = 'Asia/Tokyo';
      expect(localClock(instant)).toEqual({ day: '2026-11-25', minutes: 8 * 60 + 45 });
      expect(decideMorning(ON, { now: instant, lastCheck: null, lastShownDay: '2026-11-24' })).toMatchObject({ show: true, day: '2026-11-25' });
      process.env.TZ = 'America/New_York';
      expect(localClock(instant)).toEqual({ day: '2026-11-24', minutes: 18 * 60 + 45 });
      expect(decideMorning(ON, { now: instant, lastCheck: null, lastShownDay: '2026-11-24' }).show).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
