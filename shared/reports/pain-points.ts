/**
 * The month's pain points: the themes customers complain about most, from the
 * words of the complaints themselves (Tend keeps no complaint categories).
 * A complaint's subject is the problem in a few words, so it is read when
 * there is one; the notes only when there is not (phone logs often have no
 * subject). Phrases are runs of meaningful words between stop-words and
 * punctuation ("duplicate invoices", "login problems"), and every shorter run
 * inside one counts too, so "invoice duplicated" and "duplicate invoice" still
 * meet on "invoice", and "data export failing" on "data export".
 * Each theme counts a complaint once, however often it repeats the words.
 */

export interface ComplaintText {
  accountId: number;
  subject: string | null;
  notes: string | null;
  /** The customer's person on the complaint: their name is not a theme. */
  person: string | null;
  open: boolean;
}

export interface PainPoint {
  /** The words as customers most often wrote them. */
  theme: string;
  complaints: number;
  accounts: number;
  /** Of those complaints, how many are still open. */
  open: number;
}

/** Words that say nothing about what went wrong: grammar, and the vocabulary every complaint shares. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can could ' +
    'did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself ' +
    'just me more most my no nor not now of off on once only or other our ours out over own same she should so some such than that the their ' +
    'theirs them then there these they this those through to too under until up very was we were what when where which while who whom why ' +
    'will with would you your yours yet still even ever every already since per via etc ' +
    "isn't aren't wasn't weren't don't doesn't didn't can't cannot couldn't won't wouldn't shouldn't haven't hasn't hadn't it's i'm we're they're " +
    // the vocabulary of complaining itself
    'complaint complaints complained complaining complain escalation escalated escalate unacceptable urgent asap issue issues ' +
    're fw fwd reported raised raise says said asked asks wrote writes called calls call back told tells ' +
    'customer customers client clients team today yesterday week weeks month months quarter time times second third first ' +
    'please thanks thank regarding request requested follow followed following up get got getting keep keeps kept ' +
    'hi hello dear mr mrs ms dr new old one two'
  ).split(/\s+/),
);

const FRAGMENT_BREAK = /[.,;:!?()[\]{}"“”„«»|/\\<>=+*#&@%^~`_–—…]+|\s-\s/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const MAX_PHRASE_WORDS = 4;

/**
 * The most frequent complaint themes, at most `limit`: most complaints first;
 * on a tie longer phrases, then the phrase that comes first in its complaints
 * (the head of "wrong prices on the order form"), then alphabetical. A theme
 * found almost only in complaints an earlier theme already counts is left
 * out, so "duplicate invoices" is not followed by "invoices", nor "wrong
 * prices" by "order form".
 *
 * @example
 * painPoints([{ accountId: 1, subject: 'Duplicate invoices again', notes: null, person: null, open: true }]);
 * // [{ theme: 'duplicate invoices', complaints: 1, accounts: 1, open: 1 }]
 */
export function painPoints(complaints: readonly ComplaintText[], limit = 8): PainPoint[] {
  const themes = new Map<string, { forms: Map<string, number>; complaints: Set<number>; accounts: Set<number>; open: number; words: number; position: number }>();
  complaints.forEach((complaint, index) => {
    const text = complaint.subject?.trim() ? complaint.subject : (complaint.notes ?? '');
    const own = new Set(tokens(complaint.person ?? '').map(keyOf));
    const seen = new Set<string>();
    phrases(text, own).forEach((phrase, position) => {
      for (const words of subPhrases(phrase)) {
        const key = words.map(keyOf).join(' ');
        const form = words.join(' ');
        const theme = themes.get(key) ?? { forms: new Map(), complaints: new Set<number>(), accounts: new Set<number>(), open: 0, words: words.length, position: 0 };
        theme.forms.set(form, (theme.forms.get(form) ?? 0) + 1);
        if (!seen.has(key)) {
          seen.add(key);
          theme.complaints.add(index);
          theme.position += position;
          theme.accounts.add(complaint.accountId);
          if (complaint.open) theme.open++;
        }
        themes.set(key, theme);
      }
    });
  });
  const ranked = [...themes.entries()].sort(
    ([ka, a], [kb, b]) =>
      b.complaints.size - a.complaints.size || b.words - a.words || a.position / a.complaints.size - b.position / b.complaints.size || ka.localeCompare(kb),
  );
  const picked: Set<number>[] = [];
  const result: PainPoint[] = [];
  for (const [, theme] of ranked) {
    if (result.length >= limit) break;
    if (picked.some((earlier) => covered(theme.complaints, earlier))) continue;
    picked.push(theme.complaints);
    result.push({ theme: mostCommonForm(theme.forms), complaints: theme.complaints.size, accounts: theme.accounts.size, open: theme.open });
  }
  return result;
}

/** Every run of consecutive words in a phrase: "data export failing" also counts as "data export", "export" and so on. */
function subPhrases(phrase: string[]): string[][] {
  const out: string[][] = [];
  for (let length = phrase.length; length >= 1; length--) {
    for (let start = 0; start + length <= phrase.length; start++) out.push(phrase.slice(start, start + length));
  }
  return out;
}

/** A theme whose complaints are nearly all (80%) among an earlier theme's says nothing new: "order form" after "wrong prices". */
function covered(complaints: ReadonlySet<number>, earlier: ReadonlySet<number>): boolean {
  let shared = 0;
  for (const c of complaints) if (earlier.has(c)) shared++;
  return shared >= 0.8 * complaints.size;
}

/** Runs of meaningful words, lower-cased, split at punctuation and stop-words. */
export function phrases(text: string, exclude: ReadonlySet<string> = new Set()): string[][] {
  const out: string[][] = [];
  for (const fragment of text.toLowerCase().split(FRAGMENT_BREAK)) {
    let run: string[] = [];
    const flush = () => {
      if (run.length) out.push(run.slice(0, MAX_PHRASE_WORDS));
      run = [];
    };
    for (const word of tokens(fragment)) {
      if (meaningful(word) && !exclude.has(keyOf(word))) run.push(word);
      else flush();
    }
    flush();
  }
  return out;
}

function tokens(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/[’]/g, "'").replace(/['-]+$/, ''));
}

function meaningful(word: string): boolean {
  return word.length >= 2 && !STOP_WORDS.has(word) && !/^[\p{N}'-]+$/u.test(word) && !/^inv-?\d/.test(word);
}

/** Singular and plural count as one ("invoices" → "invoice"); the rest stays as written. */
function keyOf(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

function mostCommonForm(forms: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [form, count] of forms) {
    if (count > bestCount || (count === bestCount && form < best)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}
