import { describe, expect, it } from 'vitest';
import { cleanText, excerpt, firstSentence, oneLine } from './text';

describe('text from notes', () => {
  it('drops control characters and bidirectional overrides but keeps line breaks and every script', () => {
    expect(cleanText('a\u0000b\u202Ec\u2066d\r\ne\rf\tg')).toBe('abcd\ne\nf g');
    expect(cleanText('Zoë Łukasiewicz — Ørsted — Иванов')).toBe('Zoë Łukasiewicz — Ørsted — Иванов');
  });

  it('cuts long text at a word with an ellipsis, on one line', () => {
    expect(oneLine('  two\n\nlines  ')).toBe('two lines');
    expect(excerpt('The quick brown fox jumps over the lazy dog', 20)).toBe('The quick brown fox…');
    expect(excerpt('short', 20)).toBe('short');
    expect(excerpt('x'.repeat(30), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('takes the first sentence for a one-line summary', () => {
    expect(firstSentence('Invoices doubled. They want a refund.')).toBe('Invoices doubled.');
    expect(firstSentence('No full stop here')).toBe('No full stop here');
  });
});
