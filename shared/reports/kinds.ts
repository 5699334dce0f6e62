import type { Channel } from '../domain';

/** How a report names each kind of touchpoint, one and many ("1 meeting", "3 meetings"). */
export const KIND_NAMES: Record<Channel, { one: string; many: string; title: string }> = {
  meeting: { one: 'meeting', many: 'meetings', title: 'Meetings' },
  call: { one: 'call', many: 'calls', title: 'Calls' },
  email: { one: 'email', many: 'emails', title: 'Emails' },
  message: { one: 'message', many: 'messages', title: 'Messages' },
  ticket: { one: 'support ticket', many: 'support tickets', title: 'Support tickets' },
  survey: { one: 'survey', many: 'surveys', title: 'Surveys' },
  other: { one: 'other contact', many: 'other contacts', title: 'Other' },
};

/** The order kinds are listed in: the most personal first. */
export const KIND_ORDER: readonly Channel[] = ['meeting', 'call', 'email', 'message', 'ticket', 'survey', 'other'];

/** "Meeting", "Support ticket": a kind as a table cell. */
export function kindLabel(channel: Channel): string {
  const one = KIND_NAMES[channel].one;
  return one.charAt(0).toUpperCase() + one.slice(1);
}

/** "4 meetings, 6 calls and 12 emails" */
export function joinWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
