import type { Channel, Direction } from '../../shared/domain';

/** Channels as account managers name them. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  call: 'Call',
  email: 'Email',
  meeting: 'Meeting',
  message: 'Message',
  ticket: 'Ticket',
  survey: 'Survey',
  other: 'Other',
};

/** A touch on each channel, as a sentence names it: "Added an email to the timeline." */
export const CHANNEL_NOUNS: Record<Channel, string> = {
  call: 'a call',
  email: 'an email',
  meeting: 'a meeting',
  message: 'a message',
  ticket: 'a ticket',
  survey: 'a survey answer',
  other: 'a touch',
};

/** The channels a touch can be logged on by hand; survey answers have their own dialog. */
export const LOGGABLE_CHANNELS: readonly Channel[] = ['call', 'email', 'meeting', 'message', 'ticket', 'other'];

export const DIRECTION_LABELS: Record<Direction, string> = {
  outbound: 'We reached out',
  inbound: 'They contacted us',
};

/** How a touch went, as a person says it; stored as a sentiment from −1 to 1. */
export type SentimentChoice = 'positive' | 'neutral' | 'negative' | 'unsure';

export const SENTIMENT_LABELS: Record<SentimentChoice, string> = {
  positive: 'Positive',
  neutral: 'Neutral',
  negative: 'Negative',
  unsure: 'Not sure',
};

/** The value stored for each choice; the same as the log-a-touch dialog on today's list. */
export const SENTIMENT_VALUES: Record<SentimentChoice, number | null> = { positive: 0.6, neutral: 0, negative: -0.6, unsure: null };

/**
 * The choice a stored sentiment reads as: ±0.3 is where the health model starts
 * counting a conversation as negative, so the same line splits the choices.
 * @example sentimentChoiceFor(-0.45) // 'negative'
 */
export function sentimentChoiceFor(sentiment: number | null): SentimentChoice {
  if (sentiment === null) return 'unsure';
  if (sentiment >= 0.3) return 'positive';
  if (sentiment <= -0.3) return 'negative';
  return 'neutral';
}
