import { dayOf } from '../dates';
import type { AccountStatus, Channel, ComplaintStatus, Direction, IsoDay } from '../domain';
import { cleanLine, cleanNotes, isBlank, quoted } from './clean-text';
import { createDateParser, createDayParser } from './dates';
import type { DateReading } from './dates';
import { FIELD_LABELS, findColumn, headerKey, validateMapping } from './fields';
import type { Mapping, TendField } from './fields';
import {
  isNoAnswer, parseAccountStatus, parseChannel, parseComeBack, parseComplaintStatus, parseDirection, parseMoney, parseRefer,
  parseSentiment, parseTier,
} from './normalise-values';

/** One contact-log row, ready to be matched to an account and stored. */
export interface ImportedTouchpoint {
  /** The account's external id or name, as the file writes it. */
  account: string;
  accountName: string | null;
  owner: string | null;
  occurredAt: number;
  channel: Channel;
  direction: Direction;
  person: string | null;
  subject: string | null;
  notes: string | null;
  /** −1…1 as the source gave it; null when it gave none (Tend may infer one later). */
  sentiment: number | null;
  complaintStatus: ComplaintStatus | null;
  resolvedAt: number | null;
  comeBack: number | null;
  refer: number | null;
}

/** One account-list row. Null means "the file does not say": an update leaves that field as it was. */
export interface ImportedAccount {
  account: string;
  accountName: string | null;
  owner: string | null;
  tier: string | null;
  value: number | null;
  status: AccountStatus | null;
  createdOn: IsoDay | null;
}

export type RowResult = { ok: true; record: ImportedTouchpoint | ImportedAccount } | { ok: false; reason: string };
export type RowNormaliser = (cells: readonly string[], line: number) => RowResult;

/**
 * The direction of a contact when the file does not say. Inbound throughout:
 * an unknown direction must never pass for our own outreach and hide neglect.
 * (Meetings count as our contact whatever their direction.)
 */
export const DEFAULT_DIRECTION: Record<Channel, Direction> = {
  call: 'inbound', email: 'inbound', meeting: 'inbound', message: 'inbound', ticket: 'inbound', survey: 'inbound', other: 'inbound',
};

/** Distinct values cached per column; beyond this a column is free text and caching only costs memory. */
const CACHE_LIMIT = 4096;
/** Marks a cached cell that is not a valid value (null already means "empty"). */
const INVALID = Symbol('invalid');
type Reading<T> = T | null | typeof INVALID;

/** Reads a cell through `read` once per distinct cell text. */
function cached<T>(read: (text: string) => Reading<T>): (raw: string) => Reading<T> {
  const cache = new Map<string, Reading<T>>();
  return (raw) => {
    let value = cache.get(raw);
    if (value === undefined) {
      value = isBlank(raw) ? null : read(raw);
      if (cache.size < CACHE_LIMIT) cache.set(raw, value);
    }
    return value;
  };
}

function invalidWhenNull<T>(parse: (text: string) => T | null): (text: string) => Reading<T> {
  return (text) => parse(text) ?? INVALID;
}

/** A survey answer: "no answer" cells are empty, unreadable ones invalid. */
function surveyAnswer(parse: (text: string) => number | null): (text: string) => Reading<number> {
  return (text) => (isNoAnswer(text) ? null : parse(text) ?? INVALID);
}

function rejection(line: number, field: TendField, raw: string | undefined, why: string): RowResult {
  const label = FIELD_LABELS[field];
  return { ok: false, reason: raw === undefined || isBlank(raw) ? `Line ${line}: '${label}' is empty.` : `Line ${line}: '${label}' is '${quoted(raw)}', which ${why}.` };
}

/**
 * Builds the function that turns one row of cells into a Tend record or a
 * rejection. Everything that can be decided once — column positions, date
 * parsers, time zone, value tables — is decided here, so the per-row work is
 * index reads, cached lookups and one date scan. Cells beyond the header are
 * ignored; missing cells read as empty. Throws if `validateMapping` reports
 * problems (check it first: its sentences are for the user).
 *
 * @example
 * const normalise = createRowNormaliser(mapping, ['Organization', 'Created at', 'Subject']);
 * normalise(['Northwind Logistics', '2026-11-24 09:12', 'Invoice query'], 2);
 * // { ok: true, record: { account: 'Northwind Logistics', occurredAt: …, channel: 'other', direction: 'inbound', … } }
 * normalise(['Northwind Logistics', '31/02/2026', ''], 3);
 * // { ok: false, reason: "Line 3: 'When it happened' is '31/02/2026', which is not a date (February 2026 has 28 days)." }
 */
export function createRowNormaliser(mapping: Mapping, header: readonly string[]): RowNormaliser {
  const problems = validateMapping(mapping, header);
  if (problems.length > 0) throw new Error(`The column mapping cannot be used: ${problems.join(' ')}`);
  const column = (field: TendField) => {
    const name = mapping.fields[field];
    return name === undefined ? -1 : findColumn(header, name);
  };
  return mapping.kind === 'touchpoints' ? touchpointNormaliser(mapping, column) : accountNormaliser(mapping, header, column);
}

function touchpointNormaliser(mapping: Mapping, column: (field: TendField) => number): RowNormaliser {
  const at = {
    account: column('account'), accountName: column('account_name'), owner: column('owner'), occurredAt: column('occurred_at'),
    channel: column('channel'), direction: column('direction'), person: column('person'), subject: column('subject'),
    notes: column('notes'), sentiment: column('sentiment'), complaint: column('complaint_status'), resolvedAt: column('resolved_at'),
    comeBack: column('come_back'), refer: column('refer'),
  };
  const parseWhen = createDateParser(mapping.dateFormat, mapping.timeZone ?? 'UTC');
  const defaultChannel = mapping.defaults?.channel ?? 'other';
  const fixedDirection = mapping.defaults?.direction;
  const channelOf = cached<Channel>((text) => parseChannel(text) ?? 'other');
  const directionOf = cached<Direction>(parseDirection);
  const complaintOf = cached(invalidWhenNull(parseComplaintStatus));
  const scale = mapping.sentimentScale ?? 'auto';
  const sentimentOf = cached(surveyAnswer((text) => parseSentiment(text, scale)));
  const comeBackOf = cached(surveyAnswer(parseComeBack));
  const referOf = cached(surveyAnswer(parseRefer));

  return (cells, line) => {
    const account = cleanLine(cells[at.account]);
    if (account === null) return rejection(line, 'account', undefined, '');
    const whenCell = cells[at.occurredAt];
    if (whenCell === undefined || isBlank(whenCell)) return rejection(line, 'occurred_at', undefined, '');
    const occurredAt = parseWhen(whenCell);
    if (typeof occurredAt === 'string') return rejection(line, 'occurred_at', whenCell, occurredAt);

    let channel: Channel = defaultChannel;
    if (at.channel >= 0) channel = (channelOf(cells[at.channel] ?? '') as Channel | null) ?? defaultChannel;
    let direction = at.direction >= 0 ? (directionOf(cells[at.direction] ?? '') as Direction | null) : null;
    direction ??= fixedDirection ?? DEFAULT_DIRECTION[channel];

    let sentiment: number | null = null;
    if (at.sentiment >= 0) {
      const reading = sentimentOf(cells[at.sentiment] ?? '');
      if (reading === INVALID) return rejection(line, 'sentiment', cells[at.sentiment], 'is not a sentiment (Positive, Negative, 1–5 stars, or −1 to 1)');
      sentiment = reading;
    }
    let complaintStatus: ComplaintStatus | null = null;
    if (at.complaint >= 0) {
      const reading = complaintOf(cells[at.complaint] ?? '');
      if (reading === INVALID) return rejection(line, 'complaint_status', cells[at.complaint], 'is neither open nor resolved');
      complaintStatus = reading;
    }
    let resolvedAt: number | null = null;
    if (at.resolvedAt >= 0) {
      const cell = cells[at.resolvedAt];
      if (!isBlank(cell)) {
        const reading: DateReading = parseWhen(cell!);
        if (typeof reading === 'string') return rejection(line, 'resolved_at', cell, reading);
        resolvedAt = reading;
      }
    }
    // A resolved date says there was something to resolve. A reopened ticket keeps its old date
    // in help-desk exports, and the health model would read that date as "closed": drop it.
    if (complaintStatus === null && resolvedAt !== null) complaintStatus = 'resolved';
    else if (complaintStatus === 'open') resolvedAt = null;

    let comeBack: number | null = null;
    if (at.comeBack >= 0) {
      const reading = comeBackOf(cells[at.comeBack] ?? '');
      if (reading === INVALID) return rejection(line, 'come_back', cells[at.comeBack], 'is not an answer from 1 to 5 (or yes/no)');
      comeBack = reading;
    }
    let refer: number | null = null;
    if (at.refer >= 0) {
      const reading = referOf(cells[at.refer] ?? '');
      if (reading === INVALID) return rejection(line, 'refer', cells[at.refer], 'is not a score from 0 to 10 (or yes/no)');
      refer = reading;
    }
    const record: ImportedTouchpoint = {
      account,
      accountName: at.accountName >= 0 ? cleanLine(cells[at.accountName]) : null,
      owner: at.owner >= 0 ? cleanLine(cells[at.owner]) : null,
      occurredAt,
      channel,
      direction,
      person: at.person >= 0 ? cleanLine(cells[at.person]) : null,
      subject: at.subject >= 0 ? cleanLine(cells[at.subject]) : null,
      notes: at.notes >= 0 ? cleanNotes(cells[at.notes]) : null,
      sentiment,
      complaintStatus,
      resolvedAt,
      comeBack,
      refer,
    };
    return { ok: true, record };
  };
}

function accountNormaliser(mapping: Mapping, header: readonly string[], column: (field: TendField) => number): RowNormaliser {
  const at = {
    account: column('account'), accountName: column('account_name'), owner: column('owner'), tier: column('tier'),
    value: column('value'), status: column('status'), createdAt: column('created_at'),
  };
  const parseDay = createDayParser(mapping.dateFormat);
  // A yes/no column answers its header's question: "Active?" yes is active, "Churned?" yes is churned.
  const statusKey = at.status >= 0 ? headerKey(header[at.status]!) : '';
  const yesMeans: AccountStatus = statusKey.includes('active') && !statusKey.includes('inactive') ? 'active' : 'churned';
  const statusOf = cached(invalidWhenNull((text) => parseAccountStatus(text, yesMeans)));
  const tierOf = cached<string>((text) => {
    const tier = cleanLine(text);
    return tier === null ? null : parseTier(tier);
  });

  return (cells, line) => {
    const account = cleanLine(cells[at.account]);
    if (account === null) return rejection(line, 'account', undefined, '');
    let value: number | null = null;
    if (at.value >= 0 && !isBlank(cells[at.value])) {
      value = parseMoney(cells[at.value]!);
      if (value === null || value < 0) return rejection(line, 'value', cells[at.value], value === null ? 'is not an amount of money' : 'is below zero');
    }
    let status: AccountStatus | null = null;
    if (at.status >= 0) {
      const reading = statusOf(cells[at.status] ?? '');
      if (reading === INVALID) return rejection(line, 'status', cells[at.status], 'is neither active nor churned');
      status = reading;
    }
    let createdOn: IsoDay | null = null;
    if (at.createdAt >= 0 && !isBlank(cells[at.createdAt])) {
      const reading = parseDay(cells[at.createdAt]!);
      if (typeof reading === 'string') return rejection(line, 'created_at', cells[at.createdAt], reading);
      createdOn = dayOf(reading);
    }
    const record: ImportedAccount = {
      account,
      accountName: at.accountName >= 0 ? cleanLine(cells[at.accountName]) : null,
      owner: at.owner >= 0 ? cleanLine(cells[at.owner]) : null,
      tier: at.tier >= 0 ? (tierOf(cells[at.tier] ?? '') as string | null) : null,
      value,
      status,
      createdOn,
    };
    return { ok: true, record };
  };
}
