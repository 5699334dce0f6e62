import type { ImportedTouchpoint } from './normalise-row';

/**
 * Recognises a touchpoint seen before — a file imported twice, or two exports
 * whose date ranges overlap — by hashing what makes it that touchpoint: the
 * account, the instant, channel, direction, person, subject and notes.
 * Owner, sentiment and complaint status are left out on purpose: they change
 * between exports of the same contact (a ticket gets solved), and the same
 * contact must still be recognised.
 *
 * The hash is two cyrb53 hashes (53 bits each, different seeds) computed in
 * one pass, 106 bits in all, written as 28 hex digits. Pure JavaScript, so it
 * runs anywhere `shared/` runs. Treated as 106 random bits, the chance that
 * any two of n different touchpoints collide is about n² / 2^107: for 10
 * million rows, 10^14 / 1.6·10^32 ≈ 6·10^-19. The two halves share an
 * algorithm and are not truly independent, and cyrb53 is not cryptographic —
 * someone could craft a collision on purpose — but imports are the user's own
 * exports, so accidental collisions are the only risk that matters, and a
 * single 53-bit hash would already give ~0.6% at 10 million rows.
 */

let a1 = 0, a2 = 0, b1 = 0, b2 = 0;

function mix(unit: number): void {
  a1 = Math.imul(a1 ^ unit, 2654435761);
  a2 = Math.imul(a2 ^ unit, 1597334677);
  b1 = Math.imul(b1 ^ unit, 2654435761);
  b2 = Math.imul(b2 ^ unit, 1597334677);
}

/** Length first, so field boundaries cannot shift ("ab"+"c" ≠ "a"+"bc"); 0 marks null. */
function feed(text: string | null): void {
  if (text === null) {
    mix(0);
    return;
  }
  const n = text.length;
  mix(n + 1);
  for (let i = 0; i < n; i++) mix(text.charCodeAt(i));
}

function finish(h1: number, h2: number): string {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}

const SPACES = /\s+/g;

/**
 * The key an account is recognised by across files: case, accents written
 * two ways (NFC), and spacing do not matter.
 *
 * @example
 * accountKey('  Northwind   LOGISTICS '); // 'northwind logistics'
 */
export function accountKey(account: string): string {
  return account.normalize('NFC').toLowerCase().replace(SPACES, ' ').trim();
}

/**
 * A stable 106-bit fingerprint (28 hex digits) of a normalised touchpoint.
 * `account` is the key the caller files the touchpoint under (an account id,
 * or the id/name from the file); it is compared case- and space-insensitively.
 *
 * @example
 * touchpointFingerprint('42', touchpoint); // 28 hex digits, the same for the same touchpoint in any file
 */
export function touchpointFingerprint(account: string, r: ImportedTouchpoint): string {
  const seedA = 0x7e4d;
  const seedB = 0x51ed27;
  a1 = 0xdeadbeef ^ seedA;
  a2 = 0x41c6ce57 ^ seedA;
  b1 = 0xdeadbeef ^ seedB;
  b2 = 0x41c6ce57 ^ seedB;
  feed(accountKey(account));
  // The instant as four 16-bit units: exact, and no number-to-text conversion per row.
  const ms = r.occurredAt;
  const high = Math.floor(ms / 4294967296);
  const low = ms - high * 4294967296;
  mix(low & 0xffff);
  mix(low >>> 16);
  mix(high & 0xffff);
  mix((high >>> 16) & 0xffff);
  feed(r.channel);
  feed(r.direction);
  feed(r.person);
  feed(r.subject);
  feed(r.notes);
  return finish(a1, a2) + finish(b1, b2);
}
