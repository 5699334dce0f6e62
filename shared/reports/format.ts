import { DAY_MS, dayStartMs } from '../dates';
import type { IsoDay } from '../domain';

/**
 * Numbers and dates as a report prints them. Reports are documents that leave
 * the machine, so they use one fixed locale (en-US numbers, day-month-year
 * dates) rather than whatever the machine producing them is set to. Account
 * value is a plain number in the store; like the console, reports show it in
 * US dollars.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0, minimumFractionDigits: 0 });
const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** "$120,000" */
export function formatMoney(value: number): string {
  return money.format(value);
}

/** "$1.2M", "$86k", "$950": for chart labels and tight cells. */
export function formatMoneyShort(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e6) return `$${trim(value / 1e6)}M`;
  if (abs >= 1e4) return `$${Math.round(value / 1e3)}k`;
  return money.format(value);
}

function trim(x: number): string {
  return (Math.round(x * 10) / 10).toString();
}

/** "12,345" */
export function formatCount(value: number): string {
  return count.format(value);
}

/** "1 account", "3 accounts" */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** "42%" from a share 0…1. */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "+7", "−12", "0": a score change, with a real minus sign. */
export function formatDelta(delta: number): string {
  const rounded = Math.round(delta);
  if (rounded > 0) return `+${rounded}`;
  if (rounded < 0) return `−${-rounded}`;
  return '0';
}

/** "24 Nov 2026" */
export function formatDay(day: IsoDay): string {
  const [y, m, d] = day.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** "24 Nov" (the year left out where the context gives it). */
export function formatDayShort(day: IsoDay): string {
  const [, m, d] = day.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m}`;
}

/** "1 Sep – 24 Nov 2026", "3 Dec 2025 – 2 Mar 2026", "24 Nov 2026". */
export function formatPeriod(from: IsoDay, to: IsoDay): string {
  if (from === to) return formatDay(to);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${sameYear ? formatDayShort(from) : formatDay(from)} – ${formatDay(to)}`;
}

/** Days from one calendar day to another (to − from), whole days. */
export function daysFrom(from: IsoDay, to: IsoDay): number {
  return Math.round((dayStartMs(to) - dayStartMs(from)) / DAY_MS);
}

/** "same day", "1 day", "12 days" for a length of time in days (fractions rounded up to whole days). */
export function formatDuration(days: number): string {
  if (days < 1) return 'same day';
  return plural(Math.ceil(days - 1e-9), 'day');
}

/** "4.5 days", "12 days": a median or average length of time. */
export function formatDays(days: number): string {
  if (days < 10) {
    const rounded = Math.round(days * 10) / 10;
    return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
  }
  return plural(Math.round(days), 'day');
}

/**
 * A file-name-safe stem from any text: ASCII letters, digits and dashes only
 * ("Zoë & Ørsted AB" → "zoe-orsted-ab"), never empty.
 */
export function fileStem(text: string, fallback: string): string {
  const stem = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[ßẞ]/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem || fallback;
}
