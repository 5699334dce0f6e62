import { isUtf8 } from 'node:buffer';
import type { FileHandle } from 'node:fs/promises';
import type { Encoding } from './types';

export const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'];

export interface Bom {
  encoding: Encoding;
  length: number;
}

/** The byte-order mark at the start of `bytes`, if there is one. */
export function detectBom(bytes: Uint8Array): Bom | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a byte-order mark, told apart from a binary file by where the
 * zero bytes fall: text that is mostly Latin script has a zero in every
 * other byte (the high byte), always on the same side.
 */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = bytes.length >> 1;
  if (pairs < 2) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd >= pairs * 0.25 && zeroEven * 10 <= zeroOdd) return 'utf-16le';
  if (zeroEven >= pairs * 0.25 && zeroOdd * 10 <= zeroEven) return 'utf-16be';
  return null;
}

/** How many leading bytes form whole UTF-8 characters (a character cut at the end is left out). */
export function completeUtf8Length(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let i = end - 1; i >= 0 && i >= end - 4; i--) {
    const byte = bytes[i]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte
    const width = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return i + width > end ? i : end;
  }
  return end;
}

/** Valid UTF-8, allowing for a character cut off by the end of a sample. */
export function isUtf8Sample(bytes: Uint8Array): boolean {
  return isUtf8(bytes.subarray(0, completeUtf8Length(bytes)));
}

/**
 * Reads the file from `start` (up to `limit` bytes) and tells whether it is all
 * valid UTF-8. Exports without a BOM are often pure ASCII for thousands of
 * rows and then hold one "José" in Windows-1252, so a sample is not enough to
 * choose; checking is cheap (the check runs at memory speed and the file is
 * in the page cache for the read that follows).
 */
export async function isUtf8File(handle: FileHandle, start: number, limit = Infinity, signal?: AbortSignal): Promise<boolean> {
  const buffer = Buffer.allocUnsafe(1 << 20);
  let carried = 0;
  let position = start;
  const end = start + limit;
  while (position < end) {
    signal?.throwIfAborted();
    const { bytesRead } = await handle.read(buffer, carried, Math.min(buffer.length - carried, end - position), position);
    // A character cut off by the end of the file is an error; one cut off by the limit is not.
    if (bytesRead === 0) return carried === 0;
    position += bytesRead;
    const filled = carried + bytesRead;
    const whole = completeUtf8Length(buffer.subarray(0, filled));
    if (!isUtf8(buffer.subarray(0, whole))) return false;
    buffer.copy(buffer, 0, whole, filled);
    carried = filled - whole;
  }
  return true;
}

/** Decodes a file chunk by chunk; characters cut between chunks come out whole. */
export interface ChunkDecoder {
  decode(bytes: Uint8Array): string;
  end(): string;
}

export function createDecoder(encoding: Encoding): ChunkDecoder {
  if (encoding === 'windows-1252') return windows1252;
  // ignoreBOM: the caller skips a leading BOM itself, and a second one is data.
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  return {
    decode: (bytes) => decoder.decode(bytes, { stream: true }),
    end: () => decoder.decode(),
  };
}

// Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 control
// characters (a fast path for the 'latin1' label): "€" comes out as U+0080.
// Latin-1 is right for every other byte, so decode as Latin-1 and mend that row.
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1 = /[\u0080-\u009f]/g;
const mendC1 = (c: string) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!;

const windows1252: ChunkDecoder = {
  decode(bytes) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    C1.lastIndex = 0;
    return C1.test(text) ? text.replace(C1, mendC1) : text;
  },
  end: () => '',
};

export function isEncoding(value: unknown): value is Encoding {
  return typeof value === 'string' && (ENCODINGS as readonly string[]).includes(value);
}
