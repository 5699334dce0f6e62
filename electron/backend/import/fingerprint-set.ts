/**
 * A set of touchpoint fingerprints (28 hex digits each) kept as 96-bit keys in
 * flat typed arrays: a million stored fingerprints take about 24 MB here,
 * against roughly 100 MB as a Set of strings, and add nothing for the garbage
 * collector to trace. 96 of the fingerprint's 106 bits are kept: the chance
 * that two different touchpoints among 10 million share them is about 6·10⁻¹⁶.
 *
 * @example
 * const seen = new FingerprintSet();
 * seen.add('00a1b2c3d4e5f6a7b8c9d0e1f2a3'); // true: new
 * seen.add('00a1b2c3d4e5f6a7b8c9d0e1f2a3'); // false: already there
 */
export class FingerprintSet {
  #keys: Uint32Array;
  #used: Uint8Array;
  #mask: number;
  #size = 0;

  constructor(expected = 1024) {
    const capacity = capacityFor(expected);
    this.#keys = new Uint32Array(capacity * 3);
    this.#used = new Uint8Array(capacity);
    this.#mask = capacity - 1;
  }

  /** Makes room for `expected` fingerprints in all at once, rather than doubling (and re-filing every key) on the way there. */
  reserve(expected: number): void {
    const capacity = capacityFor(expected);
    if (capacity > this.#used.length) this.#grow(capacity);
  }

  get size(): number {
    return this.#size;
  }

  has(fingerprint: string): boolean {
    const [a, b, c] = words(fingerprint);
    return this.#used[this.#find(a, b, c)] === 1;
  }

  /** Adds the fingerprint; false when it was already there. */
  add(fingerprint: string): boolean {
    const [a, b, c] = words(fingerprint);
    const slot = this.#find(a, b, c);
    if (this.#used[slot] === 1) return false;
    this.#used[slot] = 1;
    this.#keys[slot * 3] = a;
    this.#keys[slot * 3 + 1] = b;
    this.#keys[slot * 3 + 2] = c;
    this.#size++;
    if (this.#size * 2 > this.#used.length) this.#grow(this.#used.length * 2);
    return true;
  }

  /** The slot holding the key, or the empty slot where it would go (linear probing). */
  #find(a: number, b: number, c: number): number {
    let slot = (a ^ Math.imul(b, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & this.#mask;
    while (this.#used[slot] === 1) {
      const at = slot * 3;
      if (this.#keys[at] === a && this.#keys[at + 1] === b && this.#keys[at + 2] === c) return slot;
      slot = (slot + 1) & this.#mask;
    }
    return slot;
  }

  #grow(capacity: number): void {
    const keys = this.#keys;
    const used = this.#used;
    this.#keys = new Uint32Array(capacity * 3);
    this.#used = new Uint8Array(capacity);
    this.#mask = capacity - 1;
    for (let slot = 0; slot < used.length; slot++) {
      if (used[slot] !== 1) continue;
      const a = keys[slot * 3]!;
      const b = keys[slot * 3 + 1]!;
      const c = keys[slot * 3 + 2]!;
      const target = this.#find(a, b, c);
      this.#used[target] = 1;
      this.#keys[target * 3] = a;
      this.#keys[target * 3 + 1] = b;
      this.#keys[target * 3 + 2] = c;
    }
  }
}

/** The table size that keeps `expected` keys at most half full (linear probing slows down beyond that). */
function capacityFor(expected: number): number {
  let capacity = 1024;
  while (capacity < expected * 2) capacity *= 2;
  return capacity;
}

const scratch: [number, number, number] = [0, 0, 0];

/** The last 24 hex digits as three 32-bit words, read without allocating. */
function words(fingerprint: string): [number, number, number] {
  const start = fingerprint.length - 24;
  for (let w = 0; w < 3; w++) {
    let value = 0;
    for (let i = 0; i < 8; i++) {
      const code = fingerprint.charCodeAt(start + w * 8 + i);
      value = (value << 4) | (code <= 57 ? code - 48 : (code | 32) - 87);
    }
    scratch[w] = value >>> 0;
  }
  return scratch;
}
