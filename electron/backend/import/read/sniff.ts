import { problems } from './errors';
import { isUtf8 } from 'node:buffer';
import { detectBom, guessUtf16, isUtf8Sample } from './encoding';
import type { Encoding } from './types';

/** How much of the start of a file is looked at to decide what it is. */
export const HEAD_BYTES = 64 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .xls, and password-protected .xlsx

/** Files people pick by mistake, by their first bytes, in the users' words. */
type Magic = (number | string | null)[]; // null: any byte

const KNOWN_BINARIES: { magic: Magic; what: string }[] = [
  { magic: [0x89, 'PNG'], what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { magic: ['GIF8'], what: 'a GIF image' },
  { magic: ['RIFF', null, null, null, null, 'WEBP'], what: 'a WebP image' },
  { magic: ['%PDF-'], what: 'a PDF document' },
  { magic: [0x1f, 0x8b], what: 'a compressed (.gz) archive' },
  { magic: ['7z', 0xbc, 0xaf, 0x27, 0x1c], what: 'a compressed (.7z) archive' },
  { magic: ['Rar!'], what: 'a compressed (.rar) archive' },
  { magic: ['SQLite format 3', 0], what: 'a database file' },
];

function startsWith(bytes: Uint8Array, magic: Magic): boolean {
  let at = 0;
  for (const part of magic) {
    const codes = typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : [part];
    for (const code of codes) {
      if (code !== null && bytes[at] !== code) return false;
      at++;
    }
  }
  return true;
}

export type FileKind = { kind: 'zip' } | { kind: 'text'; encoding: Encoding; bomLength: number; checkRestIsUtf8: boolean };

/**
 * Decides from the first bytes whether a file is a zip (xlsx), text (and in
 * which encoding), or something else, which is refused with a message that
 * names it. `wholeFile`: the head is the entire file.
 */
export function sniff(head: Uint8Array, wholeFile: boolean, forced?: Encoding): FileKind {
  if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) return { kind: 'zip' };
  if (startsWith(head, OLE2)) throw problems.oldExcel();
  for (const known of KNOWN_BINARIES) if (startsWith(head, known.magic)) throw problems.knownBinary(known.what);

  const bom = detectBom(head);
  if (forced) {
    const utf16 = forced === 'utf-16le' || forced === 'utf-16be';
    if (!utf16 && head.includes(0)) {
      if (bom?.encoding.startsWith('utf-16') || guessUtf16(head)) throw problems.utf16NotChosen(forced === 'utf-8' ? 'UTF-8' : 'Windows-1252');
      throw problems.binary();
    }
    return { kind: 'text', encoding: forced, bomLength: bom?.encoding === forced ? bom.length : 0, checkRestIsUtf8: false };
  }
  if (bom) return { kind: 'text', encoding: bom.encoding, bomLength: bom.length, checkRestIsUtf8: false };
  if (head.includes(0)) {
    const utf16 = guessUtf16(head);
    if (!utf16) throw problems.binary();
    return { kind: 'text', encoding: utf16, bomLength: 0, checkRestIsUtf8: false };
  }
  if (wholeFile ? isUtf8(head) : isUtf8Sample(head)) return { kind: 'text', encoding: 'utf-8', bomLength: 0, checkRestIsUtf8: !wholeFile };
  return { kind: 'text', encoding: 'windows-1252', bomLength: 0, checkRestIsUtf8: false };
}
