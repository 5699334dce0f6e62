import * as fc from 'fast-check';
import Sentiment from 'sentiment';
import { describe, expect, it } from 'vitest';
import { afinnScore } from './afinn-score';

const analyser = new Sentiment();
const reference = (text: string) => {
  const result = analyser.analyze(text);
  return { score: result.score, tokens: result.tokens.length, words: result.words.length };
};

/**
 * Words and characters that exercise the tokenizer's rules: lexicon words,
 * negators, separators, single and repeated white space of every kind,
 * accents, emoji. ("constructor" and "__proto__" are left out: the package
 * looks negators up on a plain object, so those two negate by accident.)
 */
const PIECES = [
  'good', 'bad', 'happy', 'angry', 'not', "don't", 'dont', 'cant', 'love', 'hate', 'outage', 'thanks', 'Great', 'TERRIBLE',
  'invoice', 'renewal', 'søren', 'Zoë', '😀', '😡', 'ok', 'a', '', ' ', '  ', '\t', '\t\t', '\n', '\r\n', '\u00a0', '\u2003',
  '.', ',', '!', '?', '"', "'", '(', ')', '#', '-', '/', ':', ';', '_', '~', '%', '$', '=', '*', '&', '^', '`', '{', '}',
];

describe('afinnScore', () => {
  it('scores like the sentiment package on random text built from tricky pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(afinnScore(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('scores like the sentiment package on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        fc.pre(!/constructor|__proto__/i.test(text));
        expect(afinnScore(text)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('turns a word round after a negator and counts every token', () => {
    expect(afinnScore("Not happy, they don't like it")).toEqual(reference("Not happy, they don't like it"));
    expect(afinnScore('Not happy').score).toBe(-3);
    expect(afinnScore('')).toEqual({ score: 0, tokens: 1, words: 0 });
    expect(afinnScore('good\tbad')).toEqual({ score: 0, tokens: 1, words: 0 });
    expect(afinnScore('good\t\tbad')).toEqual({ score: 0, tokens: 2, words: 2 });
  });
});

describe('inferSentiment', () => {
  it('maps the comparative score onto −1…1 and says nothing for text without opinion words', async () => {
    const { inferSentiment } = await import('./sentiment-inference');
    expect(inferSentiment('Angry about the outage, threatened to cancel')).toBe(-0.76);
    expect(inferSentiment('Great call, they love the new dashboard')).toBeGreaterThan(0);
    expect(inferSentiment('Sent the quote')).toBeNull();
    expect(inferSentiment(null)).toBeNull();
  });
});
