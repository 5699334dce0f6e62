import { describe, expect, it } from 'vitest';
import { mappingWarnings } from './mapping-warnings';
import { detectKind, suggestMapping } from './suggest';
import { matchHeader } from './synonyms';

describe('header synonyms', () => {
  it.each([
    ['Activity Date', 'occurred_at'], ['Date', 'occurred_at'], ['Created', 'occurred_at'], ['Start Time', 'occurred_at'],
    ['Call Start', 'occurred_at'], ['Date/Time', 'occurred_at'], ['DATE_TIME', 'occurred_at'], ['Start Time (UTC)', 'occurred_at'],
    ['Account Name', 'account_name'], ['Company', 'account_name'], ['Organization', 'account_name'], ['Customer', 'account_name'],
    ['Account ID', 'account'], ['Account Number', 'account'], ['Customer ID', 'account'], ['External ID', 'account'], ['customerId', 'account'],
    ['Assigned To', 'owner'], ['Owner', 'owner'], ['Account Owner', 'owner'], ['Agent', 'owner'], ['Rep', 'owner'],
    ['Call Direction', 'direction'], ['Direction', 'direction'],
    ['Activity Type', 'channel'], ['Channel', 'channel'], ['Medium', 'channel'], ['Via', 'channel'],
    ['Ticket Status', 'complaint_status'], ['Solved At', 'resolved_at'], ['Resolved', 'resolved_at'], ['Closed Date', 'resolved_at'],
    ['Subject', 'subject'], ['Title', 'subject'], ['Description', 'notes'], ['Notes', 'notes'], ['Comments', 'notes'], ['Body', 'notes'],
    ['Contact', 'person'], ['Contact Name', 'person'], ['Requester', 'person'], ['Caller', 'person'],
    ['Satisfaction', 'sentiment'], ['CSAT', 'sentiment'], ['Sentiment', 'sentiment'],
    ['NPS', 'refer'], ['Likelihood to recommend', 'refer'], ['Would buy again', 'come_back'], ['Return intent', 'come_back'],
  ])('contact log: %s → %s', (header, field) => {
    expect(matchHeader('touchpoints', header)[0]?.synonyms.field).toBe(field);
  });

  it.each([
    ['Tier', 'tier'], ['Segment', 'tier'], ['Plan', 'tier'], ['ARR', 'value'], ['Annual Revenue', 'value'], ['Value', 'value'],
    ['Amount', 'value'], ['MRR', 'value'], ['Annual Revenue (USD)', 'value'], ['Status', 'status'], ['Churned', 'status'],
    ['Created', 'created_at'], ['Customer Since', 'created_at'], ['Record ID', 'account'], ['Company name', 'account_name'],
  ])('account list: %s → %s', (header, field) => {
    expect(matchHeader('accounts', header)[0]?.synonyms.field).toBe(field);
  });

  it('matches a header that contains a synonym, at a lower score', () => {
    const [match] = matchHeader('touchpoints', 'Primary Account Owner');
    expect(match?.synonyms.field).toBe('owner');
    expect(match!.score).toBeLessThan(match!.synonyms.score);
  });
});

const rowsWithType = (type: string[]) => type.map((t) => ['Northwind Logistics', '2026-11-24', t]);

describe('suggestMapping', () => {
  it('maps messy headers', () => {
    const header = [' ACCOUNT_NAME ', 'activity-date', 'call direction', 'E-Mail Subject', 'notes:', 'rep'];
    const rows = [['Northwind Logistics', '2026-11-24 09:30', 'Outbound', 'Renewal', 'Fine', 'Maya Patel']];
    expect(suggestMapping('touchpoints', header, rows)).toEqual({
      kind: 'touchpoints',
      fields: { account: ' ACCOUNT_NAME ', owner: 'rep', occurred_at: 'activity-date', direction: 'call direction', subject: 'E-Mail Subject', notes: 'notes:' },
      dateFormat: 'iso',
    });
  });

  it('uses the values when the headers say nothing', () => {
    const header = ['A', 'B', 'C', 'D'];
    const rows = [
      ['Northwind Logistics', '24/11/2026 09:30', 'Inbound', 'Call'],
      ['Bluepeak Analytics', '25/11/2026 10:00', 'Outbound', 'E-mail'],
      ['Northwind Logistics', '26/11/2026 11:00', 'out', 'Meeting'],
    ];
    expect(suggestMapping('touchpoints', header, rows).fields).toEqual({ occurred_at: 'B', direction: 'C', channel: 'D' });
  });

  it('reads a generic "Type" by its values', () => {
    const header = ['Company', 'Date', 'Type'];
    expect(suggestMapping('touchpoints', header, rowsWithType(['Inbound', 'Outbound', 'Inbound'])).fields.direction).toBe('Type');
    expect(suggestMapping('touchpoints', header, rowsWithType(['Call', 'Email', 'Meeting'])).fields.channel).toBe('Type');
    const neither = suggestMapping('touchpoints', header, rowsWithType(['Renewal', 'Upsell', 'Renewal'])).fields;
    expect(neither.direction).toBeUndefined();
    expect(neither.channel).toBeUndefined();
  });

  it('takes "Status" as a complaint status only when it holds open/solved', () => {
    const header = ['Company', 'Date', 'Status'];
    const withStatus = (s: string[]) => suggestMapping('touchpoints', header, s.map((v) => ['Northwind Logistics', '2026-11-24', v]));
    expect(withStatus(['open', 'solved', 'pending']).fields.complaint_status).toBe('Status');
    expect(withStatus(['open', 'solved', 'pending']).defaults).toEqual({ channel: 'ticket' });
    expect(withStatus(['Completed', 'Not Started', 'Completed']).fields.complaint_status).toBeUndefined();
  });

  it('does not map a date header whose values are not dates', () => {
    const mapping = suggestMapping('touchpoints', ['Company', 'Date', 'When'], [['Northwind Logistics', 'Maya Patel', '2026-11-24']]);
    expect(mapping.fields.occurred_at).toBe('When');
  });

  it('prefers an id column for the account and keeps the name beside it', () => {
    const mapping = suggestMapping('touchpoints', ['Account', 'Account ID', 'Date'], [['Northwind Logistics', 'NW-1', '2026-11-24']]);
    expect(mapping.fields).toMatchObject({ account: 'Account ID', account_name: 'Account' });
  });

  it('detects the date order, the sentiment scale and a phone log', () => {
    const mapping = suggestMapping('touchpoints', ['Contact', 'Call Start', 'Duration', 'Rating', 'Customer'], [
      ['Elena', '03/04/2026 10:00', '00:03:10', '1', 'Northwind Logistics'],
      ['Kenji', '24/04/2026 11:00', '00:01:10', '5', 'Bluepeak Analytics'],
    ]);
    expect(mapping).toMatchObject({ dateFormat: 'dmy', sentimentScale: 'five', defaults: { channel: 'call' } });
    const signed = suggestMapping('touchpoints', ['Customer', 'Date', 'Sentiment'], [['A', '2026-01-01', '-0.5'], ['B', '2026-01-02', '1']]);
    expect(signed.sentimentScale).toBe('signed');
  });

  it('maps an account list', () => {
    const mapping = suggestMapping('accounts', ['Customer ID', 'Name', 'Segment', 'ARR', 'Churned', 'Customer Since', 'Owner'], [
      ['C-1', 'Northwind Logistics', 'Enterprise', '$120,000', 'No', '2021-03-15', 'Maya Patel'],
    ]);
    expect(mapping.fields).toEqual({
      account: 'Customer ID', account_name: 'Name', owner: 'Owner', tier: 'Segment', value: 'ARR', status: 'Churned', created_at: 'Customer Since',
    });
  });
});

describe('detectKind', () => {
  it('tells a contact log from an account list', () => {
    const log = detectKind(['Company', 'Call Direction', 'Start Time', 'Duration'], [
      ['Northwind Logistics', 'Outbound', '2026-11-24 09:00', '120'], ['Northwind Logistics', 'Inbound', '2026-11-25 09:00', '30'],
    ]);
    expect(log.kind).toBe('touchpoints');
    expect(log.confidence).toBeGreaterThan(0.5);
    expect(log.why).toContain("'Call Direction'");
    const list = detectKind(['Company', 'Tier', 'ARR', 'Owner'], [['Northwind Logistics', 'Strategic', '120000', 'Maya Patel']]);
    expect(list).toMatchObject({ kind: 'accounts' });
    expect(list.confidence).toBeGreaterThan(0.5);
  });

  it('says when it cannot tell', () => {
    expect(detectKind(['Foo', 'Bar'], [['1', '2']])).toEqual({
      kind: 'touchpoints', confidence: 0, why: 'No column looks like a contact log or an account list; choose what the file holds.',
    });
  });
});

describe('mappingWarnings', () => {
  it('warns that MRR is kept as it is, and about annual revenue', () => {
    expect(mappingWarnings({ kind: 'accounts', fields: { account: 'Company', value: 'MRR' }, dateFormat: 'auto' }, ['Company', 'MRR'])).toEqual([
      "'MRR' looks like monthly revenue. Tend stores it as it is — not ×12 — so 'Value per year' will show monthly amounts.",
    ]);
    expect(mappingWarnings({ kind: 'accounts', fields: { account: 'Company', value: 'Annual Revenue' }, dateFormat: 'auto' }, ['Company', 'Annual Revenue'])[0]).toContain('turnover');
  });

  it('warns about inbound defaults, name matching, ambiguous dates, zone-less times and sentiment scales', () => {
    const header = ['Company', 'Date', 'Score'];
    const rows = [['Northwind Logistics', '03/04/2026 10:00', '1'], ['Bluepeak Analytics', '05/06/2026 11:00', '4']];
    const warnings = mappingWarnings({ kind: 'touchpoints', fields: { account: 'Company', occurred_at: 'Date', sentiment: 'Score' }, dateFormat: 'dmy' }, header, rows);
    expect(warnings).toHaveLength(5);
    expect(warnings[0]).toContain('inbound');
    expect(warnings[1]).toContain("matched by name ('Company')");
    expect(warnings[2]).toContain('could be day-first or month-first');
    expect(warnings[3]).toContain('read as UTC');
    expect(warnings[4]).toContain("'Score'");
  });

  it('is quiet for a mapping that says everything', () => {
    const mapping = { kind: 'touchpoints' as const, fields: { account: 'Account ID', occurred_at: 'Date', direction: 'Dir' }, dateFormat: 'iso' as const, timeZone: 'Europe/London' };
    expect(mappingWarnings(mapping, ['Account ID', 'Date', 'Dir'], [['NW-1', '2026-11-24 10:00', 'in']])).toEqual([]);
  });
});
