import { CHANNELS, DIRECTIONS } from '../domain';
import type { Channel, Direction } from '../domain';
import { DATE_FORMATS, isTimeZone } from './dates';
import type { DateFormat } from './dates';

export type { DateFormat } from './dates';

/** What a file holds: a contact log (touchpoints) or a list of accounts. */
export type ImportKind = 'touchpoints' | 'accounts';
export const IMPORT_KINDS = ['touchpoints', 'accounts'] as const satisfies readonly ImportKind[];

export const TOUCHPOINT_FIELDS = [
  'account', 'account_name', 'owner', 'occurred_at', 'channel', 'direction', 'person', 'subject',
  'notes', 'sentiment', 'complaint_status', 'resolved_at', 'come_back', 'refer',
] as const;
export type TouchpointField = (typeof TOUCHPOINT_FIELDS)[number];

export const ACCOUNT_FIELDS = ['account', 'account_name', 'owner', 'tier', 'value', 'status', 'created_at'] as const;
export type AccountField = (typeof ACCOUNT_FIELDS)[number];

/** Any field a column can be mapped to. */
export type TendField = TouchpointField | AccountField;

/** How the fields are named on screen: the user's words, not ours. */
export const FIELD_LABELS: Record<TendField, string> = {
  account: 'Account',
  account_name: 'Account name',
  owner: 'Owner',
  occurred_at: 'When it happened',
  channel: 'How (call, email, …)',
  direction: 'Who reached out',
  person: 'Contact person',
  subject: 'Subject',
  notes: 'Notes',
  sentiment: 'Sentiment',
  complaint_status: 'Complaint status',
  resolved_at: 'When it was resolved',
  come_back: 'Would come back (1–5)',
  refer: 'Would recommend (0–10)',
  tier: 'Tier',
  value: 'Value per year',
  status: 'Status',
  created_at: 'Customer since',
};

/** A row cannot become a record without these. */
export const REQUIRED_FIELDS: Record<ImportKind, readonly TendField[]> = {
  touchpoints: ['account', 'occurred_at'],
  accounts: ['account'],
};

/**
 * How to read a sentiment column that holds bare numbers. "1" is the worst of
 * five stars but the best on a −1…1 scale, so the file's scale has to be known.
 * `auto`: −1…1 numbers as they are, whole numbers 2–5 as stars (so a lone "1"
 * reads as +1; `suggestMapping` picks a definite scale from the sample instead).
 */
export type SentimentScale = 'auto' | 'signed' | 'five' | 'ten';
export const SENTIMENT_SCALES = ['auto', 'signed', 'five', 'ten'] as const satisfies readonly SentimentScale[];

/**
 * Which column feeds which Tend field, and how to read the file's dates.
 *
 * `defaults` fill a field the file has no column for, or a cell left empty —
 * a help-desk export is all tickets, a phone log all calls, without saying so
 * on every row.
 *
 * @example
 * const mapping: Mapping = {
 *   kind: 'touchpoints',
 *   fields: { account: 'Organization', occurred_at: 'Created at', subject: 'Subject' },
 *   dateFormat: 'iso',
 *   timeZone: 'Europe/London',
 *   defaults: { channel: 'ticket' },
 * };
 */
export interface Mapping {
  kind: ImportKind;
  /** Tend field → the column header it is read from. */
  fields: Partial<Record<string, string>>;
  dateFormat: DateFormat;
  /** IANA zone for times written without an offset; default 'UTC'. */
  timeZone?: string;
  sentimentScale?: SentimentScale;
  defaults?: { channel?: Channel; direction?: Direction };
}

/** The fields of one kind, in the order the mapping screen shows them. */
export function fieldsOf(kind: ImportKind): readonly TendField[] {
  return kind === 'touchpoints' ? TOUCHPOINT_FIELDS : ACCOUNT_FIELDS;
}

/**
 * A header reduced to letters and digits, lower case, accents dropped, so
 * "Account_Name", "account name " and "ACCOUNT-NAME" are the same column.
 *
 * @example
 * headerKey(' Date/Time (UTC) '); // 'datetimeutc'
 */
export function headerKey(header: string): string {
  return header.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * The index of a mapped column in the file's header: the exact header first,
 * then one that differs only in case, spacing or punctuation (a preset written
 * for "Created at" still finds "Created At"). −1 when there is none.
 *
 * @example
 * findColumn(['Id', 'Created At'], 'Created at'); // 1
 */
export function findColumn(header: readonly string[], column: string): number {
  const exact = header.indexOf(column);
  if (exact >= 0) return exact;
  const key = headerKey(column);
  if (key === '') return -1;
  return header.findIndex((h) => headerKey(h) === key);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const KIND_NAMES: Record<ImportKind, string> = { touchpoints: 'a contact log', accounts: 'an account list' };

/**
 * Everything wrong with a mapping for this file, as sentences the user can act
 * on; empty when it can be used. Checks shape too, because mappings also come
 * from saved presets (JSON).
 *
 * @example
 * validateMapping({ kind: 'touchpoints', fields: { account: 'Company' }, dateFormat: 'auto' }, ['Company', 'Date']);
 * // ["Choose the column for 'When it happened'."]
 */
export function validateMapping(m: unknown, header: readonly string[]): string[] {
  if (!isRecord(m)) return ['The mapping is missing.'];
  const problems: string[] = [];
  const kind = m.kind;
  if (kind !== 'touchpoints' && kind !== 'accounts') return ["The mapping does not say whether the file is a contact log or an account list."];
  if (!DATE_FORMATS.includes(m.dateFormat as DateFormat)) problems.push(`'${String(m.dateFormat)}' is not a date format Tend knows (${DATE_FORMATS.join(', ')}).`);
  if (m.timeZone !== undefined && (typeof m.timeZone !== 'string' || !isTimeZone(m.timeZone))) {
    problems.push(`'${String(m.timeZone)}' is not a time zone; use a name such as Europe/London or America/New_York.`);
  }
  if (m.sentimentScale !== undefined && !SENTIMENT_SCALES.includes(m.sentimentScale as SentimentScale)) {
    problems.push(`'${String(m.sentimentScale)}' is not a sentiment scale Tend knows (${SENTIMENT_SCALES.join(', ')}).`);
  }
  if (m.defaults !== undefined) {
    const defaults = isRecord(m.defaults) ? m.defaults : {};
    if (!isRecord(m.defaults)) problems.push('The default values are not readable.');
    if (defaults.channel !== undefined && !CHANNELS.includes(defaults.channel as Channel)) problems.push(`'${String(defaults.channel)}' is not a channel.`);
    if (defaults.direction !== undefined && !DIRECTIONS.includes(defaults.direction as Direction)) problems.push(`'${String(defaults.direction)}' is not a direction (inbound or outbound).`);
  }
  if (!isRecord(m.fields)) return [...problems, 'The mapping has no columns.'];

  const allowed: readonly string[] = fieldsOf(kind);
  const usedBy = new Map<number, string>();
  for (const [field, column] of Object.entries(m.fields)) {
    if (column === undefined) continue;
    const label = FIELD_LABELS[field as TendField] ?? field;
    if (!allowed.includes(field)) {
      problems.push(`'${label}' is not part of ${KIND_NAMES[kind]}.`);
      continue;
    }
    if (typeof column !== 'string' || column === '') {
      problems.push(`The column for '${label}' is not a column name.`);
      continue;
    }
    const index = findColumn(header, column);
    if (index < 0) {
      problems.push(`The file has no column '${column}' (chosen for '${label}').`);
      continue;
    }
    const earlier = usedBy.get(index);
    if (earlier !== undefined) problems.push(`The column '${header[index]}' is chosen for both '${earlier}' and '${label}'; choose it once.`);
    else usedBy.set(index, label);
  }
  for (const field of REQUIRED_FIELDS[kind]) {
    if (typeof m.fields[field] !== 'string' || m.fields[field] === '') problems.push(`Choose the column for '${FIELD_LABELS[field]}'.`);
  }
  return problems;
}
