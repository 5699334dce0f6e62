import type { TodayRow } from '../../shared/contract';

/** The CLI's stable JSON shape for an account row (snake_case, external ids). */
export function toJsonRow(row: TodayRow) {
  return {
    account_id: row.externalId,
    name: row.name,
    owner: row.owner,
    tier: row.tier,
    score: row.score,
    band: row.band,
    priority: row.priority,
    days_since_contact: row.daysSinceContact,
    open_complaints: row.openComplaints,
    oldest_open_complaint_days: row.oldestOpenComplaintDays,
    value: row.value,
    reasons: row.reasons.map((r) => ({ factor: r.factor, text: r.text, impact: r.impact })),
  };
}
