import { profileColumns } from './column-profile';
import type { ColumnProfile, ProfileShape } from './column-profile';
import { detectDateFormat } from './dates';
import { fieldsOf, headerKey } from './fields';
import type { ImportKind, Mapping, SentimentScale, TendField } from './fields';
import { matchHeader } from './synonyms';

/**
 * Guesses what a file is and which column means what: header synonyms first,
 * then the values themselves. The user confirms or corrects the guess on the
 * mapping screen, so a guess is worth making whenever it is more likely right
 * than wrong — but a column is never mapped against its own values (a "Date"
 * column full of names stays unmapped).
 */

type Rows = readonly (readonly string[])[];

/** The values a field needs for a header match to stand (a date column must hold dates). */
const FIELD_SHAPE: Partial<Record<TendField, ProfileShape>> = {
  occurred_at: 'date',
  resolved_at: 'date',
  created_at: 'date',
  direction: 'direction',
  complaint_status: 'complaint-word',
  sentiment: 'sentiment',
  refer: 'nps',
  come_back: 'intent',
  value: 'money',
};
const ENOUGH = 0.6;

/** Fields guessed from values alone, when no header claims them; low scores so any header wins. */
const BY_VALUES: Record<ImportKind, ReadonlyArray<readonly [TendField, ProfileShape, number]>> = {
  touchpoints: [['occurred_at', 'date', 0.4], ['direction', 'direction', 0.45], ['channel', 'channel', 0.45], ['complaint_status', 'complaint', 0.35]],
  accounts: [['created_at', 'date', 0.35], ['status', 'status-word', 0.35], ['tier', 'tier-word', 0.35]],
};

interface Candidate {
  field: TendField;
  column: ColumnProfile;
  score: number;
  /** Found by a header equal to a synonym, not one merely containing it: only these tell the kind of file. */
  byHeader: boolean;
}

function candidates(kind: ImportKind, columns: readonly ColumnProfile[]): Candidate[] {
  const found: Candidate[] = [];
  for (const column of columns) {
    for (const { synonyms, score } of matchHeader(kind, column.header)) {
      const shapes = [FIELD_SHAPE[synonyms.field], synonyms.when].filter((s): s is ProfileShape => s !== undefined);
      const byHeader = score === synonyms.score;
      if (column.values.length === 0) {
        // Nothing to check against: trust a specific header a little less, a generic one ("Type") not at all.
        if (synonyms.when === undefined || synonyms.score === 1) found.push({ field: synonyms.field, column, score: score * 0.8, byHeader });
        continue;
      }
      if (shapes.every((shape) => column.share(shape) >= ENOUGH)) found.push({ field: synonyms.field, column, score, byHeader });
    }
    for (const [field, shape, score] of BY_VALUES[kind]) {
      const share = column.values.length >= 3 ? column.share(shape) : 0;
      if (share >= 0.8) found.push({ field, column, score: score * share, byHeader: false });
    }
  }
  return found.sort((a, b) => b.score - a.score || a.column.index - b.column.index);
}

/** Best candidates first, each field and each column used once. */
function assign(found: readonly Candidate[]): Map<TendField, Candidate> {
  const chosen = new Map<TendField, Candidate>();
  const usedColumns = new Set<number>();
  for (const candidate of found) {
    if (chosen.has(candidate.field) || usedColumns.has(candidate.column.index)) continue;
    chosen.set(candidate.field, candidate);
    usedColumns.add(candidate.column.index);
  }
  // No id column: the name is the account key (the importer matches accounts by id or name).
  const name = chosen.get('account_name');
  if (!chosen.has('account') && name) {
    chosen.set('account', name);
    chosen.delete('account_name');
  }
  return chosen;
}

/**
 * Numbers on a −1…1 scale, as stars, or out of ten — read from the sample, so
 * that a "1" means what the file means by it. Undefined when there is no sign.
 */
function sentimentScaleOf(values: readonly string[]): SentimentScale | undefined {
  const numbers = values.map((v) => Number(v.replace(',', '.'))).filter((n) => !Number.isNaN(n));
  if (numbers.length === 0 || numbers.length < values.length / 2) return undefined;
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  if (low >= -1 && high <= 1) return 'signed';
  if (!numbers.every(Number.isInteger)) return undefined;
  if (low >= 1 && high <= 5) return 'five';
  return low >= 0 && high <= 10 ? 'ten' : undefined;
}

/** Headers that only a phone system writes: a file of calls needs no channel column. */
const CALL_LOG_HEADERS = ['duration', 'callduration', 'talktime', 'ringtime', 'recording', 'missedcallreason', 'answeredat', 'callid'];

/**
 * A complete mapping guess for `kind`. `dateFormat` comes from the mapped date
 * columns' values (`detectDateFormat`); the time zone is left to the user
 * (UTC) because files do not say it.
 *
 * @example
 * suggestMapping('touchpoints', ['Company', 'Call Direction', 'Start Time'], [['Northwind Logistics', 'Outgoing', '2026-11-24 09:30']]);
 * // { kind: 'touchpoints', fields: { account: 'Company', direction: 'Call Direction', occurred_at: 'Start Time' }, dateFormat: 'iso' }
 */
export function suggestMapping(kind: ImportKind, header: readonly string[], sampleRows: Rows): Mapping {
  const columns = profileColumns(header, sampleRows);
  const chosen = assign(candidates(kind, columns));
  const mapping: Mapping = { kind, fields: {}, dateFormat: 'auto' };
  const dates: string[] = [];
  for (const field of fieldsOf(kind)) {
    const candidate = chosen.get(field);
    if (!candidate) continue;
    mapping.fields[field] = candidate.column.header;
    if (field === 'occurred_at' || field === 'resolved_at' || field === 'created_at') dates.push(...candidate.column.values);
  }
  if (dates.length > 0) mapping.dateFormat = detectDateFormat(dates).format;
  const sentiment = chosen.get('sentiment');
  const scale = sentiment && sentimentScaleOf(sentiment.column.values);
  if (scale) mapping.sentimentScale = scale;
  if (kind === 'touchpoints' && !chosen.has('channel')) {
    const keys = columns.map((c) => headerKey(c.header));
    if (chosen.has('complaint_status')) mapping.defaults = { channel: 'ticket' };
    else if (keys.some((k) => CALL_LOG_HEADERS.includes(k))) mapping.defaults = { channel: 'call' };
  }
  return mapping;
}

export interface KindGuess {
  kind: ImportKind;
  /** 0 (no idea) … 1 (certain). */
  confidence: number;
  why: string;
}

/** How strongly a matched field speaks for one kind; fields both kinds have (account, owner) say nothing. */
const EVIDENCE: Record<ImportKind, Partial<Record<TendField, number>>> = {
  touchpoints: { occurred_at: 2, direction: 2, channel: 1.5, complaint_status: 1.5, resolved_at: 1.5, subject: 1, notes: 1, person: 1, sentiment: 1, refer: 1, come_back: 1 },
  accounts: { tier: 2, value: 2, status: 1.5, created_at: 1 },
};

/**
 * Contact log or account list? Counts the columns only one kind has, plus a
 * hint from the data: a contact log names the same account on many rows.
 *
 * @example
 * detectKind(['Company name', 'Annual Revenue', 'Lifecycle Stage'], rows); // { kind: 'accounts', confidence: 0.8, why: … }
 */
export function detectKind(header: readonly string[], sampleRows: Rows): KindGuess {
  const columns = profileColumns(header, sampleRows);
  const weigh = (kind: ImportKind) => {
    const chosen = assign(candidates(kind, columns));
    let weight = 0;
    const headers: string[] = [];
    for (const [field, candidate] of chosen) {
      const evidence = candidate.byHeader ? EVIDENCE[kind][field] ?? 0 : 0;
      weight += evidence;
      if (evidence > 0) headers.push(`'${candidate.column.header}'`);
    }
    return { weight, headers, account: chosen.get('account')?.column };
  };
  const touchpoints = weigh('touchpoints');
  const accounts = weigh('accounts');
  const accountColumn = touchpoints.account;
  const repeats = accountColumn && accountColumn.values.length >= 5 ? accountColumn.repetition() : 0;
  if (repeats >= 0.2) touchpoints.weight += 1;
  else if (accountColumn && accountColumn.values.length >= 5 && repeats === 0) accounts.weight += 0.5;

  const kind: ImportKind = accounts.weight > touchpoints.weight ? 'accounts' : 'touchpoints';
  const winner = kind === 'accounts' ? accounts : touchpoints;
  const loser = kind === 'accounts' ? touchpoints : accounts;
  const confidence = Math.round(((winner.weight - loser.weight) / (winner.weight + loser.weight + 1)) * 100) / 100;
  if (winner.weight === 0) return { kind, confidence: 0, why: 'No column looks like a contact log or an account list; choose what the file holds.' };
  const what = kind === 'touchpoints' ? 'contacts with customers' : 'accounts';
  const named = winner.headers.slice(0, 3).join(', ');
  const repeated = kind === 'touchpoints' && repeats >= 0.2 ? ', and the same accounts come up on many rows' : '';
  return { kind, confidence: Math.max(0, confidence), why: `Columns such as ${named || 'these'} describe ${what}${repeated}.` };
}
