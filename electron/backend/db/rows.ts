import type { Selectable } from 'kysely';
import { dayOf } from '../../../shared/dates';
import type { Account, Channel, Touchpoint } from '../../../shared/domain';
import type { AccountsTable, TouchpointsTable } from './schema';

/** Stored account row → domain account. */
export function toAccount(row: Selectable<AccountsTable>): Account {
  return {
    id: row.id,
    externalId: row.external_id,
    name: row.name,
    owner: row.owner,
    tier: row.tier,
    value: row.value,
    status: row.status,
    createdOn: row.created_on,
    tags: parseTags(row.tags),
  };
}

function parseTags(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

/** Stored touchpoint row → domain touchpoint. */
export function toTouchpoint(row: Selectable<TouchpointsTable>): Touchpoint {
  return {
    id: row.id,
    accountId: row.account_id,
    occurredAt: new Date(row.occurred_at).toISOString(),
    channel: row.channel as Channel,
    direction: row.direction,
    person: row.person,
    subject: row.subject,
    notes: row.notes,
    sentiment: row.sentiment,
    sentimentSource: row.sentiment_source,
    complaintStatus: row.complaint_status,
    resolvedAt: row.resolved_at === null ? null : new Date(row.resolved_at).toISOString(),
    comeBack: row.come_back,
    refer: row.refer,
  };
}

export const isoFromMs = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
export const dayFromMs = (ms: number): string => dayOf(ms);
