import { describe, expect, it } from 'vitest';
import { clearFilters, DEFAULT_VIEW, describeFilters, filterAccounts, isFiltered } from './account-filters';
import { accountRow } from './test-rows';

const rows = [
  accountRow({ id: 1, name: 'Northwind Traders', owner: 'Dana Whitfield', tier: 'Strategic', band: 'neglected', score: 20, tags: ['renewal', 'EMEA'], daysSinceContact: 45 }),
  accountRow({ id: 2, name: 'Contoso', owner: 'Luis Ortega', tier: 'Standard', band: 'healthy', score: 90, daysSinceContact: 3 }),
  accountRow({ id: 3, name: 'Fabrikam', owner: 'Luis Ortega', tier: 'Long tail', band: 'at_risk', score: 40, daysSinceContact: null, lastContactOn: null }),
  accountRow({ id: 4, name: 'Adventure Works', externalId: 'SF-0042', owner: 'Dana Whitfield', status: 'churned', churnedOn: '2026-10-01', score: null, band: null, tags: ['emea'], daysSinceContact: 60 }),
];
const ids = (view: Partial<typeof DEFAULT_VIEW>) => filterAccounts(rows, { ...DEFAULT_VIEW, ...view }).map((row) => row.id);

describe('filterAccounts', () => {
  it('returns the very same array when nothing narrows the view', () => {
    expect(filterAccounts(rows, DEFAULT_VIEW)).toBe(rows);
    expect(filterAccounts(rows, { ...DEFAULT_VIEW, sort: [{ id: 'value', desc: true }], hiddenColumns: ['tags'] })).toBe(rows);
  });

  it('searches name, CRM id, owner, tier and tags, ignoring case and edge spaces', () => {
    expect(ids({ search: 'north' })).toEqual([1]);
    expect(ids({ search: '  sf-0042 ' })).toEqual([4]);
    expect(ids({ search: 'ortega' })).toEqual([2, 3]);
    expect(ids({ search: 'long tail' })).toEqual([3]);
    expect(ids({ search: 'renewal' })).toEqual([1]);
    expect(ids({ search: 'nobody like this' })).toEqual([]);
  });

  it('filters by owner, tier, band and status', () => {
    expect(ids({ owner: 'Dana Whitfield' })).toEqual([1, 4]);
    expect(ids({ tier: 'strategic' })).toEqual([1]);
    expect(ids({ band: 'at_risk' })).toEqual([3]);
    expect(ids({ status: 'churned' })).toEqual([4]);
    expect(ids({ status: 'active' })).toEqual([1, 2, 3]);
  });

  it('matches a tag whatever its capitalisation', () => {
    expect(ids({ tag: 'EMEA' })).toEqual([1, 4]);
  });

  it('counts accounts never contacted as silent for longer than any number of days', () => {
    expect(ids({ noContactDays: 30 })).toEqual([1, 3, 4]);
    expect(ids({ noContactDays: 45 })).toEqual([3, 4]);
    expect(ids({ noContactDays: 0 })).toEqual([1, 2, 3, 4]);
  });

  it('combines every filter with AND', () => {
    expect(ids({ owner: 'Dana Whitfield', status: 'active', noContactDays: 30, tag: 'emea' })).toEqual([1]);
    expect(ids({ owner: 'Luis Ortega', band: 'neglected' })).toEqual([]);
  });
});

describe('describing and clearing filters', () => {
  it('names each active filter in words', () => {
    expect(describeFilters(DEFAULT_VIEW)).toEqual([]);
    expect(describeFilters({ ...DEFAULT_VIEW, search: ' acme ', band: 'at_risk', status: 'churned', noContactDays: 30 })).toEqual([
      '“acme”',
      'band At risk',
      'churned only',
      'no contact for more than 30 days',
    ]);
  });

  it('clears the filters but keeps sort and columns', () => {
    const view = { ...DEFAULT_VIEW, owner: 'Dana Whitfield', tag: 'emea', sort: [{ id: 'score', desc: false }], hiddenColumns: ['tags'] };
    expect(isFiltered(view)).toBe(true);
    const cleared = clearFilters(view);
    expect(isFiltered(cleared)).toBe(false);
    expect(cleared.sort).toEqual(view.sort);
    expect(cleared.hiddenColumns).toEqual(['tags']);
  });
});
