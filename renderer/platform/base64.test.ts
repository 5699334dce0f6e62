import { describe, expect, it } from 'vitest';
import { bytesFromBase64 } from './base64';

describe('bytesFromBase64', () => {
  it('gives back exactly the bytes that were encoded, high bytes included', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => 255 - i);
    expect([...bytesFromBase64(Buffer.from(bytes).toString('base64'))]).toEqual([...bytes]);
    expect(new TextDecoder().decode(bytesFromBase64('JVBERi0xLjc='))).toBe('%PDF-1.7');
    expect(bytesFromBase64('')).toHaveLength(0);
  });

  it('refuses text that is not base64', () => {
    expect(() => bytesFromBase64('%PDF-')).toThrow();
  });
});
