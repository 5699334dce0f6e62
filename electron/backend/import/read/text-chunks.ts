import type { FileHandle } from 'node:fs/promises';
import type { ChunkDecoder } from './encoding';

/** Bytes per read: few system calls. */
const READ_BYTES = 1 << 20;
/**
 * Bytes decoded into one string. V8 makes strings of this size in young
 * memory, where decoding runs at several GB/s; 1 MB strings went to the large
 * object space and decoded 20 times slower.
 */
const DECODE_BYTES = 64 * 1024;

/**
 * A text file read front to back: one read always in flight ahead of the
 * parser (so the disk and the parser work at the same time), and nothing
 * read before the caller asks for it, which is the backpressure: a busy
 * consumer stops the reading. Memory stays at two read buffers.
 */
export class TextChunks {
  readonly #handle: FileHandle;
  readonly #decoder: ChunkDecoder;
  readonly #signal: AbortSignal | undefined;
  readonly #buffers = [Buffer.allocUnsafe(READ_BYTES), Buffer.allocUnsafe(READ_BYTES)] as const;
  #turn: 0 | 1 = 0;
  #position: number;
  #consumed: number;
  #pending: Promise<number> | null = null;
  #ended = false;

  constructor(handle: FileHandle, start: number, decoder: ChunkDecoder, signal?: AbortSignal) {
    this.#handle = handle;
    this.#decoder = decoder;
    this.#signal = signal;
    this.#position = start;
    this.#consumed = start;
  }

  /** Bytes of the file turned into text so far. */
  get bytesRead(): number {
    return this.#consumed;
  }

  /** The next stretch of text as a few strings, or null at the end of the file. */
  async next(): Promise<string[] | null> {
    if (this.#ended) return null;
    this.#signal?.throwIfAborted();
    const buffer = this.#buffers[this.#turn];
    const count = await (this.#pending ?? this.#read(buffer));
    this.#pending = null;
    if (count === 0) {
      this.#ended = true;
      const tail = this.#decoder.end();
      return tail ? [tail] : null;
    }
    this.#position += count;
    this.#turn = this.#turn === 0 ? 1 : 0;
    this.#pending = this.#read(this.#buffers[this.#turn]);
    const texts: string[] = [];
    for (let at = 0; at < count; at += DECODE_BYTES) {
      texts.push(this.#decoder.decode(buffer.subarray(at, Math.min(count, at + DECODE_BYTES))));
    }
    this.#consumed = this.#position;
    return texts;
  }

  #read(buffer: Buffer): Promise<number> {
    const reading = this.#handle.read(buffer, 0, buffer.length, this.#position).then((r) => r.bytesRead);
    // A read ahead that nobody waits for (the caller stopped early) must not fail loudly.
    reading.catch(() => {});
    return reading;
  }
}
