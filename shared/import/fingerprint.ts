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
 * one pass over the text, two UTF-16 units per step, 106 bits in all, written
 * as 28 hex digits. Pure JavaScript, so it
 * runs anywhere `shared/` runs. Treated as 106 random bits, the chance that
 * any two of n different touchpoints collide is about n² / 2^107: for 10
 * million rows, 10^14 / 1.6·10^32 ≈ 6·10^-19. The two halves share an
 * algorithm and are not truly independent, and cyrb53 is not cryptographic —
 * someone could craft a collision on purpose — but imports are the user's own
 * exports, so accidental collisions are the only risk that matters, and a
 * single 53-bit hash would already give ~0.6% at 10 million rows.
 */

const K1 = 2654435761;
const K2 = 1597334677;
const SEED_A = 0x7e4d;
const SEED_B = 0x51ed27;
const HEX = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/** One hex digit of `x`, the four bits from `shift` up, as a character code. */
function hex(x: number, shift: number): number {
  return HEX[(x >>> shift) & 15]!;
}

/** 53 bits — 21 high, 32 low — as 14 hex digits, in one string allocation (no array, no spread). */
function hex106(high1: number, low1: number, high2: number, low2: number): string {
  return String.fromCharCode(
    hex(high1, 20), hex(high1, 16), hex(high1, 12), hex(high1, 8), hex(high1, 4), hex(high1, 0),
    hex(low1, 28), hex(low1, 24), hex(low1, 20), hex(low1, 16), hex(low1, 12), hex(low1, 8), hex(low1, 4), hex(low1, 0),
    hex(high2, 20), hex(high2, 16), hex(high2, 12), hex(high2, 8), hex(high2, 4), hex(high2, 0),
    hex(low2, 28), hex(low2, 24), hex(low2, 20), hex(low2, 16), hex(low2, 12), hex(low2, 8), hex(low2, 4), hex(low2, 0),
  );
}

const SPACES = /\s+/g;

/**
 * Already a key, seen cheaply: lower-case ASCII letters, digits, '-', '_' and
 * single inner spaces. Account ids always are, so callers filing touchpoints
 * under ids skip Unicode normalisation per row.
 */
function isPlainKey(text: string): boolean {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95) continue;
    if (c !== 32 || text.charCodeAt(i - 1) === 32) return false;
  }
  return true;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * The key an account is recognised by across files: case, accents written
 * two ways (NFC), and spacing do not matter.
 *
 * @example
 * accountKey('  Northwind   LOGISTICS '); // 'northwind logistics'
 */
export function accountKey(account: string): string {
  if (isPlainKey(account)) return account;
  // NFC only changes text with accents or other non-ASCII letters, and asking ICU costs microseconds.
  const composed = isAscii(account) ? account : account.normalize('NFC');
  return composed.toLowerCase().replace(SPACES, ' ').trim();
}

/** What makes a touchpoint that touchpoint (besides its account). */
export type FingerprintedFields = Pick<ImportedTouchpoint, 'occurredAt' | 'channel' | 'direction' | 'person' | 'subject' | 'notes'>;

/**
 * A stable 106-bit fingerprint (28 hex digits) of a normalised touchpoint.
 * `account` is the key the caller files the touchpoint under (an account id,
 * or the id/name from the file); it is compared case- and space-insensitively.
 *
 * @example
 * touchpointFingerprint('42', touchpoint); // 28 hex digits, the same for the same touchpoint in any file
 */
export function touchpointFingerprint(account: string, r: FingerprintedFields): string {
  // Four 32-bit lanes in locals (two cyrb53 hashes), fed two UTF-16 units per step:
  // half the multiplications of one unit per step, and no state outside this call.
  let a1 = 0xdeadbeef ^ SEED_A, a2 = 0x41c6ce57 ^ SEED_A, b1 = 0xdeadbeef ^ SEED_B, b2 = 0x41c6ce57 ^ SEED_B;
  const key = accountKey(account);
  for (let field = 0; field < 7; field++) {
    if (field === 1) {
      // The instant as two 32-bit words: exact, and no number-to-text conversion per row.
      const high = Math.floor(r.occurredAt / 4294967296);
      const low = (r.occurredAt - high * 4294967296) | 0;
      a1 = Math.imul(a1 ^ low, K1); a2 = Math.imul(a2 ^ low, K2); b1 = Math.imul(b1 ^ low, K1); b2 = Math.imul(b2 ^ low, K2);
      a1 = Math.imul(a1 ^ high, K1); a2 = Math.imul(a2 ^ high, K2); b1 = Math.imul(b1 ^ high, K1); b2 = Math.imul(b2 ^ high, K2);
      continue;
    }
    const text = field === 0 ? key : field === 2 ? r.channel : field === 3 ? r.direction : field === 4 ? r.person : field === 5 ? r.subject : r.notes;
    // Length first (0 for null), so field boundaries cannot shift: "ab"+"c" ≠ "a"+"bc", null ≠ "".
    const n = text === null ? -1 : text.length;
    let word = n + 1;
    a1 = Math.imul(a1 ^ word, K1); a2 = Math.imul(a2 ^ word, K2); b1 = Math.imul(b1 ^ word, K1); b2 = Math.imul(b2 ^ word, K2);
    if (n <= 0) continue;
    let i = 0;
    for (; i < n - 1; i += 2) {
      word = text!.charCodeAt(i) | (text!.charCodeAt(i + 1) << 16);
      a1 = Math.imul(a1 ^ word, K1); a2 = Math.imul(a2 ^ word, K2); b1 = Math.imul(b1 ^ word, K1); b2 = Math.imul(b2 ^ word, K2);
    }
    if (i < n) {
      word = text!.charCodeAt(i);
      a1 = Math.imul(a1 ^ word, K1); a2 = Math.imul(a2 ^ word, K2); b1 = Math.imul(b1 ^ word, K1); b2 = Math.imul(b2 ^ word, K2);
    }
  }
  // cyrb53's final mix, once per hash: the 53 bits are 21 of h2 and all 32 of h1.
  a1 = Math.imul(a1 ^ (a1 >>> 16), 2246822507);
  a1 ^= Math.imul(a2 ^ (a2 >>> 13), 3266489909);
  a2 = Math.imul(a2 ^ (a2 >>> 16), 2246822507);
  a2 ^= Math.imul(a1 ^ (a1 >>> 13), 3266489909);
  b1 = Math.imul(b1 ^ (b1 >>> 16), 2246822507);
  b1 ^= Math.imul(b2 ^ (b2 >>> 13), 3266489909);
  b2 = Math.imul(b2 ^ (b2 >>> 16), 2246822507);
  b2 ^= Math.imul(b1 ^ (b1 >>> 13), 3266489909);
  return hex106(a2 & 0x1fffff, a1, b2 & 0x1fffff, b1);
}
