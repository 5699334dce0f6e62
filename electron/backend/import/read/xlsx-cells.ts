/**
 * Turns the values exceljs reads from a sheet into the text a CSV export of
 * the same sheet would hold, so the rest of the import treats both alike.
 */

const MS_PER_DAY = 86_400_000;
/** 1899-12-30, day 0 of Excel's (1900) date system, in Unix milliseconds. */
const EPOCH_1900 = -2_209_161_600_000;
/** 1904-01-01, day 0 of the 1904 date system (old Mac workbooks). */
const EPOCH_1904 = -2_082_844_800_000;

/**
 * Text for one cell value.
 * - dates: ISO 8601 in UTC. Excel dates have no zone, so the wall-clock time
 *   is kept and marked Z: 4 March 2026 10:30 → `2026-03-04T10:30:00.000Z`.
 * - numbers: plain decimal text, 15 significant digits as Excel shows them, no exponent.
 * - rich text: its runs joined; hyperlinks: their text; errors: as shown (`#N/A`).
 * - formulas: their cached result, never the formula; none cached → ''.
 *
 * `dateFormatted`: the cell's number format is a date format (numbers that
 * exceljs did not turn into dates itself, i.e. formula results).
 */
export function cellText(value: unknown, dateFormatted = false, date1904 = false): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return dateFormatted ? serialToIso(value, date1904) : numberText(value);
    case 'boolean':
      return value ? 'TRUE' : 'FALSE';
    case 'object':
      return objectText(value, dateFormatted, date1904);
    default:
      return '';
  }
}

function objectText(value: object | null, dateFormatted: boolean, date1904: boolean): string {
  if (value === null) return '';
  if (value instanceof Date) return isoText(value);
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return richText(v.richText);
  if ('formula' in v || 'sharedFormula' in v || 'result' in v) return cellText(v.result, dateFormatted, date1904);
  if ('text' in v) return cellText(v.text, dateFormatted, date1904); // hyperlink
  if (typeof v.error === 'string') return v.error;
  return '';
}

function richText(runs: unknown[]): string {
  let text = '';
  for (const run of runs) {
    const part = (run as { text?: unknown } | null)?.text;
    if (typeof part === 'string') text += part;
  }
  return text;
}

function isoText(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** A date serial (days since Excel's epoch, the fraction the time of day) as ISO text. */
export function serialToIso(serial: number, date1904 = false): string {
  if (!Number.isFinite(serial)) return '';
  return isoText(new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(serial * MS_PER_DAY)));
}

/**
 * A number as plain decimal text: `1234567.5`, `0.0000015`, `-42`. Excel
 * keeps 15 significant digits, so 0.1 + 0.2 comes out as `0.3`.
 *
 * @example numberText(1e21) // '1000000000000000000000'
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Object.is(n, -0)) return '0';
  if (Number.isSafeInteger(n)) return String(n);
  return plainDecimal(String(Number(n.toPrecision(15))));
}

/** Writes out a JavaScript number's exponent form (`1.5e-7`) as digits. */
function plainDecimal(text: string): string {
  const e = text.indexOf('e');
  if (e === -1) return text;
  const sign = text.startsWith('-') ? '-' : '';
  const mantissa = text.slice(sign.length, e);
  const exponent = Number(text.slice(e + 1));
  const point = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const intLength = (point === -1 ? mantissa.length : point) + exponent;
  if (intLength <= 0) return `${sign}0.${'0'.repeat(-intLength)}${digits}`;
  if (intLength >= digits.length) return sign + digits + '0'.repeat(intLength - digits.length);
  return `${sign}${digits.slice(0, intLength)}.${digits.slice(intLength)}`;
}

/**
 * A number format that shows a date or time (`yyyy-mm-dd`, `[$-409]d mmm`,
 * `h:mm`), as opposed to `0.00`, `#,##0 "days"` or `General`: exceljs's
 * rule — quoted text and [bracketed] parts removed, then any of y m d h s.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}
