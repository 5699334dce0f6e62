import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The `sentiment` package's English lexicon — AFINN-165 plus its emoji
 * ratings, merged in the order the package merges them — and its negators.
 */
const LEXICON = new Map<string, number>(
  Object.entries({
    ...(require('sentiment/languages/en/labels.json') as Record<string, number>),
    ...(require('sentiment/build/emoji.json') as Record<string, number>),
  }),
);
const NEGATORS = new Set(Object.keys(require('sentiment/languages/en/negators.json') as Record<string, number>));

/** What the package's `analyze` would say about a text, without the arrays it builds. */
export interface AfinnScore {
  /** Sum of the matched words' ratings, a word after a negator counting the other way. */
  score: number;
  /** How many tokens the text has (the denominator of the package's `comparative`). */
  tokens: number;
  /** How many of them are in the lexicon. */
  words: number;
}

/** How the package's tokenizer treats an ASCII character: a word character, a space, or other white space. */
const WORD = 0;
/** A space, or what the tokenizer turns into one: /[.,\/#!?$%\^&\*;:{}=_`\"~()]/ and the line feed. */
const SPACE = 1;
/** Other white space (tab, carriage return…): collapsed when two or more in a row, kept inside a token when alone. */
const OTHER_SPACE = 2;
const ASCII = new Uint8Array(128);
for (const c of '.,/#!?$%^&*;:{}=_`"~() \n') ASCII[c.charCodeAt(0)] = SPACE;
for (const c of '\t\v\f\r') ASCII[c.charCodeAt(0)] = OTHER_SPACE;

function classOf(c: number): number {
  return c < 128 ? ASCII[c]! : isSpace(c) ? OTHER_SPACE : WORD;
}

/** JavaScript's `\s`, which decides where the package's tokenizer collapses runs of white space. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Scores a text exactly as `new Sentiment().analyze(text)` from the
 * `sentiment` package does (its tests compare the two on random text), at
 * a fraction of the cost: one pass over the characters, no regular
 * expressions and no per-word objects. Measured here: about 2.9 µs a note
 * through the package, which was a fifth of a big import's time.
 *
 * The package lower-cases the text, turns separators into spaces, collapses
 * every run of two or more white-space characters into one space, trims, and
 * splits on single spaces: so a lone tab stays inside a token, and an empty
 * text is one empty token. This follows the same rules.
 *
 * @example
 * afinnScore("Not happy, they don't like it"); // { score: -5, tokens: 6, words: 2 }
 */
export function afinnScore(text: string): AfinnScore {
  const lower = text.toLowerCase();
  const n = lower.length;
  let score = 0;
  let tokens = 0;
  let words = 0;
  let previous: string | null = null;
  // Trim: white space (after separators became spaces) at either end is dropped.
  let start = 0;
  while (start < n && blank(lower.charCodeAt(start))) start++;
  let end = n;
  while (end > start && blank(lower.charCodeAt(end - 1))) end--;
  let tokenStart = start;
  let i = start;
  while (i < end) {
    const c = lower.charCodeAt(i);
    if (!blank(c)) {
      i++;
      continue;
    }
    // A run of white space: one space ends a token, and so does any run of two or more.
    let runEnd = i + 1;
    while (runEnd < end && blank(lower.charCodeAt(runEnd))) runEnd++;
    if (runEnd - i === 1 && classOf(c) === OTHER_SPACE) {
      // A single tab, carriage return or other space that is not ' ' stays inside the token.
      i = runEnd;
      continue;
    }
    const token = lower.slice(tokenStart, i);
    const rating = ratingOf(token, previous);
    if (rating !== null) {
      score += rating;
      words++;
    }
    previous = token;
    tokens++;
    tokenStart = runEnd;
    i = runEnd;
  }
  const rating = ratingOf(lower.slice(tokenStart, end), previous);
  if (rating !== null) {
    score += rating;
    words++;
  }
  tokens++;
  return { score, tokens, words };
}

/** A character that is white space once separators are spaces. */
function blank(c: number): boolean {
  return classOf(c) !== WORD;
}

/** The token's rating, turned round after a negator ("not good"); null when the lexicon does not have it. */
function ratingOf(token: string, previous: string | null): number | null {
  const rating = LEXICON.get(token);
  if (rating === undefined) return null;
  return previous !== null && NEGATORS.has(previous) ? -rating : rating;
}
