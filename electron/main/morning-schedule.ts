/**
 * When the morning notification is due. Pure: the clock, the time zone and
 * what was shown before are all arguments, so every case (late launch, a
 * laptop asleep through the morning, daylight-saving days, time zones) is
 * tested without waiting for a morning.
 *
 * The notification time is a reading of the user's own wall clock ("08:30"
 * where they are), so days here are local calendar days, unlike the UTC days
 * Tend's lists are computed for.
 */

/** What the notification needs from the user's preferences. */
export interface MorningSettings {
  morningNotification: boolean;
  /** Local time of day, "HH:MM". */
  notificationTime: string;
}

export interface MorningState {
  /** The instant of this check (epoch ms). */
  now: number;
  /** The previous check, or null for the first one since the app started. */
  lastCheck: number | null;
  /** The local day ('YYYY-MM-DD') the notification was last shown, if ever. */
  lastShownDay: string | null;
  /** An IANA time zone; the computer's own when absent. */
  timeZone?: string;
}

export type MorningDecision =
  /** Show it now, and remember `day` as shown. */
  | { show: true; day: string; nextCheck: number }
  | { show: false; nextCheck: number };

/**
 * How long the app sleeps at most between checks: picks up a time changed in
 * Settings, a laptop waking up, or a new time zone, within two minutes.
 */
export const MAX_WAIT_MS = 2 * 60_000;
const MIN_WAIT_MS = 1_000;

/** "08:30" → 510 minutes after midnight; null for anything else. */
export function parseTimeOfDay(text: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** The wall clock at an instant in a time zone: the local day and the minutes since its midnight. */
export function localClock(ms: number, timeZone?: string): { day: string; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(ms)
      .map((part) => [part.type, part.value]),
  );
  return { day: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms (to the minute). */
function offsetAt(ms: number, timeZone?: string): number {
  const { day, minutes } = localClock(ms, timeZone);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const wallAsUtc = Date.UTC(year, month - 1, date, 0, minutes);
  return wallAsUtc - Math.floor(ms / 60_000) * 60_000;
}

/**
 * The instant a local day's wall clock reads `minutes` after midnight. On the
 * day clocks spring forward past that time, the first instant after the gap;
 * on the day they fall back through it, the first of the two.
 */
export function instantOfLocalTime(day: string, minutes: number, timeZone?: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const wallAsUtc = Date.UTC(year, month - 1, date, 0, minutes);
  // Two rounds settle the offset, daylight-saving changes included.
  const first = wallAsUtc - offsetAt(wallAsUtc, timeZone);
  const candidates = [first, wallAsUtc - offsetAt(first, timeZone)];
  const reads = (ms: number) => {
    const clock = localClock(ms, timeZone);
    return clock.day === day && clock.minutes === minutes;
  };
  const exact = candidates.filter(reads).sort((a, b) => a - b)[0];
  if (exact !== undefined) return exact;
  // The time does not exist that day (the clocks jumped over it): the moment they jumped.
  let at = Math.min(...candidates);
  while (localClock(at, timeZone).minutes < minutes && localClock(at, timeZone).day === day) at += 60_000;
  return at;
}

/** The local calendar day after `day`. */
function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/**
 * Whether to show the morning notification now, and when to look again.
 *
 * It is shown once a local day: when the notification time passes while the
 * app runs (or while the computer sleeps between two checks), or at launch
 * when the app starts after that time and has not shown it today. Turning it
 * on, or moving the time earlier, after today's time has passed waits for
 * tomorrow rather than interrupting at once.
 *
 * @example
 * decideMorning({ morningNotification: true, notificationTime: '08:30' }, { now, lastCheck: null, lastShownDay: null })
 * // → { show: true, day: '2026-11-24', nextCheck: … } when launched at 09:10
 */
export function decideMorning(settings: MorningSettings | null, state: MorningState): MorningDecision {
  const { now, lastCheck, lastShownDay, timeZone } = state;
  const time = settings?.morningNotification ? parseTimeOfDay(settings.notificationTime) : null;
  if (time === null) return { show: false, nextCheck: now + MAX_WAIT_MS };

  const today = localClock(now, timeZone).day;
  const dueToday = instantOfLocalTime(today, time, timeZone);
  const nextDue = dueToday > now ? dueToday : instantOfLocalTime(nextDay(today), time, timeZone);
  const nextCheck = now + Math.min(MAX_WAIT_MS, Math.max(MIN_WAIT_MS, nextDue - now));

  const passed = now >= dueToday && (lastCheck === null || lastCheck < dueToday);
  if (passed && lastShownDay !== today) return { show: true, day: today, nextCheck };
  return { show: false, nextCheck };
}
