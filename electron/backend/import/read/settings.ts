import { isEncoding } from './encoding';
import { problems } from './errors';
import type { Encoding, OpenOptions } from './types';

export const DEFAULT_MAX_FIELD_BYTES = 1024 * 1024;
export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 500_000_000;

/** OpenOptions checked and with their defaults, plus how much of a file to check for UTF-8. */
export interface ReadSettings {
  encoding: Encoding | undefined;
  delimiter: string | undefined;
  sheet: string | undefined;
  maxFieldBytes: number;
  maxUncompressedBytes: number;
  signal: AbortSignal | undefined;
  /** Bytes read to decide between UTF-8 and Windows-1252 when there is no BOM (all of them for an import). */
  utf8CheckBytes: number;
}

export function readSettings(options: OpenOptions, utf8CheckBytes: number): ReadSettings {
  const { encoding, delimiter, maxFieldBytes = DEFAULT_MAX_FIELD_BYTES, maxUncompressedBytes = DEFAULT_MAX_UNCOMPRESSED_BYTES } = options;
  // The encoding may come from a screen the user filled in; the rest are the caller's.
  if (encoding !== undefined && !isEncoding(encoding)) throw problems.unknownEncoding(String(encoding));
  if (delimiter !== undefined && (delimiter === '' || /[\r\n"\uFEFF]/.test(delimiter))) {
    throw new RangeError(`A delimiter must be some text without quote marks or line breaks, not ${JSON.stringify(delimiter)}.`);
  }
  for (const [name, value] of [['maxFieldBytes', maxFieldBytes], ['maxUncompressedBytes', maxUncompressedBytes]] as const) {
    if (!(value > 0)) throw new RangeError(`${name} must be a positive number of bytes, not ${value}.`);
  }
  return { encoding, delimiter, sheet: options.sheet, maxFieldBytes, maxUncompressedBytes, signal: options.signal, utf8CheckBytes };
}
