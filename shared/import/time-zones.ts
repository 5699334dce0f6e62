import { DAY_MS } from '../dates';

/**
 * Wall-clock time in an IANA zone → UTC, with nothing but Intl.
 *
 * Asking Intl for an offset costs microseconds, far too much for a million
 * rows, but offsets change only a couple of times a year. So the answer is
 * cached per local calendar day: when the offset two days before and three
 * days after a day agree, every wall-clock time of that day has that offset
 * (the UTC span of a local day lies inside that window for any offset up to
 * ±24 h). Near a change, the change's instant is found once by bisection and
 * cached with the offsets either side, so those days need no Intl either.
 * (A zone changing twice within five days is read as changing once.)
 */
interface Transition {
  before: number;
  after: number;
  /** The first UTC instant with the `after` offset. */
  at: number;
}

interface Zone {
  name: string;
  /** Null for UTC: nothing to convert. */
  format: Intl.DateTimeFormat | null;
  /** Local day number → its offset in ms, or the change that falls near it. */
  days: Map<number, number | Transition>;
}

const zones = new Map<string, Zone>();
/** Beyond this many cached days a zone's cache starts over, so memory stays bounded. */
const MAX_CACHED_DAYS = 100_000;
/** Intl builds a formatter to say whether it knows a zone: answer each name once. */
const zoneNames = new Map<string, boolean>();

/**
 * True for a time zone Intl knows ("Europe/Berlin", "UTC").
 *
 * @example
 * isTimeZone('Europe/Berlin'); // true
 * isTimeZone('Mars/Olympus'); // false
 */
export function isTimeZone(name: string): boolean {
  if (name === '') return false;
  let known = zoneNames.get(name);
  if (known === undefined) {
    try {
      known = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone !== '';
    } catch {
      known = false;
    }
    // Names come from a short list (presets, the zone picker); a pasted oddity must not grow this forever.
    if (zoneNames.size < 1000) zoneNames.set(name, known);
  }
  return known;
}

/** The zone's converter, built once per zone name. Throws RangeError for an unknown zone. */
function zoneFor(name: string): Zone {
  let zone = zones.get(name);
  if (zone) return zone;
  const utc = name.toUpperCase() === 'UTC' || name === 'Etc/UTC' || name === 'GMT';
  zone = {
    name,
    format: utc
      ? null
      : new Intl.DateTimeFormat('en-US', {
          timeZone: name,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        }),
    days: new Map(),
  };
  zones.set(name, zone);
  return zone;
}

/**
 * The zone's offset from UTC at an instant, in ms (positive east of Greenwich).
 *
 * @example
 * zoneOffsetMs('Europe/Berlin', Date.UTC(2026, 6, 1)); // 7_200_000
 */
export function zoneOffsetMs(name: string, utcMs: number): number {
  return offsetAt(zoneFor(name), utcMs);
}

function offsetAt(zone: Zone, utcMs: number): number {
  if (zone.format === null) return 0;
  let y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  for (const part of zone.format.formatToParts(utcMs)) {
    switch (part.type) {
      case 'year': y = Number(part.value); break;
      case 'month': mo = Number(part.value); break;
      case 'day': d = Number(part.value); break;
      case 'hour': h = Number(part.value); break;
      case 'minute': mi = Number(part.value); break;
      case 'second': s = Number(part.value); break;
    }
  }
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  // Date.UTC maps years 0–99 to 1900–1999; set the year exactly.
  const wallFixed = y < 100 ? new Date(wall).setUTCFullYear(y) : wall;
  return wallFixed - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}

/**
 * Converts a wall-clock time (given as if it were UTC) in `zoneName` to the
 * real UTC instant. A time skipped by a spring-forward change moves forward by
 * the gap (02:30 → 03:30); a time that happens twice at a fall-back change
 * takes the first occurrence — the rules of JavaScript's Date and Temporal.
 *
 * @example
 * localToUtc(Date.UTC(2026, 6, 1, 9, 0), 'Europe/London'); // Date.UTC(2026, 6, 1, 8, 0)
 */
export function localToUtc(wallMs: number, zoneName: string): number {
  return zonedToUtc(zoneFor(zoneName), wallMs);
}

/** A converter bound to one zone, for the hot path: no lookups by name per row. */
export function createZoneConverter(zoneName: string): (wallMs: number) => number {
  const zone = zoneFor(zoneName);
  if (zone.format === null) return (wallMs) => wallMs;
  return (wallMs) => zonedToUtc(zone, wallMs);
}

function zonedToUtc(zone: Zone, wallMs: number): number {
  if (zone.format === null) return wallMs;
  const day = Math.floor(wallMs / DAY_MS);
  let known = zone.days.get(day);
  if (known === undefined) {
    known = offsetsAround(zone, day);
    if (zone.days.size >= MAX_CACHED_DAYS) zone.days.clear();
    zone.days.set(day, known);
  }
  if (typeof known === 'number') return wallMs - known;
  const first = wallMs - known.before;
  const second = wallMs - known.after;
  const firstFits = first < known.at;
  const secondFits = second >= known.at;
  if (firstFits && secondFits) return Math.min(first, second); // twice (fall-back): the first
  if (secondFits) return second;
  return first; // once before the change, or in the gap: the old offset carries it past the gap
}

function offsetsAround(zone: Zone, day: number): number | Transition {
  let low = day * DAY_MS - 2 * DAY_MS;
  let high = day * DAY_MS + 3 * DAY_MS;
  const before = offsetAt(zone, low);
  const after = offsetAt(zone, high);
  if (before === after) return before;
  // Changes happen on whole seconds: bisect to the first second with the new offset.
  while (high - low > 1000) {
    const middle = Math.floor((low + high) / 2000) * 1000;
    if (offsetAt(zone, middle) === before) low = middle;
    else high = middle;
  }
  return { before, after, at: high };
}
