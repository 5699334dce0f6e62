import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountKey, touchpointFingerprint } from './fingerprint';
import type { ImportedTouchpoint } from './normalise-row';

const touchpoint: ImportedTouchpoint = {
  account: 'Northwind Logistics', accountName: null, owner: 'Maya Patel', occurredAt: Date.UTC(2026, 10, 24, 9, 30), channel: 'call',
  direction: 'outbound', person: 'Elena Vasquez', subject: 'Renewal', notes: 'Wants the 3-year option.', sentiment: null,
  complaintStatus: null, resolvedAt: null, comeBack: null, refer: null,
};

describe('touchpointFingerprint', () => {
  it('is 106 bits as 28 hex digits, and the same for the same touchpoint', () => {
    const fingerprint = touchpointFingerprint('42', touchpoint);
    expect(fingerprint).toMatch(/^[0-9a-f]{28}$/);
    expect(touchpointFingerprint('42', { ...touchpoint })).toBe(fingerprint);
  });

  it('is pinned: stored fingerprints must stay valid across releases', () => {
    expect(touchpointFingerprint('42', touchpoint)).toMatchInlineSnapshot(`"10252118fbc9b702da1099475332"`);
  });

  it('ignores case and spacing in the account key', () => {
    const fingerprint = touchpointFingerprint('Northwind Logistics', touchpoint);
    expect(touchpointFingerprint('  northwind   LOGISTICS ', touchpoint)).toBe(fingerprint);
    expect(touchpointFingerprint('Northwind\tLogistics', touchpoint)).toBe(fingerprint);
    expect(touchpointFingerprint('Northwind Logistic', touchpoint)).not.toBe(fingerprint);
    expect(accountKey('Malmo\u0308 AB')).toBe(accountKey('Malmö AB'));
    for (const key of ['42', 'nw-1', 'acct_7', 'northwind logistics']) expect(accountKey(key)).toBe(key);
  });

  it('changes with every identifying field', () => {
    const fingerprint = touchpointFingerprint('42', touchpoint);
    const changes: Partial<ImportedTouchpoint>[] = [
      { occurredAt: touchpoint.occurredAt + 1000 }, { occurredAt: touchpoint.occurredAt + 2 ** 32 }, { channel: 'email' }, { direction: 'inbound' },
      { person: null }, { person: 'Elena' }, { subject: null }, { subject: 'renewal' }, { notes: null }, { notes: 'Wants the 3-year option' },
    ];
    for (const change of changes) expect(touchpointFingerprint('42', { ...touchpoint, ...change })).not.toBe(fingerprint);
    expect(touchpointFingerprint('43', touchpoint)).not.toBe(fingerprint);
  });

  it('recognises the same contact after its ticket changed state', () => {
    const fingerprint = touchpointFingerprint('42', touchpoint);
    const later = { ...touchpoint, owner: 'Tom Reilly', sentiment: -0.5, complaintStatus: 'resolved' as const, resolvedAt: touchpoint.occurredAt + 1 };
    expect(touchpointFingerprint('42', later)).toBe(fingerprint);
  });

  it('keeps field boundaries: text cannot slide from one field to the next', () => {
    const a = touchpointFingerprint('42', { ...touchpoint, subject: 'ab', notes: 'c' });
    const b = touchpointFingerprint('42', { ...touchpoint, subject: 'a', notes: 'bc' });
    const c = touchpointFingerprint('42', { ...touchpoint, subject: null, notes: 'abc' });
    const d = touchpointFingerprint('42', { ...touchpoint, subject: '', notes: 'abc' });
    expect(new Set([a, b, c, d]).size).toBe(4);
  });

  it('does not collide on many similar touchpoints', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200_000; i++) seen.add(touchpointFingerprint(String(i % 1000), { ...touchpoint, occurredAt: touchpoint.occurredAt + Math.floor(i / 1000) * 60_000 }));
    expect(seen.size).toBe(200_000);
  });

  it('differs whenever the texts differ (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (x, y) => {
        fc.pre(x !== y);
        expect(touchpointFingerprint('42', { ...touchpoint, notes: x })).not.toBe(touchpointFingerprint('42', { ...touchpoint, notes: y }));
      }),
      { numRuns: 2000 },
    );
  });
});
