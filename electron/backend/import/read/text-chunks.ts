import type { FileHandle } from 'node:fs/promises';
import type { ChunkDecoder } from './encoding';

/** Bytes per read: few system calls. */
const READ_BYTES = 1 << 20;
/**
 * Bytes decoded into one string. V8 makes strings of this size in young
 * memory: measured here, 64 KB pieces of ASCII decoded at ~6 GB/s (UTF-8
 * with accents ~0.75 GB/s), 256 KB and larger ones at ~0.2 GB/s.
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
  /** The read being decoded: its buffer, how much of it is filled, how far decoding has got. */
  #current: Buffer | null = null;
  #filled = 0;
  #at = 0;
  /** File position of the next read. */
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

  /**
   * The next piece of text, or null at the end of the file. Pieces are decoded
   * one at a time, as they are asked for, so only the piece being parsed is
   * held as text.
   */
  async next(): Promise<string | null> {
    while (!this.#current || this.#at >= this.#filled) {
      if (this.#ended) return null;
      if (!(await this.#advance())) {
        this.#ended = true;
        const tail = this.#decoder.end();
        return tail || null;
      }
    }
    const end = Math.min(this.#filled, this.#at + DECODE_BYTES);
    const text = this.#decoder.decode(this.#current.subarray(this.#at, end));
    this.#consumed += end - this.#at;
    this.#at = end;
    return text;
  }

  /** Moves on to the next read, starting the one after it; false at the end of the file. */
  async #advance(): Promise<boolean> {
    this.#signal?.throwIfAborted();
    const buffer = this.#buffers[this.#turn];
    const count = await (this.#pending ?? this.#read(buffer));
    this.#pending = null;
    if (count === 0) return false;
    this.#position += count;
    this.#current = buffer;
    this.#filled = count;
    this.#at = 0;
    this.#turn = this.#turn === 0 ? 1 : 0;
    this.#pending = this.#read(this.#buffers[this.#turn]);
    return true;
  }

  #read(buffer: Buffer): Promise<number> {
    const reading = this.#handle.read(buffer, 0, buffer.length, this.#position).then((r) => r.bytesRead);
    // A read ahead that nobody waits for (the caller stopped early) must not fail loudly.
    reading.catch(() => {});
    return reading;
  }
}
