import { describe, expect, it } from 'vitest';
import { ACCOUNT_FIELDS, FIELD_LABELS, REQUIRED_FIELDS, TOUCHPOINT_FIELDS, findColumn, headerKey, validateMapping } from './fields';
import type { Mapping } from './fields';

const header = ['Company', 'Date', 'Subject', 'Notes'];
const valid: Mapping = { kind: 'touchpoints', fields: { account: 'Company', occurred_at: 'Date', subject: 'Subject' }, dateFormat: 'auto' };

describe('fields', () => {
  it('labels every field in plain words and requires the account (and the date for contacts)', () => {
    for (const field of [...TOUCHPOINT_FIELDS, ...ACCOUNT_FIELDS]) expect(FIELD_LABELS[field]).toMatch(/^[A-Z]/);
    expect(FIELD_LABELS.occurred_at).toBe('When it happened');
    expect(REQUIRED_FIELDS.touchpoints).toEqual(['account', 'occurred_at']);
    expect(REQUIRED_FIELDS.accounts).toEqual(['account']);
  });

  it('compares headers without case, spacing or punctuation', () => {
    expect(headerKey(' Date/Time (UTC) ')).toBe('datetimeutc');
    expect(headerKey('Ánnual_Revenue')).toBe('annualrevenue');
    expect(findColumn(['Id', 'Created At'], 'Created at')).toBe(1);
    expect(findColumn(['created at', 'Created at'], 'Created at')).toBe(1);
    expect(findColumn(['Id'], 'Created at')).toBe(-1);
  });
});

describe('validateMapping', () => {
  it('accepts a usable mapping', () => {
    expect(validateMapping(valid, header)).toEqual([]);
    expect(validateMapping({ ...valid, timeZone: 'Europe/London', sentimentScale: 'five', defaults: { channel: 'call' } }, header)).toEqual([]);
  });

  it('names a missing required field', () => {
    expect(validateMapping({ ...valid, fields: { account: 'Company' } }, header)).toEqual(["Choose the column for 'When it happened'."]);
    expect(validateMapping({ kind: 'accounts', fields: {}, dateFormat: 'auto' }, header)).toEqual(["Choose the column for 'Account'."]);
  });

  it('names a column the file does not have', () => {
    expect(validateMapping({ ...valid, fields: { ...valid.fields, notes: 'Comments' } }, header)).toEqual([
      "The file has no column 'Comments' (chosen for 'Notes').",
    ]);
  });

  it('names a column chosen twice', () => {
    expect(validateMapping({ ...valid, fields: { ...valid.fields, notes: 'Subject' } }, header)).toEqual([
      "The column 'Subject' is chosen for both 'Subject' and 'Notes'; choose it once.",
    ]);
  });

  it('names fields of the other kind, bad formats, zones and defaults', () => {
    const problems = validateMapping(
      { kind: 'touchpoints', fields: { account: 'Company', occurred_at: 'Date', tier: 'Notes' }, dateFormat: 'european', timeZone: 'Mars/Base', sentimentScale: 'stars', defaults: { channel: 'pigeon', direction: 'up' } },
      header,
    );
    expect(problems).toEqual([
      "'european' is not a date format Tend knows (auto, iso, dmy, mdy, ymd, excel).",
      "'Mars/Base' is not a time zone; use a name such as Europe/London or America/New_York.",
      "'stars' is not a sentiment scale Tend knows (auto, signed, five, ten).",
      "'pigeon' is not a channel.",
      "'up' is not a direction (inbound or outbound).",
      "'Tier' is not part of a contact log.",
    ]);
  });

  it('survives anything a JSON file can hold', () => {
    expect(validateMapping(null, header)).toEqual(['The mapping is missing.']);
    expect(validateMapping({ kind: 'people' }, header)).toHaveLength(1);
    expect(validateMapping({ kind: 'accounts', dateFormat: 'auto' }, header)).toEqual(['The mapping has no columns.']);
    expect(validateMapping({ kind: 'accounts', dateFormat: 'auto', fields: { account: 7 } }, header)).toContain("The column for 'Account' is not a column name.");
  });
});
