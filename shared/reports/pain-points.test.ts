import { describe, expect, it } from 'vitest';
import { painPoints, phrases, type ComplaintText } from './pain-points';

const c = (subject: string | null, notes: string | null = null, extra: Partial<ComplaintText> = {}): ComplaintText => ({ accountId: 1, subject, notes, person: null, open: true, ...extra });

describe('pain points', () => {
  it('splits text into runs of meaningful words at stop-words and punctuation', () => {
    expect(phrases('Escalation: wrong prices on the order form, again!')).toEqual([['wrong', 'prices'], ['order', 'form']]);
    expect(phrases('Complaint: INV-20431 duplicated (2nd time)')).toEqual([['duplicated'], ['2nd']]);
  });

  it('ranks themes by how many complaints mention them, counting each complaint once', () => {
    const themes = painPoints([
      c('Duplicate invoices again'),
      c('Duplicate invoices, duplicate invoices, duplicate invoices', null, { accountId: 2 }),
      c('Escalation: duplicate invoice', null, { accountId: 2, open: false }),
      c('Login problems after the update'),
      c('Login problems'),
      c('Slow support replies'),
    ]);
    expect(themes[0]).toEqual({ theme: 'duplicate invoices', complaints: 3, accounts: 2, open: 2 });
    expect(themes[1]).toEqual({ theme: 'login problems', complaints: 2, accounts: 1, open: 2 });
    expect(themes.map((t) => t.theme)).toEqual(['duplicate invoices', 'login problems', 'slow support replies']);
  });

  it('leaves out themes that only repeat complaints already counted, preferring the phrase that comes first', () => {
    const themes = painPoints([c('Wrong prices on the order form'), c('Unacceptable: wrong prices on the order form'), c('Reports timing out')]);
    expect(themes.map((t) => t.theme)).toEqual(['wrong prices', 'reports timing']);
  });

  it('reads the notes only when a complaint has no subject, and never counts the person’s name', () => {
    const themes = painPoints([
      c(null, 'Jana Nováková reported that the data export keeps failing.', { person: 'Jana Nováková' }),
      c(null, 'Jana called: data export failing again', { person: 'Jana Nováková' }),
      c('Billing overcharge', 'Jana says the data export fails too'),
    ]);
    expect(themes[0]).toMatchObject({ theme: 'data export', complaints: 2 });
    expect(themes.some((t) => /jana|nováková/i.test(t.theme))).toBe(false);
    expect(themes.map((t) => t.theme)).toContain('billing overcharge');
  });

  it('finds nothing in complaints without words, and caps the list', () => {
    expect(painPoints([c(null, null), c('!!!'), c('Complaint: again')])).toEqual([]);
    const many = Array.from({ length: 20 }, (_, i) => c(`Problem${String.fromCharCode(97 + i)}`));
    expect(painPoints(many, 5)).toHaveLength(5);
  });
});
