import { describe, expect, it } from 'vitest';
import { cellText, isDateFormat, numberText, serialToIso } from './xlsx-cells';

describe('cell text', () => {
  it('writes numbers as plain decimals with Excel’s 15 digits', () => {
    expect(numberText(1234.5)).toBe('1234.5');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(-42)).toBe('-42');
    expect(numberText(-0)).toBe('0');
    expect(numberText(1e21)).toBe('1000000000000000000000');
    expect(numberText(1.5e-7)).toBe('0.00000015');
    expect(numberText(-1.2345e-10)).toBe('-0.00000000012345');
    expect(numberText(4915112345678)).toBe('4915112345678');
    expect(numberText(123456789012345680000)).toBe('123456789012346000000');
    expect(numberText(Number.NaN)).toBe('');
  });

  it('writes dates as ISO 8601, keeping the wall-clock time and marking it UTC', () => {
    expect(cellText(new Date(Date.UTC(2026, 2, 4, 10, 30)))).toBe('2026-03-04T10:30:00.000Z');
    expect(serialToIso(46085.4375)).toBe('2026-03-04T10:30:00.000Z');
    expect(serialToIso(44623.4375, true)).toBe('2026-03-04T10:30:00.000Z');
    expect(cellText(46085.4375, true)).toBe('2026-03-04T10:30:00.000Z');
    expect(cellText(new Date(Number.NaN))).toBe('');
  });

  it('flattens rich text and hyperlinks, shows errors and booleans as Excel does', () => {
    expect(cellText({ richText: [{ text: 'Renewal ' }, { text: 'at risk', font: { bold: true } }] })).toBe('Renewal at risk');
    expect(cellText({ text: 'acme.example', hyperlink: 'https://acme.example' })).toBe('acme.example');
    expect(cellText({ text: { richText: [{ text: 'rich link' }] }, hyperlink: 'https://x.example' })).toBe('rich link');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(null)).toBe('');
  });

  it('gives a formula’s cached result, never the formula', () => {
    expect(cellText({ formula: 'SUM(A1:A3)', result: 7 })).toBe('7');
    expect(cellText({ sharedFormula: 'B2', result: 'done' })).toBe('done');
    expect(cellText({ formula: '', result: 46085.5 }, true)).toBe('2026-03-04T12:00:00.000Z');
    expect(cellText({ formula: 'NOW()' })).toBe('');
  });

  it('knows date formats from number formats', () => {
    for (const format of ['yyyy-mm-dd', 'dd/mm/yyyy hh:mm', '[$-409]d mmm', 'h:mm AM/PM', 'mm-dd-yy']) expect(isDateFormat(format)).toBe(true);
    for (const format of ['General', '0.00', '#,##0 "days"', '0%', '@', '[Red]0.00', undefined]) expect(isDateFormat(format)).toBe(false);
  });
});
