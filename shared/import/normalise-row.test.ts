import { describe, expect, it } from 'vitest';
import { MAX_TEXT } from './clean-text';
import type { Mapping } from './fields';
import { createRowNormaliser } from './normalise-row';
import type { ImportedAccount, ImportedTouchpoint, RowResult } from './normalise-row';

const header = ['Company', 'When', 'How', 'Direction', 'Contact', 'Subject', 'Notes', 'Mood', 'Status', 'Solved', 'Again', 'NPS', 'Owner'];
const mapping: Mapping = {
  kind: 'touchpoints',
  fields: {
    account: 'Company', occurred_at: 'When', channel: 'How', direction: 'Direction', person: 'Contact', subject: 'Subject', notes: 'Notes',
    sentiment: 'Mood', complaint_status: 'Status', resolved_at: 'Solved', come_back: 'Again', refer: 'NPS', owner: 'Owner',
  },
  dateFormat: 'dmy',
};
const row = (overrides: Partial<Record<(typeof header)[number], string>> = {}) =>
  header.map((h) => overrides[h] ?? ({ Company: 'Northwind Logistics', When: '24/11/2026 09:30', How: 'Phone', Direction: 'Outgoing', Owner: 'Maya Patel' } as Record<string, string>)[h] ?? '');

const record = (result: RowResult) => {
  if (!result.ok) throw new Error(result.reason);
  return result.record as ImportedTouchpoint;
};
const account = (result: RowResult) => {
  if (!result.ok) throw new Error(result.reason);
  return result.record as ImportedAccount;
};
const reason = (result: RowResult) => (result.ok ? 'accepted' : result.reason);

describe('touchpoints', () => {
  const normalise = createRowNormaliser(mapping, header);

  it('turns a row into a touchpoint', () => {
    expect(record(normalise(row({ Contact: ' Elena Vasquez ', Subject: 'Renewal', Notes: 'Line one\r\nLine two', Mood: 'Positive', Again: 'Yes', NPS: '9' }), 2))).toEqual({
      account: 'Northwind Logistics', accountName: null, owner: 'Maya Patel', occurredAt: Date.UTC(2026, 10, 24, 9, 30), channel: 'call',
      direction: 'outbound', person: 'Elena Vasquez', subject: 'Renewal', notes: 'Line one\nLine two', sentiment: 0.5, complaintStatus: null,
      resolvedAt: null, comeBack: 5, refer: 9,
    });
  });

  it('rejects with the line number, the field in words and the value', () => {
    expect(reason(normalise(row({ When: '31/02/2026' }), 14))).toBe("Line 14: 'When it happened' is '31/02/2026', which is not a date (February 2026 has 28 days).");
    expect(reason(normalise(row({ When: 'yesterday' }), 3))).toBe("Line 3: 'When it happened' is 'yesterday', which is not a date.");
    expect(reason(normalise(row({ When: '' }), 4))).toBe("Line 4: 'When it happened' is empty.");
    expect(reason(normalise(row({ When: 'N/A' }), 4))).toBe("Line 4: 'When it happened' is empty.");
    expect(reason(normalise(row({ Company: '  ' }), 5))).toBe("Line 5: 'Account' is empty.");
    expect(reason(normalise(row({ Mood: 'meh' }), 6))).toBe("Line 6: 'Sentiment' is 'meh', which is not a sentiment (Positive, Negative, 1–5 stars, or −1 to 1).");
    expect(reason(normalise(row({ Status: 'Purple' }), 7))).toBe("Line 7: 'Complaint status' is 'Purple', which is neither open nor resolved.");
    expect(reason(normalise(row({ Solved: '32/01/2026' }), 8))).toBe("Line 8: 'When it was resolved' is '32/01/2026', which is not a date (January 2026 has 31 days).");
    expect(reason(normalise(row({ Again: '7' }), 9))).toBe("Line 9: 'Would come back (1–5)' is '7', which is not an answer from 1 to 5 (or yes/no).");
    expect(reason(normalise(row({ NPS: '11' }), 10))).toBe("Line 10: 'Would recommend (0–10)' is '11', which is not a score from 0 to 10 (or yes/no).");
  });

  it('quotes a long bad value shortened to one line', () => {
    const result = reason(normalise(row({ When: `${'x'.repeat(100)}\nmore` }), 2));
    expect(result).toMatch(/^Line 2: 'When it happened' is 'x{59}…', which is not a date\.$/);
  });

  it('reads missing cells as empty and ignores extra ones', () => {
    expect(record(normalise(['Northwind Logistics', '24/11/2026'], 2))).toMatchObject({ channel: 'other', direction: 'inbound', person: null, owner: null });
    expect(record(normalise([...row(), 'extra', 'cells'], 2)).account).toBe('Northwind Logistics');
  });

  it('files unknown channels under other and unknown directions as inbound', () => {
    expect(record(normalise(row({ How: 'Carrier pigeon', Direction: 'Sideways' }), 2))).toMatchObject({ channel: 'other', direction: 'inbound' });
    expect(record(normalise(row({ How: '', Direction: '' }), 2))).toMatchObject({ channel: 'other', direction: 'inbound' });
  });

  it('treats a survey that was not answered as no answer', () => {
    expect(record(normalise(row({ Mood: 'Unoffered', Again: 'Offered' }), 2))).toMatchObject({ sentiment: null, comeBack: null });
  });

  it('keeps complaint status and resolved date consistent', () => {
    const solved = record(normalise(row({ Status: 'Solved', Solved: '25/11/2026 10:00' }), 2));
    expect(solved).toMatchObject({ complaintStatus: 'resolved', resolvedAt: Date.UTC(2026, 10, 25, 10) });
    expect(record(normalise(row({ Status: 'Open', Solved: '25/11/2026 10:00' }), 2))).toMatchObject({ complaintStatus: 'open', resolvedAt: null });
    expect(record(normalise(row({ Status: '', Solved: '25/11/2026' }), 2))).toMatchObject({ complaintStatus: 'resolved' });
    expect(record(normalise(row({ Status: 'Closed' }), 2))).toMatchObject({ complaintStatus: 'resolved', resolvedAt: null });
  });

  it('cleans text: control characters go, long notes are cut', () => {
    const cleaned = record(normalise(row({ Company: '\ufeffNorthwind\u0000 Logistics\n', Subject: 'Re:\tInvoice\u200b', Notes: 'x'.repeat(MAX_TEXT + 500) }), 2));
    expect(cleaned.account).toBe('Northwind Logistics');
    expect(cleaned.subject).toBe('Re: Invoice');
    expect(cleaned.notes).toHaveLength(MAX_TEXT);
    expect(cleaned.notes!.endsWith('…')).toBe(true);
  });

  it('uses the mapping defaults and the time zone', () => {
    const ticketMapping: Mapping = { kind: 'touchpoints', fields: { account: 'Company', occurred_at: 'When' }, dateFormat: 'dmy', timeZone: 'Europe/Berlin', defaults: { channel: 'ticket', direction: 'inbound' } };
    const tickets = createRowNormaliser(ticketMapping, header);
    expect(record(tickets(row(), 2))).toMatchObject({ channel: 'ticket', direction: 'inbound', occurredAt: Date.UTC(2026, 10, 24, 8, 30) });
    const ours = createRowNormaliser({ ...ticketMapping, defaults: { direction: 'outbound' } }, header);
    expect(record(ours(row(), 2))).toMatchObject({ channel: 'other', direction: 'outbound' });
  });

  it('reads sentiment numbers on the mapping scale', () => {
    const stars = createRowNormaliser({ ...mapping, sentimentScale: 'five' }, header);
    expect(record(stars(row({ Mood: '1' }), 2)).sentiment).toBe(-1);
    const signed = createRowNormaliser({ ...mapping, sentimentScale: 'signed' }, header);
    expect(record(signed(row({ Mood: '1' }), 2)).sentiment).toBe(1);
  });

  it('refuses to build from a mapping with problems', () => {
    expect(() => createRowNormaliser({ ...mapping, fields: { account: 'Company' } }, header)).toThrow("Choose the column for 'When it happened'.");
  });
});

describe('accounts', () => {
  const accountHeader = ['ID', 'Name', 'Owner', 'Segment', 'ARR', 'Active', 'Since'];
  const accountMapping: Mapping = {
    kind: 'accounts',
    fields: { account: 'ID', account_name: 'Name', owner: 'Owner', tier: 'Segment', value: 'ARR', status: 'Active', created_at: 'Since' },
    dateFormat: 'dmy',
  };
  const normalise = createRowNormaliser(accountMapping, accountHeader);

  it('turns a row into an account', () => {
    expect(account(normalise(['NW-1', 'Northwind Logistics', 'Maya Patel', 'Enterprise', '€120.000,00', 'Yes', '15/03/2021'], 2))).toEqual({
      account: 'NW-1', accountName: 'Northwind Logistics', owner: 'Maya Patel', tier: 'Strategic', value: 120000, status: 'active', createdOn: '2021-03-15',
    });
  });

  it('leaves what the file does not say as null, so an update keeps it', () => {
    expect(account(normalise(['NW-1', '', '', '', '', '', ''], 2))).toEqual({
      account: 'NW-1', accountName: null, owner: null, tier: null, value: null, status: null, createdOn: null,
    });
  });

  it('reads a yes/no column by its question', () => {
    expect(account(normalise(['NW-1', '', '', '', '', 'No', ''], 2)).status).toBe('churned');
    const churned = createRowNormaliser({ ...accountMapping, fields: { account: 'ID', status: 'Churned?' } }, ['ID', 'Churned?']);
    expect(account(churned(['NW-1', 'Yes'], 2)).status).toBe('churned');
  });

  it('rejects with the line and the field in words', () => {
    expect(reason(normalise(['NW-1', '', '', '', 'lots', '', ''], 3))).toBe("Line 3: 'Value per year' is 'lots', which is not an amount of money.");
    expect(reason(normalise(['NW-1', '', '', '', '-5', '', ''], 3))).toBe("Line 3: 'Value per year' is '-5', which is below zero.");
    expect(reason(normalise(['NW-1', '', '', '', '', 'Lead', ''], 4))).toBe("Line 4: 'Status' is 'Lead', which is neither active nor churned.");
    expect(reason(normalise(['NW-1', '', '', '', '', '', '2021-02-30'], 5))).toBe("Line 5: 'Customer since' is '2021-02-30', which is not a date (February 2021 has 28 days).");
    expect(reason(normalise(['', 'Northwind Logistics'], 6))).toBe("Line 6: 'Account' is empty.");
  });
});
