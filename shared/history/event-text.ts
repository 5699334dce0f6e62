import type { AccountEventKind } from '../api/accounts';

const FIELD_NAMES: Record<string, string> = {
  name: 'Name',
  owner: 'Owner',
  tier: 'Tier',
  value: 'Value',
  tags: 'Tags',
  externalId: 'CRM id',
};

const show = (value: unknown): string =>
  Array.isArray(value) ? value.join(', ') || 'none' : value === null || value === undefined || value === '' ? 'none' : String(value);

/**
 * One sentence for an account event on the timeline, from its kind and its
 * detail (shaped as `AccountEventDetails`). Damaged detail still gives a sentence.
 *
 * @example
 * accountEventText('handover', { from: 'Ana', to: 'Ben' }); // 'Handed over from Ana to Ben'
 */
export function accountEventText(kind: AccountEventKind, detail: unknown): string {
  const d = (detail && typeof detail === 'object' && !Array.isArray(detail) ? detail : {}) as Record<string, unknown>;
  switch (kind) {
    case 'created':
      return typeof d.owner === 'string' ? `Account created, owned by ${d.owner}` : 'Account created';
    case 'handover':
      return typeof d.from === 'string' && typeof d.to === 'string' ? `Handed over from ${d.from} to ${d.to}` : 'Handed over to a new owner';
    case 'churned': {
      const reason = typeof d.reason === 'string' && d.reason.trim() ? `: ${d.reason.trim()}` : '';
      return `Marked as churned${typeof d.on === 'string' ? ` on ${d.on}` : ''}${reason}`;
    }
    case 'reactivated':
      return 'Reactivated';
    case 'updated': {
      const changes = (d.changes && typeof d.changes === 'object' ? d.changes : {}) as Record<string, unknown>;
      const parts = Object.entries(changes)
        .filter(([field]) => field in FIELD_NAMES)
        .map(([field, change]) => {
          const c = change as { from?: unknown; to?: unknown } | null;
          return c && typeof c === 'object' && 'to' in c ? `${FIELD_NAMES[field]} ${show(c.from)} → ${show(c.to)}` : `${FIELD_NAMES[field]} changed`;
        });
      return parts.length ? `Account edited: ${parts.join('; ')}` : 'Account details edited';
    }
  }
}
