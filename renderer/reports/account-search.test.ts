import { describe, expect, it } from 'vitest';
import { matchAccounts, type SearchableAccount } from './account-search';

const account = (name: string, externalId: string, owner = 'Maya Patel', status: SearchableAccount['status'] = 'active') => ({ name, externalId, owner, status });
const rows = [
  account('Zürich Learning', 'ACC-1279'),
  account('Pinestone Bakeries', 'ACC-1341', 'Jonas Berg'),
  account('Acme Pine Works', 'ACC-1002', 'Jonas Berg'),
  account('Old Pine Mill', 'ACC-1500', 'Maya Patel', 'churned'),
  account('Highvale Engineering', 'ACC-1347', 'Aisha Okafor'),
];
const names = (found: SearchableAccount[]) => found.map((row) => row.name);

describe('matchAccounts', () => {
  it('finds names and ids whatever the accents and case, active accounts only', () => {
    expect(names(matchAccounts(rows, 'zur', null))).toEqual(['Zürich Learning']);
    expect(names(matchAccounts(rows, 'acc-1347', null))).toEqual(['Highvale Engineering']);
    expect(names(matchAccounts(rows, 'pine', null))).toEqual(['Pinestone Bakeries', 'Acme Pine Works']);
  });

  it('needs every word typed, in any order', () => {
    expect(names(matchAccounts(rows, 'works acme', null))).toEqual(['Acme Pine Works']);
    expect(matchAccounts(rows, 'pine learning', null)).toEqual([]);
  });

  it('puts the preferred owner first when nothing else tells the matches apart', () => {
    expect(names(matchAccounts(rows, '', 'Aisha Okafor'))[0]).toBe('Highvale Engineering');
    expect(names(matchAccounts(rows, '', null))).toEqual(['Acme Pine Works', 'Highvale Engineering', 'Pinestone Bakeries', 'Zürich Learning']);
  });
});
