import { describe, expect, it } from 'vitest';
import { daysFrom, fileStem, formatDay, formatDays, formatDelta, formatDuration, formatMoney, formatMoneyShort, formatPeriod, formatShare } from './format';

describe('report formatting', () => {
  it('writes days as day-month-year and periods without repeating the year', () => {
    expect(formatDay('2026-11-04')).toBe('4 Nov 2026');
    expect(formatPeriod('2026-09-01', '2026-11-24')).toBe('1 Sep – 24 Nov 2026');
    expect(formatPeriod('2025-12-03', '2026-03-02')).toBe('3 Dec 2025 – 2 Mar 2026');
    expect(formatPeriod('2026-11-24', '2026-11-24')).toBe('24 Nov 2026');
    expect(daysFrom('2026-10-25', '2026-11-24')).toBe(30);
  });

  it('writes money, shares and score changes the same on every machine', () => {
    expect(formatMoney(1234567)).toBe('$1,234,567');
    expect(formatMoneyShort(1_234_567)).toBe('$1.2M');
    expect(formatMoneyShort(86_400)).toBe('$86k');
    expect(formatMoneyShort(950)).toBe('$950');
    expect(formatShare(0.256)).toBe('26%');
    expect(formatDelta(7.4)).toBe('+7');
    expect(formatDelta(-12)).toBe('−12');
    expect(formatDelta(0.2)).toBe('0');
  });

  it('says how long something took in words', () => {
    expect(formatDuration(0.3)).toBe('same day');
    expect(formatDuration(1)).toBe('1 day');
    expect(formatDuration(3.2)).toBe('4 days');
    expect(formatDays(4.54)).toBe('4.5 days');
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(12.6)).toBe('13 days');
  });

  it('makes file names from any account name, never empty', () => {
    expect(fileStem('Zoë Łukasiewicz & Ørsted A/S', 'x')).toBe('zoe-lukasiewicz-orsted-a-s');
    expect(fileStem('Müller GmbH', 'x')).toBe('muller-gmbh');
    expect(fileStem('../../etc/passwd', 'x')).toBe('etc-passwd');
    expect(fileStem('Иванов', 'account-7')).toBe('account-7');
    expect(fileStem('=HYPERLINK("x")', 'x')).toBe('hyperlink-x');
  });
});
