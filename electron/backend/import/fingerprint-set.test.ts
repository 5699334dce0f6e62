import { describe, expect, it } from 'vitest';
import { FingerprintSet } from './fingerprint-set';

const hex = (n: number) => n.toString(16).padStart(28, '0');

describe('FingerprintSet', () => {
  it('remembers what was added, and nothing else, through many resizes', () => {
    const set = new FingerprintSet(4);
    for (let i = 0; i < 50_000; i++) expect(set.add(hex(i * 2654435761))).toBe(true);
    expect(set.size).toBe(50_000);
    for (let i = 0; i < 50_000; i++) expect(set.has(hex(i * 2654435761))).toBe(true);
    for (let i = 50_000; i < 60_000; i++) expect(set.has(hex(i * 2654435761))).toBe(false);
    expect(set.add(hex(0))).toBe(false);
  });

  it('tells apart keys that differ in any of the last 24 digits, upper or lower case alike', () => {
    const set = new FingerprintSet();
    const base = 'abcdef0123456789abcdef012345';
    set.add(base);
    for (let i = 4; i < 28; i++) {
      const changed = base.slice(0, i) + (base[i] === '0' ? '1' : '0') + base.slice(i + 1);
      expect(set.has(changed), changed).toBe(false);
    }
    expect(set.has(base.toUpperCase())).toBe(true);
  });

  it('keeps every key through a reservation made part-way, and ignores one smaller than what it holds', () => {
    const set = new FingerprintSet(4);
    for (let i = 0; i < 3_000; i++) set.add(hex(i * 40503));
    set.reserve(100);
    set.reserve(200_000);
    for (let i = 0; i < 3_000; i++) expect(set.has(hex(i * 40503))).toBe(true);
    for (let i = 3_000; i < 20_000; i++) expect(set.add(hex(i * 40503))).toBe(true);
    expect(set.add(hex(0))).toBe(false);
    expect(set.size).toBe(20_000);
  });
});
