import { describe, expect, it } from 'vitest';
import type { NewTouchpoint } from '../../../shared/domain';
import { demoComplaintLinks } from './demo-complaint-links';

const tp = (accountId: number, occurredAt: string, fields: Partial<NewTouchpoint> = {}): NewTouchpoint => ({
  accountId,
  occurredAt,
  channel: 'email',
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
  ...fields,
});

describe('sample complaint updates', () => {
  it('tie our later touches that name the issue to the complaint, up to the day it was resolved', () => {
    const touchpoints = [
      tp(1, '2026-10-01T09:00:00Z', { direction: 'inbound', subject: 'Escalation: sync errors with their CRM', complaintStatus: 'resolved', resolvedAt: '2026-10-08T10:00:00Z' }),
      tp(1, '2026-10-02T09:00:00Z', { notes: 'Updated Ana on sync errors with their CRM; a fix is in testing.' }),
      tp(1, '2026-10-03T09:00:00Z', { direction: 'inbound', notes: 'Ana asked about sync errors with their CRM again.' }),
      tp(1, '2026-10-08T16:00:00Z', { channel: 'call', subject: 'Fixed: sync errors with their CRM' }),
      tp(1, '2026-10-20T09:00:00Z', { notes: 'Checked sync errors with their CRM stay fixed.' }),
      tp(2, '2026-10-02T09:00:00Z', { notes: 'Updated Bo on sync errors with their CRM.' }),
      tp(1, '2026-09-30T09:00:00Z', { notes: 'Talked about sync errors with their CRM before anyone complained.' }),
    ];
    expect(demoComplaintLinks(touchpoints)).toEqual([
      [1, 0],
      [3, 0],
    ]);
  });

  it('give an update to the later of two open complaints about the same issue', () => {
    const touchpoints = [
      tp(1, '2026-10-01T09:00:00Z', { direction: 'inbound', subject: 'Complaint: lost attachments', complaintStatus: 'open' }),
      tp(1, '2026-10-05T09:00:00Z', { direction: 'inbound', subject: 'Lost attachments, again', complaintStatus: 'open' }),
      tp(1, '2026-10-06T09:00:00Z', { notes: 'Root cause of lost attachments found.' }),
    ];
    expect(demoComplaintLinks(touchpoints)).toEqual([[2, 1]]);
  });
});
