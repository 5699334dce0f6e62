import type { AccountStatus, Channel, ComplaintStatus, Direction } from '../domain';
import type { SentimentScale } from './fields';

/**
 * What the words in a file's cells mean to Tend. Each reader takes one cell
 * and answers a Tend value, or null when it does not recognise the text; the
 * row normaliser decides what null means for its field (a default, empty, or
 * a rejection) and caches the answers per distinct cell.
 */

/**
 * A cell reduced to letters and digits, lower case, accents dropped:
 * "E-mail", "e mail " and "EMAIL" are one word.
 *
 * @example
 * valueKey(' Phone call '); // 'phonecall'
 */
export function valueKey(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

function table<T>(entries: ReadonlyArray<readonly [T, readonly string[]]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of entries) for (const word of words) map.set(valueKey(word), value);
  return map;
}

const DIRECTION_WORDS = table<Direction>([
  ['outbound', ['outbound', 'outgoing', 'out', 'ob', 'sent', 'outward', 'to customer', 'made', 'placed', 'dialled', 'dialed']],
  ['inbound', ['inbound', 'incoming', 'in', 'ib', 'received', 'inward', 'from customer', 'missed', 'voicemail']],
]);

const CHANNEL_WORDS = table<Channel>([
  ['call', ['call', 'phone', 'phone call', 'voice', 'telephone', 'tel', 'calls', 'voice call', 'conference call', 'voip', 'voicemail', 'missed call', 'phone call (incoming)', 'phone call (outgoing)']],
  ['email', ['email', 'e-mail', 'mail', 'emails', 'list email', 'listemail', 'inbox']],
  ['meeting', ['meeting', 'visit', 'video call', 'video', 'zoom', 'teams', 'google meet', 'meet', 'webex', 'event', 'site visit', 'in person', 'onsite', 'lunch', 'demo', 'qbr']],
  ['message', ['chat', 'sms', 'message', 'text', 'text message', 'whatsapp', 'slack', 'linkedin', 'im', 'instant message', 'messenger', 'web widget', 'live chat']],
  ['ticket', ['ticket', 'case', 'support', 'support ticket', 'web form', 'webform', 'help desk', 'helpdesk', 'issue']],
  ['survey', ['survey', 'nps', 'csat', 'feedback', 'questionnaire']],
  ['other', ['other', 'task', 'note', 'cadence', 'api']],
]);

const COMPLAINT_WORDS = table<ComplaintStatus>([
  ['resolved', ['closed', 'solved', 'resolved', 'done', 'fixed', 'complete', 'completed', 'cancelled', 'canceled']],
  ['open', ['open', 'new', 'pending', 'on hold', 'on-hold', 'hold', 'in progress', 'escalated', 'reopened', 'waiting', 'waiting on customer', 'awaiting reply', 'active', 'unresolved']],
]);

/**
 * The complaint words a column has to use for a "Status" header to count as a
 * complaint status: a Salesforce task's "Completed" / "Not Started" is not one.
 */
export const COMPLAINT_STATUS_EVIDENCE = new Set(['open', 'closed', 'solved', 'resolved', 'new', 'pending', 'hold', 'onhold', 'inprogress', 'escalated', 'reopened']);

const ACCOUNT_STATUS_WORDS = table<AccountStatus>([
  ['active', ['active', 'customer', 'current', 'live', 'evangelist', 'renewed', 'onboarding', 'paying', 'existing customer']],
  ['churned', ['churned', 'lost', 'cancelled', 'canceled', 'inactive', 'former customer', 'ex-customer', 'closed lost', 'terminated', 'lapsed']],
]);

const YES_NO = table<boolean>([
  [true, ['yes', 'y', 'true', '1', 'x']],
  [false, ['no', 'n', 'false', '0']],
]);

const TIER_WORDS = table<string>([
  ['Strategic', ['strategic', 'enterprise', 'key', 'key account', 'tier 1', 'platinum', 'top']],
  ['Standard', ['standard', 'mid-market', 'mid market', 'midmarket', 'growth', 'mid', 'mid size', 'midsize', 'tier 2']],
  ['Long tail', ['long tail', 'longtail', 'smb', 'small', 'small business', 'self serve', 'self-serve', 'tier 3']],
]);

const SENTIMENT_WORDS = table<number>([
  [1, ['very positive', 'very satisfied', 'delighted', 'excellent', 'great', 'very happy']],
  [0.5, ['positive', 'satisfied', 'good', 'happy', 'pleased']],
  [0, ['neutral', 'mixed', 'okay', 'ok', 'average', 'fine']],
  [-0.5, ['negative', 'dissatisfied', 'unsatisfied', 'bad', 'unhappy', 'poor', 'annoyed', 'frustrated']],
  [-1, ['very negative', 'very dissatisfied', 'very unsatisfied', 'angry', 'furious', 'terrible', 'very bad', 'very unhappy']],
]);

/** Survey answers given as words, on the 0…1 way to "certainly yes". */
const INTENT_WORDS = table<number>([
  [1, ['yes', 'y', 'true', 'definitely', 'certainly', 'absolutely', 'very likely', 'extremely likely']],
  [0.75, ['probably', 'likely']],
  [0.5, ['maybe', 'unsure', 'not sure', 'perhaps', 'neutral', 'dont know']],
  [0.25, ['probably not', 'unlikely']],
  [0, ['no', 'n', 'false', 'definitely not', 'never', 'very unlikely', 'not at all']],
]);

/** Survey cells that say "no answer" rather than giving one (Zendesk writes "Offered"). */
const NO_ANSWER = new Set(['offered', 'unoffered', 'notoffered', 'noanswer', 'noresponse', 'notanswered', 'unanswered', 'skipped', 'norating']);

/**
 * True when a survey cell records that no answer was given.
 *
 * @example isNoAnswer('Unoffered'); // true
 */
export function isNoAnswer(text: string): boolean {
  return NO_ANSWER.has(valueKey(text));
}

/** @example parseDirection('Outgoing'); // 'outbound' */
export function parseDirection(text: string): Direction | null {
  return DIRECTION_WORDS.get(valueKey(text)) ?? null;
}

/**
 * Unrecognised words give null (the normaliser files them under 'other'): a
 * new activity type in a CRM must not reject rows.
 *
 * @example parseChannel('Video call'); // 'meeting'
 */
export function parseChannel(text: string): Channel | null {
  return CHANNEL_WORDS.get(valueKey(text)) ?? null;
}

/** @example parseComplaintStatus('Solved'); // 'resolved' */
export function parseComplaintStatus(text: string): ComplaintStatus | null {
  return COMPLAINT_WORDS.get(valueKey(text)) ?? null;
}

/**
 * Active or churned. A yes/no column reads by what it asks: `yesMeans` is
 * 'churned' for a "Churned" column, 'active' for an "Active" one.
 *
 * @example parseAccountStatus('Cancelled'); // 'churned'
 * @example parseAccountStatus('Yes', 'active'); // 'active'
 */
export function parseAccountStatus(text: string, yesMeans: AccountStatus = 'churned'): AccountStatus | null {
  const key = valueKey(text);
  const word = ACCOUNT_STATUS_WORDS.get(key);
  if (word !== undefined) return word;
  const yes = YES_NO.get(key);
  if (yes === undefined) return null;
  return yes === (yesMeans === 'churned') ? 'churned' : 'active';
}

/**
 * Tend's three tiers when the word is one of theirs, else the text as written
 * (a company's own tier names still group accounts).
 *
 * @example parseTier('Mid-market'); // 'Standard'
 * @example parseTier('Gold'); // 'Gold'
 */
export function parseTier(text: string): string {
  return TIER_WORDS.get(valueKey(text)) ?? text.trim();
}

const STARS = /^([0-9.,]+)\s*(?:stars?|★+)$/i;

function plainNumber(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed.replace(',', '.'));
}

/**
 * Sentiment −1…1 from words (Positive, Very negative, Good/Bad as in Zendesk),
 * stars ("4/5", "4 stars"), percentages ("80%") or a number on `scale`.
 * Null when unreadable or off the scale.
 *
 * @example parseSentiment('Very negative'); // -1
 * @example parseSentiment('4', 'five');     // 0.5
 * @example parseSentiment('-0.4');          // -0.4
 */
export function parseSentiment(text: string, scale: SentimentScale = 'auto'): number | null {
  const key = valueKey(text);
  const word = SENTIMENT_WORDS.get(key);
  if (word !== undefined) return word;
  const trimmed = text.trim();
  const slash = trimmed.indexOf('/');
  if (slash > 0) {
    const score = plainNumber(trimmed.slice(0, slash));
    const out = plainNumber(trimmed.slice(slash + 1));
    return score >= 0 && score <= out && out > 0 ? round3((score / out) * 2 - 1) : null;
  }
  const stars = STARS.exec(trimmed);
  if (stars) return onFive(plainNumber(stars[1]!));
  if (trimmed.endsWith('%')) {
    const percent = plainNumber(trimmed.slice(0, -1));
    return percent >= 0 && percent <= 100 ? round3(percent / 50 - 1) : null;
  }
  const value = plainNumber(trimmed);
  if (Number.isNaN(value)) return null;
  switch (scale) {
    case 'signed': return value >= -1 && value <= 1 ? value : null;
    case 'five': return onFive(value);
    case 'ten': return value >= 0 && value <= 10 ? round3(value / 5 - 1) : null;
    default:
      if (value >= -1 && value <= 1) return value;
      return Number.isInteger(value) ? onFive(value) : null;
  }
}

function onFive(stars: number): number | null {
  return stars >= 1 && stars <= 5 ? round3((stars - 3) / 2) : null;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * "Would you come back?" on 1–5. Words map onto the scale: yes 5, probably 4,
 * maybe 3, probably not 2, no 1 — a yes/no question only has its ends.
 *
 * @example parseComeBack('Yes'); // 5
 * @example parseComeBack('4');   // 4
 */
export function parseComeBack(text: string): number | null {
  const intent = INTENT_WORDS.get(valueKey(text));
  if (intent !== undefined) return 1 + intent * 4;
  const value = plainNumber(text);
  return value >= 1 && value <= 5 ? value : null;
}

/**
 * "Would you recommend us?" on 0–10 (NPS). Words as for come-back: yes 10,
 * probably 7.5, maybe 5, probably not 2.5, no 0.
 *
 * @example parseRefer('9');  // 9
 * @example parseRefer('No'); // 0
 */
export function parseRefer(text: string): number | null {
  const intent = INTENT_WORDS.get(valueKey(text));
  if (intent !== undefined) return intent * 10;
  const value = plainNumber(text);
  return value >= 0 && value <= 10 ? value : null;
}

export { parseMoney } from './money';
