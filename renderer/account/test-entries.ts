import type { TimelineEntry, TimelineTouchpoint } from '../../shared/api/account-page';

/** A touchpoint for tests: an outbound call with nothing else said, unless overridden. */
export function touch(id: number, occurredAt: string, overrides: Partial<TimelineTouchpoint> = {}): TimelineTouchpoint {
  return {
    id,
    accountId: 1,
    occurredAt,
    channel: 'call',
    direction: 'outbound',
    person: null,
    subject: null,
    notes: null,
    sentiment: null,
    sentimentSource: null,
    complaintStatus: null,
    resolvedAt: null,
    comeBack: null,
    refer: null,
    complaintId: null,
    batchId: null,
    ...overrides,
  };
}

export function touchEntry(touchpoint: TimelineTouchpoint): TimelineEntry {
  return { kind: 'touchpoint', at: touchpoint.occurredAt, touchpoint };
}

export function eventEntry(id: number, at: string, event: Extract<TimelineEntry, { kind: 'event' }>['event'] = 'handover'): TimelineEntry {
  return { kind: 'event', at, id, event, text: `Event ${id}` };
}
