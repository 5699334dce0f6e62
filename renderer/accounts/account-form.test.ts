import { describe, expect, it } from 'vitest';
import { changedFields, EMPTY_FORM, formFromAccount, parseValue, readAccountForm } from './account-form';
import { withTags } from './tag-input';

describe('the account form', () => {
  it('reads amounts as people type them, and refuses what is not an amount', () => {
    expect(parseValue('12000')).toBe(12_000);
    expect(parseValue(' $120,000 ')).toBe(120_000);
    expect(parseValue('€1 250.50')).toBe(1250.5);
    expect(parseValue('')).toBeNull();
    expect(parseValue('-5')).toBeNull();
    expect(parseValue('12k')).toBeNull();
  });

  it('says what is missing, field by field', () => {
    const { fields, errors } = readAccountForm(EMPTY_FORM);
    expect(fields).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(['name', 'owner', 'tier', 'value']);
  });

  it('trims what it sends, and leaves the CRM id out when empty so Tend makes one up', () => {
    const { fields, errors } = readAccountForm({ ...EMPTY_FORM, name: ' Acme ', owner: 'Dana ', tier: ' Strategic', value: '1,500', tags: ['emea'] });
    expect(errors).toEqual({});
    expect(fields).toEqual({ name: 'Acme', owner: 'Dana', tier: 'Strategic', value: 1500, tags: ['emea'] });
    expect(readAccountForm({ ...EMPTY_FORM, name: 'Acme', owner: 'Dana', tier: 'Standard', value: '1', externalId: ' SF-9 ' }).fields?.externalId).toBe('SF-9');
  });

  it('sends only what an edit changed', () => {
    const stored = { name: 'Acme', externalId: 'SF-9', owner: 'Dana', tier: 'Standard', value: 1500, tags: ['emea'] };
    const unchanged = readAccountForm(formFromAccount(stored)).fields!;
    expect(changedFields(stored, unchanged)).toEqual({});
    const edited = readAccountForm({ ...formFromAccount(stored), value: '2000', tags: ['emea', 'renewal'] }).fields!;
    expect(changedFields(stored, edited)).toEqual({ value: 2000, tags: ['emea', 'renewal'] });
  });
});

describe('withTags', () => {
  it('adds typed tags once each, whatever their capitals, trimmed and with single spaces', () => {
    expect(withTags(['Renewal'], ['renewal', ' EMEA ', 'key   account', '', 'emea'])).toEqual(['Renewal', 'EMEA', 'key account']);
  });

  it('keeps tags to the 60 characters and 50 tags Tend stores', () => {
    expect(withTags([], ['x'.repeat(80)])[0]).toHaveLength(60);
    const fifty = Array.from({ length: 50 }, (_, i) => `tag-${i}`);
    expect(withTags(fifty, ['one more'])).toHaveLength(50);
  });
});
