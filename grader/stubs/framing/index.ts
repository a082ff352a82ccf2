/**
 * Framing: messages over a byte stream.
 *
 * TCP delivers bytes, not messages. One `write` of 10 bytes may arrive as 10 reads of 1 byte, and three
 * writes may arrive as a single read. The application has to mark where each message ends. The two
 * usual ways are a delimiter (a line ends with `\n`) and a length prefix (4 bytes that say how long the
 * message is). Here you build a decoder for each. A decoder takes the chunks in whatever sizes they
 * arrive and hands back whole messages.
 *
 * Assume the peer is hostile. A decoder must never buffer more than its limit, must never lose a message
 * it completed, and must do work in proportion to the bytes it is given, even one byte at a time.
 *
 * This module uses no Node.js built-ins, so it runs in the browser editor too. `TextDecoder` is
 * available everywhere. sockets.ts (task 4) puts these decoders on real TCP sockets.
 *
 * Read README.md for the tasks, then replace each `throw new Error('Not implemented')`.
 * You may add helper functions, classes, fields and constants of your own.
 */

/**
 * Thrown when the framing breaks: a line or frame over its limit, a stream that ends inside a frame, or a
 * decoder used after it was closed. Already complete: use it, don't change it.
 *
 * Messages completed before the problem are not lost. They travel in the error: `lines` for a
 * `LineDecoder`, `frames` for a `FrameDecoder`.
 */
export class FramingError extends Error {
  /** The lines completed before a line overflowed, when a `LineDecoder` throws. */
  readonly lines?: string[];
  /** The frames completed before an oversized header, when a `FrameDecoder` throws. */
  readonly frames?: Uint8Array[];

  constructor(message: string, completed: { lines?: string[]; frames?: Uint8Array[] } = {}) {
    super(message);
    this.name = 'FramingError';
    if (completed.lines) this.lines = completed.lines;
    if (completed.frames) this.frames = completed.frames;
  }
}

// ---------------------------------------------------------------------------
// Tasks 1 and 2: Lines
// ---------------------------------------------------------------------------

/**
 * Splits a byte stream into lines of UTF-8 text.
 *
 * Task 1:
 * - A line ends with `\n` or `\r\n`, and the terminator is not part of the line. A `\r\n` split across
 *   two chunks (`\r` at the end of one, `\n` at the start of the next) is still one terminator. A lone
 *   `\r` followed by anything other than `\n` is an ordinary character of the line.
 * - Empty lines count: `a\n\nb\n` is `a`, ``, `b`.
 * - Lines are UTF-8. A character may be split across chunks and must still decode correctly. Invalid
 *   bytes become U+FFFD, as `TextDecoder` does. Every byte is data: a byte-order mark (EF BB BF) is the
 *   character U+FEFF and is kept, even at the start of a line (`new TextDecoder()` drops it unless you
 *   pass `{ ignoreBOM: true }`).
 * - Any chunking gives the same lines: one byte at a time, everything at once, or anything between.
 * - The decoder copies what it keeps, so the caller may reuse a chunk's memory once `push` returns.
 *
 * Task 2:
 * - `maxLineBytes` (default 65536) limits a line's length in bytes, not counting its terminator. A line
 *   of exactly `maxLineBytes` bytes is fine. As soon as a line is known to be one byte longer, `push`
 *   throws `FramingError`. That happens even if no `\n` has arrived yet, so the decoder never holds more
 *   than the limit. The one exception is a final `\r` held back because it may start a `\r\n`.
 * - The error's `lines` holds the lines that this `push` completed before the overflow (an empty array
 *   if none). The decoder is then closed.
 * - Work is linear in the bytes pushed: no copying of everything held so far on every push.
 *
 * Once `end()` has been called or an error thrown, the decoder is closed, and `push` and `end` throw
 * `FramingError`.
 *
 * @example
 * // bytes(text) stands for new TextEncoder().encode(text)
 * const decoder = new LineDecoder();
 * decoder.push(bytes('GET / HTTP/1.1\r')); // []
 * decoder.push(bytes('\nHost: a\r\nAcc'));  // ['GET / HTTP/1.1', 'Host: a']
 * decoder.end();                            // ['Acc']
 */
export class LineDecoder {
  constructor(options?: { maxLineBytes?: number }) {
    throw new Error('Not implemented');
  }

  /** The lines that `chunk` completes, in order and without terminators. Often none. */
  push(chunk: Uint8Array): string[] {
    throw new Error('Not implemented');
  }

  /**
   * Call at the end of the stream. Returns the unterminated last line as `[line]`, or `[]` if there is
   * none. A final `\r` is the start of a `\r\n` that never finished, so it is dropped: `abc\r` at the end
   * gives `['abc']`, and a lone final `\r` gives `[]`. Closes the decoder.
   */
  end(): string[] {
    throw new Error('Not implemented');
  }
}

// ---------------------------------------------------------------------------
// Task 3: Length-prefixed frames
// ---------------------------------------------------------------------------

/**
 * A frame: the payload's length as a 4-byte unsigned big-endian integer (network byte order), then the
 * payload. The result is a new array; `payload` is not changed.
 *
 * @example encodeFrame(bytes('hi')) // 00 00 00 02 68 69
 */
export function encodeFrame(payload: Uint8Array): Uint8Array {
  throw new Error('Not implemented');
}

/**
 * Splits a byte stream into the payloads of length-prefixed frames (see `encodeFrame`).
 *
 * - Any chunking gives the same frames. A header or payload may be split anywhere, and one chunk may
 *   hold many frames: return every frame that the chunk completes.
 * - Zero-length frames are valid: `00 00 00 00` is an empty payload.
 * - The length is unsigned: `ff ff ff ff` is 4294967295, not -1.
 * - `maxFrameBytes` (default 1048576, 1 MiB) limits a payload. As soon as a header announces more,
 *   `push` throws `FramingError`, before buffering any of that payload. A hostile `ff ff ff ff` must not
 *   make you allocate 4 GiB. The error's `frames` holds the frames that this `push` completed before the
 *   header (an empty array if none), and the decoder is then closed.
 * - Each payload returned is an array of its own, not a view into the caller's chunk: the caller may
 *   reuse a chunk's memory once `push` returns.
 * - Work is linear in the bytes pushed, even one byte at a time. Knowing the length up front lets you
 *   allocate each payload once.
 *
 * Once `end()` has been called or an error thrown, the decoder is closed, and `push` and `end` throw
 * `FramingError`.
 */
export class FrameDecoder {
  constructor(options?: { maxFrameBytes?: number }) {
    throw new Error('Not implemented');
  }

  /**
   * How many bytes the decoder holds for the frame in progress, its header bytes included: 0 between
   * frames, 2 after half a header, 4 + k once the header and k payload bytes have arrived.
   */
  get bufferedBytes(): number {
    throw new Error('Not implemented');
  }

  /** The payloads of the frames that `chunk` completes, in order. Often none. */
  push(chunk: Uint8Array): Uint8Array[] {
    throw new Error('Not implemented');
  }

  /**
   * Call at the end of the stream. Throws `FramingError` if it ended inside a frame, with part of a
   * header or payload still held. Closes the decoder.
   */
  end(): void {
    throw new Error('Not implemented');
  }
}
