import type { ImportKind } from '../../shared/import/fields';
import type { DateFormat } from '../../shared/import/dates';
import { formatCount } from '../ui/format';

/** What a file holds, in the user's words. */
export const KIND_LABELS: Record<ImportKind, string> = { touchpoints: 'Contact log', accounts: 'Account list' };
export const KIND_HINTS: Record<ImportKind, string> = { touchpoints: 'Calls, emails, meetings, tickets', accounts: 'Customers, owners, value' };
/** What one row of each kind becomes. */
export const KIND_ROW: Record<ImportKind, { one: string; many: string }> = {
  touchpoints: { one: 'touchpoint', many: 'touchpoints' },
  accounts: { one: 'account', many: 'accounts' },
};

export const DATE_FORMAT_LABELS: Record<DateFormat, string> = {
  auto: 'Auto-detect',
  iso: 'ISO (2026-12-31)',
  dmy: 'Day first (31/12/2026)',
  mdy: 'Month first (12/31/2026)',
  ymd: 'Year first (2026/12/31)',
  excel: 'Excel serial number (46022)',
};

export type ReadEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export const ENCODING_LABELS: Record<ReadEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows (Western European)',
};

export const DELIMITER_LABELS: Record<string, string> = { ',': 'Comma', ';': 'Semicolon', '\t': 'Tab', '|': 'Vertical bar' };

export function delimiterLabel(delimiter: string): string {
  return DELIMITER_LABELS[delimiter] ?? `“${delimiter}”`;
}

export function encodingLabel(encoding: string): string {
  return ENCODING_LABELS[encoding as ReadEncoding] ?? encoding.toUpperCase();
}

/** Zones account managers' systems most often write in; the user's own zone is added when it is not among them. */
const COMMON_ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Amsterdam',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Toronto',
  'America/Sao_Paulo',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Australia/Sydney',
];

export function timeZoneChoices(current: string | undefined): string[] {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zones = [...COMMON_ZONES];
  for (const zone of [own, current]) if (zone && !zones.includes(zone)) zones.push(zone);
  return zones;
}

/** "Europe/New_York" → "Europe / New York", "UTC" → "UTC (no offset)". */
export function timeZoneLabel(zone: string): string {
  if (zone === 'UTC') return 'UTC (no offset)';
  return zone.replaceAll('_', ' ').replaceAll('/', ' / ');
}

/** "2.4 KB", "180 MB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatCount(bytes)} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toLocaleString(undefined, { maximumFractionDigits: value < 10 ? 1 : 0 })} ${units[unit]}`;
}

/** "about 3 min", "12 s" */
export function formatDuration(seconds: number): string {
  if (seconds < 1) return 'under a second';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${minutes} min`;
  return `about ${(seconds / 3600).toLocaleString(undefined, { maximumFractionDigits: 1 })} h`;
}

const when = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** An instant in the user's own time: "24 Nov 2026, 09:12". */
export function formatWhen(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : when.format(ms);
}
