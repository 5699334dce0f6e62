/**
 * Amounts as spreadsheets and CRMs write them: "$12,500.00", "12.500,00 €",
 * "CHF 12'500", "12 500 kr", "12k", "1.2M", "(300.00)".
 */

const CURRENCY_SYMBOLS = /[$€£¥₹₩₽₺₴₦₱฿₫₪¢]/g;
/** Ends with a word: a multiplier (k, M, bn) or a currency code (EUR, kr). */
const TRAILING_WORD = /\s*([a-z]+)\.?\s*$/;
const LEADING_WORD = /^\s*([a-z]+)\.?\s*/;
const GROUPING_SPACES = /[\s\u00a0\u202f'’]/g;
const NUMBER_CORE = /^[0-9.,]+$/;
const MULTIPLIERS = new Map([
  ['k', 1e3], ['thousand', 1e3],
  ['m', 1e6], ['mm', 1e6], ['mn', 1e6], ['mio', 1e6], ['million', 1e6],
  ['b', 1e9], ['bn', 1e9], ['billion', 1e9],
]);

/** A currency word is short (EUR, kr, US) — anything longer is not part of an amount. */
function isCurrencyWord(word: string): boolean {
  return word.length <= 3;
}

/**
 * The number in an amount of money, or null when the text is not one.
 *
 * One separator alone is read as thousands when exactly three digits follow
 * it and at most three come before ("12,500" and "1.500" are twelve thousand
 * five hundred and one thousand five hundred), else as the decimal point
 * ("12,50"). With both, the last one is the decimal point.
 *
 * @example
 * parseMoney('$12,500.00');  // 12500
 * parseMoney('12.500,00 €'); // 12500
 * parseMoney('12k');         // 12000
 * parseMoney('(300)');       // -300
 */
export function parseMoney(text: string): number | null {
  let s = text.trim().toLowerCase();
  if (s === '') return null;
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  }
  s = s.replace(CURRENCY_SYMBOLS, ' ').trim();
  if (s.startsWith('-') || s.startsWith('−')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.endsWith('-')) {
    negative = !negative;
    s = s.slice(0, -1);
  }
  let multiplier = 1;
  for (let words = 0; words < 2; words++) {
    const trailing = TRAILING_WORD.exec(s);
    if (!trailing) break;
    const word = trailing[1]!;
    const times = MULTIPLIERS.get(word);
    if (times !== undefined && multiplier === 1) multiplier = times;
    else if (!isCurrencyWord(word)) return null;
    s = s.slice(0, trailing.index);
  }
  const leading = LEADING_WORD.exec(s);
  if (leading) {
    if (!isCurrencyWord(leading[1]!)) return null;
    s = s.slice(leading[0].length);
  }
  if (s.startsWith('-') && !negative) {
    negative = true; // "EUR -12"
    s = s.slice(1);
  }
  s = s.replace(GROUPING_SPACES, '');
  if (!NUMBER_CORE.test(s) || s.charCodeAt(0) < 48 || s.charCodeAt(0) > 57) return null;
  const value = readDigits(s);
  if (value === null || Number.isNaN(value)) return null;
  const amount = Math.round(value * multiplier * 100) / 100;
  return negative ? -amount : amount;
}

function readDigits(s: string): number | null {
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot < 0 && lastComma < 0) return Number(s);
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    const [whole, fraction, extra] = s.split(decimal);
    if (extra !== undefined || fraction!.includes(grouping)) return null;
    return groupedNumber(whole!, grouping) + Number(`0.${fraction}`);
  }
  const separator = lastDot >= 0 ? '.' : ',';
  const parts = s.split(separator);
  if (parts.length > 2) return groupedNumber(s, separator);
  const [whole, fraction] = parts as [string, string];
  if (fraction.length === 3 && whole.length <= 3 && whole !== '0' && whole !== '') return Number(whole + fraction);
  return Number(`${whole || '0'}.${fraction || '0'}`);
}

/** "12,500,000" → 12500000; NaN when the groups are not threes. */
function groupedNumber(text: string, separator: string): number {
  const groups = text.split(separator);
  for (let i = 1; i < groups.length; i++) if (groups[i]!.length !== 3) return Number.NaN;
  if (groups[0]!.length === 0 || groups[0]!.length > 3) return Number.NaN;
  return Number(groups.join(''));
}
