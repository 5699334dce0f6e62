import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectNewline } from './delimiter';

describe('line breaks', () => {
  it('are the ones records end with, not those inside quoted cells', () => {
    expect(detectNewline('a,b\nc,d\n')).toBe('\n');
    expect(detectNewline('a,b\r\nc,d\r\n')).toBe('\r\n');
    expect(detectNewline('a,"x\ny"\r\nc,d\r\n')).toBe('\r\n');
    expect(detectNewline('a,"x\r\ny"\nc,d\n')).toBe('\n');
    expect(detectNewline('a,b\rc,d\r')).toBe('\r');
    expect(detectNewline('a,b')).toBe('\n');
  });
});

const lines = (...rows: string[]) => rows.join('\n') + '\n';

describe('delimiters', () => {
  it('picks the one that splits records evenly', () => {
    expect(detectDelimiter(lines('Name,Email,Phone', 'Ana,a@x,1', 'Sam,s@x,2'), '\n', true)).toBe(',');
    expect(detectDelimiter(lines('Kunde;Umsatz', 'Müller;1,5', 'Weber;2,75', 'Koch;3'), '\n', true)).toBe(';');
    expect(detectDelimiter(lines('Name\tNotes', 'Ana\tsaid "yes, later"', 'Sam\tok'), '\n', true)).toBe('\t');
    expect(detectDelimiter(lines('a|b|c', 'd, e|f|g'), '\n', true)).toBe('|');
  });

  it('ignores delimiters inside quotes', () => {
    expect(detectDelimiter(lines('Name;Notes', 'Ana;"one, two, three"', 'Sam;"four, five"'), '\n', true)).toBe(';');
  });

  it('prefers more columns when several split evenly, and a few ragged rows do not decide', () => {
    expect(detectDelimiter(lines('a;b,c;d', 'e;f,g;h'), '\n', true)).toBe(';');
    const rows = ['id,name,notes,owner', ...Array.from({ length: 30 }, (_, i) => (i % 12 === 0 ? `${i},x` : `${i},n;m,o,p`))];
    expect(detectDelimiter(lines(...rows), '\n', true)).toBe(',');
  });

  it('falls back to a comma for a single column', () => {
    expect(detectDelimiter(lines('Name', 'Ana', 'Sam'), '\n', true)).toBe(',');
  });

  it('leaves out a last line cut off by the end of the sample', () => {
    expect(detectDelimiter('a;b\nc;d\ne;f\n"g;h;i;j', '\n', false)).toBe(';');
  });
});
