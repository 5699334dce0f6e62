import { writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { completeUtf8Length, createDecoder, detectBom, guessUtf16, isUtf8File, isUtf8Sample } from './encoding';
import { sniff } from './sniff';
import { scratchDir } from './test-support';

const scratch = scratchDir();
afterAll(() => scratch.cleanup());

describe('encodings', () => {
  it('finds byte-order marks', () => {
    expect(detectBom(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', length: 3 });
    expect(detectBom(Buffer.from([0xff, 0xfe, 0x41, 0]))).toEqual({ encoding: 'utf-16le', length: 2 });
    expect(detectBom(Buffer.from([0xfe, 0xff, 0, 0x41]))).toEqual({ encoding: 'utf-16be', length: 2 });
    expect(detectBom(Buffer.from('Name'))).toBeNull();
  });

  it('tells UTF-16 without a BOM from binary by where the zero bytes fall', () => {
    expect(guessUtf16(Buffer.from('Account,Owner\n', 'utf16le'))).toBe('utf-16le');
    expect(guessUtf16(Buffer.from('Account,Owner\n', 'utf16le').swap16())).toBe('utf-16be');
    expect(guessUtf16(Buffer.from([0x7f, 0x45, 0, 0, 1, 0, 0, 0, 0x12, 0, 0, 0x33]))).toBeNull();
  });

  it('allows a character cut off by the end of a sample, not a wrong byte', () => {
    const euro = Buffer.from('Price €', 'utf8');
    expect(completeUtf8Length(euro.subarray(0, euro.length - 1))).toBe(6);
    expect(isUtf8Sample(euro.subarray(0, euro.length - 1))).toBe(true);
    expect(isUtf8Sample(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20]))).toBe(false); // "Café " in Windows-1252
  });

  it('checks a whole file for UTF-8, across its reads, and a limited stretch of it', async () => {
    const file = join(scratch.dir, 'late.csv');
    const ascii = Buffer.alloc(3 * 1024 * 1024 + 1, 0x61);
    writeFileSync(file, Buffer.concat([ascii, Buffer.from('€ ok', 'utf8'), Buffer.from([0xe9])]));
    const handle = await open(file);
    try {
      expect(await isUtf8File(handle, 0)).toBe(false);
      expect(await isUtf8File(handle, 0, ascii.length + 2)).toBe(true); // stops inside the €
    } finally {
      await handle.close();
    }
  });

  it('decodes Windows-1252 as Windows-1252, not Latin-1 (Node decodes 0x80 as U+0080)', () => {
    const decoder = createDecoder('windows-1252');
    expect(decoder.decode(Buffer.from([0x80, 0x20, 0x93, 0x48, 0x94, 0x20, 0xe9, 0x99, 0x81]))).toBe('€ “H” é™\u0081');
  });

  it('keeps characters cut between chunks whole', () => {
    for (const encoding of ['utf-8', 'utf-16le', 'utf-16be'] as const) {
      const text = 'Zoë 🙂 東京';
      const bytes = encoding === 'utf-8' ? Buffer.from(text) : encoding === 'utf-16le' ? Buffer.from(text, 'utf16le') : Buffer.from(text, 'utf16le').swap16();
      const decoder = createDecoder(encoding);
      let out = '';
      for (let i = 0; i < bytes.length; i++) out += decoder.decode(bytes.subarray(i, i + 1));
      expect(out + decoder.end()).toBe(text);
    }
  });

  it('sniffs: a BOM wins, then UTF-16 by its zeros, then UTF-8 if valid, else Windows-1252', () => {
    expect(sniff(Buffer.from('\uFEFFa,b', 'utf16le'), true)).toMatchObject({ encoding: 'utf-16le', bomLength: 2 });
    expect(sniff(Buffer.from('a,b\n'), false)).toMatchObject({ encoding: 'utf-8', checkRestIsUtf8: true });
    expect(sniff(Buffer.from('a,b\n'), true)).toMatchObject({ encoding: 'utf-8', checkRestIsUtf8: false });
    expect(sniff(Buffer.from([0x43, 0xe9, 0x2c, 0x62]), true)).toMatchObject({ encoding: 'windows-1252' });
    expect(sniff(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]), false)).toEqual({ kind: 'zip' });
    expect(sniff(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), true, 'windows-1252')).toMatchObject({ encoding: 'windows-1252', bomLength: 0 });
  });
});
