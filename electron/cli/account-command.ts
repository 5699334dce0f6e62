import type { AccountPage, TimelineEntry, TimelineTouchpoint } from '../../shared/api/account-page';
import { BAND_LABELS, FACTOR_LABELS } from '../../shared/domain';
import { getAccount, idsByExternalId } from '../backend/db/accounts-repo';
import type { Backend } from '../backend/backend';
import type { CliOptions } from './args';
import { CommandError, type Output } from './commands';
import { formatTable } from './table';

/** How many of the latest touchpoints the command shows. */
const RECENT = 10;
const money = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/**
 * `tend account ACCOUNT_ID [--as-of DAY] [--json]`: the account page in
 * text: score, band and reasons, open complaints, recent touchpoints. The
 * account is named by its CRM id (as `tend today` shows it), or by Tend's
 * own number when no CRM id matches.
 */
export async function accountCommand(backend: Backend, id: string, asOf: string, options: CliOptions, io: Output): Promise<void> {
  const accountId = await resolveAccount(backend, id);
  const detail = await backend.api['account.detail']({ accountId, asOf });
  if (!detail.ok) throw new CommandError(detail.error.message);
  const timeline = await backend.api['account.timeline']({ accountId });
  if (!timeline.ok) throw new CommandError(timeline.error.message);
  const recent = recentTouchpoints(timeline.value, asOf);
  io.out(options.json ? JSON.stringify(toJson(detail.value, recent), null, 2) : toText(detail.value, recent));
}

async function resolveAccount(backend: Backend, id: string): Promise<number> {
  const found = (await idsByExternalId(backend.store.db, [id])).get(id);
  if (found !== undefined) return found;
  if (/^\d{1,15}$/.test(id) && Number(id) > 0) {
    const byNumber = await getAccount(backend.store.db, Number(id));
    if (byNumber) return byNumber.id;
  }
  throw new CommandError(`No account has the id "${id}"; use the ids "npm run tend -- today" shows.`);
}

function recentTouchpoints(entries: TimelineEntry[], asOf: string): TimelineTouchpoint[] {
  const out: TimelineTouchpoint[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'touchpoint' || entry.at.slice(0, 10) > asOf) continue;
    out.push(entry.touchpoint);
    if (out.length === RECENT) break;
  }
  return out;
}

function toText(page: AccountPage, recent: TimelineTouchpoint[]): string {
  const { account, health } = page;
  const lines = [`${account.name} (${account.externalId}): ${account.owner}, ${account.tier}, value ${money.format(account.value)}`];
  if (!health) {
    lines.push(`Churned${account.churnedOn ? ` on ${account.churnedOn}` : ''}${account.churnReason ? `: ${account.churnReason}` : ''}. Churned accounts are not scored.`);
  } else {
    const contact = health.daysSinceOurContact === null ? 'never contacted by us' : `last contact from us ${days(health.daysSinceOurContact)} ago`;
    lines.push(`As of ${page.asOf}: score ${health.score}, ${BAND_LABELS[health.band]}, priority ${page.priority?.toFixed(1)}; ${contact}; cadence every ${days(page.cadenceDays)}.`);
    if (page.intro) lines.push(`Handed over from ${page.intro.from} on ${page.intro.since.slice(0, 10)}: introduce yourself.`);
    lines.push('', 'Why');
    if (health.reasons.length === 0) lines.push('  Nothing is pulling the score down.');
    for (const reason of health.reasons) lines.push(`  ${reason.impact.toFixed(1).padStart(6)}  ${reason.text}`);
    lines.push('', 'Factors');
    for (const f of health.factors) lines.push(`  ${FACTOR_LABELS[f.factor].padEnd(18)} ${f.contribution.toFixed(1).padStart(5)} points  (${Math.round(f.subScore * 100)}% of weight ${f.weight})`);
  }
  const open = page.complaints.filter((c) => c.status === 'open');
  lines.push('', `Open complaints${open.length ? ` (${open.length})` : ''}`);
  if (open.length === 0) lines.push('  None.');
  for (const c of open) {
    const heard = c.updates === 0 ? 'no update to the customer yet' : `${c.updates} update${c.updates === 1 ? '' : 's'}, last ${days(c.silenceDays ?? 0)} ago`;
    lines.push(`  #${c.complaintId} ${c.subject ?? '(no subject)'}: open ${days(c.ageDays)}, ${heard}`);
  }
  lines.push('', `Recent touchpoints${recent.length ? ` (latest ${recent.length})` : ''}`);
  if (recent.length === 0) lines.push('  None yet.');
  else {
    const table = formatTable(recent, [
      { header: 'Date', value: (t) => t.occurredAt.slice(0, 10) },
      { header: 'Channel', value: (t) => t.channel },
      { header: 'Direction', value: (t) => t.direction },
      { header: 'Who', value: (t) => t.person ?? '', max: 24 },
      { header: 'Sentiment', value: (t) => (t.sentiment === null ? '' : `${t.sentiment.toFixed(2)} ${t.sentimentSource === 'inferred' ? '(inferred)' : ''}`.trim()) },
      { header: 'Subject', value: (t) => `${t.complaintStatus ? `[complaint, ${t.complaintStatus}] ` : ''}${t.subject ?? t.notes ?? ''}`, max: 70 },
    ]);
    lines.push(...table.split('\n').map((line) => `  ${line}`));
  }
  return lines.join('\n');
}

/** The CLI's stable JSON shape for one account (snake_case, the CRM id as account_id, like `tend today --json`). */
function toJson(page: AccountPage, recent: TimelineTouchpoint[]) {
  const { account, health } = page;
  return {
    account_id: account.externalId,
    id: account.id,
    name: account.name,
    owner: account.owner,
    tier: account.tier,
    value: account.value,
    status: account.status,
    churned_on: account.churnedOn,
    churn_reason: account.churnReason,
    as_of: page.asOf,
    score: health?.score ?? null,
    band: health?.band ?? null,
    priority: page.priority,
    cadence_days: page.cadenceDays,
    days_since_contact: health?.daysSinceOurContact ?? null,
    reasons: (health?.reasons ?? []).map((r) => ({ factor: r.factor, text: r.text, impact: r.impact })),
    factors: (health?.factors ?? []).map((f) => ({ factor: f.factor, sub_score: f.subScore, weight: f.weight, contribution: f.contribution })),
    intro: page.intro ? { from: page.intro.from, to: page.intro.to, since: page.intro.since } : null,
    open_complaints: page.complaints
      .filter((c) => c.status === 'open')
      .map((c) => ({ id: c.complaintId, subject: c.subject, opened_at: c.openedAt, age_days: c.ageDays, updates: c.updates, last_update_at: c.lastUpdateAt, silence_days: c.silenceDays })),
    recent_touchpoints: recent.map((t) => ({
      id: t.id,
      occurred_at: t.occurredAt,
      channel: t.channel,
      direction: t.direction,
      person: t.person,
      subject: t.subject,
      sentiment: t.sentiment,
      sentiment_source: t.sentimentSource,
      complaint_status: t.complaintStatus,
      complaint_id: t.complaintId,
    })),
  };
}
