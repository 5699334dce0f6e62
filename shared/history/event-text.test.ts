import { describe, expect, it } from 'vitest';
import { accountEventText } from './event-text';

describe('account event sentences', () => {
  it('say what happened to the account in words', () => {
    expect(accountEventText('handover', { from: 'Ana', to: 'Ben' })).toBe('Handed over from Ana to Ben');
    expect(accountEventText('churned', { on: '2026-11-01', reason: 'Moved to a competitor' })).toBe('Marked as churned on 2026-11-01: Moved to a competitor');
    expect(accountEventText('reactivated', { churnedOn: '2026-11-01', reason: 'x' })).toBe('Reactivated');
    expect(accountEventText('updated', { changes: { tier: { from: 'Standard', to: 'Strategic' }, tags: { from: [], to: ['vip'] } } })).toBe(
      'Account edited: Tier Standard → Strategic; Tags none → vip',
    );
    expect(accountEventText('created', { owner: 'Ana' })).toBe('Account created, owned by Ana');
  });

  it('still say something when the detail is damaged', () => {
    expect(accountEventText('handover', null)).toBe('Handed over to a new owner');
    expect(accountEventText('updated', 'garbage')).toBe('Account details edited');
  });
});
