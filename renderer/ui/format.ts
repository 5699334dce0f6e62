/**
 * Words and numbers as account managers read them. Tend stores account value
 * as a plain number; the contract carries no currency yet, so one constant
 * names it here.
 */
const CURRENCY = 'USD';

const money = new Intl.NumberFormat(undefined, { style: 'currency', currency: CURRENCY, maximumFractionDigits: 0, minimumFractionDigits: 0 });
const count = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** "$120,000" */
export function formatMoney(value: number): string {
  return money.format(value);
}

/** "12,345" */
export function formatCount(value: number): string {
  return count.format(value);
}

/** "1 account", "3 accounts" */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** "today", "1 day", "12 days", "never" */
export function formatDaysAgo(days: number | null): string {
  if (days === null) return 'never';
  if (days === 0) return 'today';
  return plural(days, 'day');
}
