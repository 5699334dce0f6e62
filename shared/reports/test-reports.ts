import { asOfMs, DAY_MS, dayStartMs } from '../dates';
import type { Band } from '../domain';
import { DEFAULT_HEALTH_SETTINGS } from '../health/settings';
import type { AccountUpdateInput, UpdateComplaint, UpdateTouchpoint } from './account-report';
import type { PortfolioAccount, PortfolioInput } from './portfolio-report';

/** Builders for the report tests: small, readable inputs with sensible defaults. */

export const TO = '2026-11-24';
export const FROM = '2026-08-27';

/** An instant `days` before the end of the report's day, at 10:00. */
export const daysBefore = (days: number, day = TO) => dayStartMs(day) - days * DAY_MS + 10 * 3_600_000;

let nextId = 1;

export function touchpoint(overrides: Partial<UpdateTouchpoint> = {}): UpdateTouchpoint {
  return { id: nextId++, at: daysBefore(10), channel: 'call', direction: 'outbound', person: null, subject: 'Check-in', notes: null, complaint: false, complaintId: null, ...overrides };
}

export function complaint(overrides: Partial<UpdateComplaint> = {}): UpdateComplaint {
  return { id: nextId++, openedAt: daysBefore(20), channel: 'ticket', subject: 'Duplicate invoices', notes: null, status: 'open', resolvedAt: null, updates: [], ...overrides };
}

export function updateInput(overrides: Partial<AccountUpdateInput> = {}): AccountUpdateInput {
  return {
    account: { id: 7, externalId: 'ACME-7', name: 'Acme Ørsted', owner: 'Zoë Łukasiewicz', tier: 'Strategic', value: 250_000, status: 'active', churnedOn: null },
    from: FROM,
    to: TO,
    internal: false,
    nextSteps: null,
    contactLine: null,
    touchpoints: [],
    complaints: [],
    survey: { comeBack: null, refer: null },
    lastOurContactAt: daysBefore(10),
    cadenceDays: 14,
    health: { score: 31, band: 'neglected', reasons: [{ factor: 'recency', text: 'No outbound contact for 40 days', impact: -30 }], daysSinceOurContact: 40, openComplaints: 1 },
    history: [],
    bandFloors: DEFAULT_HEALTH_SETTINGS.bands,
    ...overrides,
  };
}

export function portfolioAccount(id: number, overrides: Partial<PortfolioAccount> = {}): PortfolioAccount {
  return {
    id,
    externalId: `ACC-${id}`,
    name: `Account ${id}`,
    owner: 'Ana',
    tier: 'Standard',
    value: 10_000,
    score: 80,
    band: 'healthy' as Band,
    reasons: [],
    priority: 10,
    daysSinceOurContact: 3,
    lastOurContactAt: asOfMs(TO) - 3 * DAY_MS,
    openComplaints: 0,
    oldestOpenComplaintDays: null,
    ...overrides,
  };
}

export function portfolioInput(overrides: Partial<PortfolioInput> = {}): PortfolioInput {
  return {
    asOf: TO,
    owner: null,
    periodDays: 30,
    accounts: [],
    attention: { accountIds: [], snoozed: 0 },
    baseline: { day: null, scores: new Map() },
    historyStarts: null,
    trend: [],
    openComplaints: [],
    resolved: [],
    opened: [],
    churned: { accounts: 0, value: 0 },
    bandFloors: DEFAULT_HEALTH_SETTINGS.bands,
    ...overrides,
  };
}
