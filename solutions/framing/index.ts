/**
 * Framing: reference solution.
 *
 * TCP (RFC 9293 §3.1) delivers an ordered stream of bytes, not messages: one `send` may arrive in several
 * reads and several sends in one read. An application marks its own message boundaries. This module
 * implements the two usual ways, a delimiter (lines ending in LF or CRLF, as in SMTP and HTTP/1.1 headers,
 * RFC 5321 §2.3.8, RFC 9112 §2.2) and a length prefix (a 4-byte big-endian length, as in many binary
 * protocols), as decoders that accept any chunking and bound the memory a hostile peer can make them use.
 *
 * Both decoders copy what they keep into buffers of their own, so a caller may reuse a chunk's memory once
 * `push` returns, and both do work linear in the bytes pushed, even a byte at a time.
 */

export class FramingError extends Error {
  /** The lines completed before a line overflowed its limit: the caller must not lose them. */
  readonly lines?: string[];
  /** The frames completed before a header announced an oversized frame. */
  readonly frames?: Uint8Array[];

  constructor(message: string, completed: { lines?: string[]; frames?: Uint8Array[] } = {}) {
    super(message);
    this.name = 'FramingError';
    if (completed.lines) this.lines = completed.lines;
    if (completed.frames) this.frames = completed.frames;
  }
}

const LF = 0x0a;
const CR = 0x0d;

/** A byte buffer that grows by doubling, so appending n bytes one at a time costs O(n) in all. */
class ByteBuffer {
  private bytes = new Uint8Array(64);
  length = 0;

  append(chunk: Uint8Array): void {
    const needed = this.length + chunk.length;
    if (needed > this.bytes.length) {
      const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.bytes.set(chunk, this.length);
    this.length = needed;
  }

  /** A view of the bytes held; valid until the next append. */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  last(): number | undefined {
    return this.length > 0 ? this.bytes[this.length - 1] : undefined;
  }

  clear(): void {
    this.length = 0;
  }
}

/** `line` without its last byte if that is a CR: the CR of a CRLF, or of one the stream never finished. */
function withoutCR(line: Uint8Array): Uint8Array {
  return line[line.length - 1] === CR ? line.subarray(0, -1) : line;
}

export class LineDecoder {
  private readonly maxLineBytes: number;
  /** The bytes of the line in progress, a trailing CR included: it may be the start of a CRLF. */
  private readonly pending = new ByteBuffer();
  // Lines are decoded whole and LF (0x0a) never occurs inside a multi-byte UTF-8 sequence, so a
  // character split across chunks is simply reassembled in `pending`. `ignoreBOM` keeps a U+FEFF that
  // starts a line: it is data here, not a marker to strip.
  private readonly utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  private closed = false;

  constructor(options: { maxLineBytes?: number } = {}) {
    this.maxLineBytes = options.maxLineBytes ?? 65_536;
  }

  push(chunk: Uint8Array): string[] {
    this.checkOpen();
    const lines: string[] = [];
    let lf = chunk.indexOf(LF);
    let start = 0;
    // First finish the line held from earlier chunks, if this chunk ends it.
    if (lf !== -1 && this.pending.length > 0) {
      const piece = chunk.subarray(0, lf);
      if (this.tooLong(piece)) this.overflow(lines);
      this.pending.append(piece);
      lines.push(this.utf8.decode(withoutCR(this.pending.view())));
      this.pending.clear();
      start = lf + 1;
      lf = chunk.indexOf(LF, start);
    }
    // Then the lines that lie wholly inside the chunk, up to its last LF. They are decoded with one call,
    // which is much faster than a TextDecoder call per line. No line is longer than the region that holds
    // it, so only a region longer than the limit needs each of its lines measured.
    const end = lf === -1 ? start : chunk.lastIndexOf(LF) + 1;
    if (end - start > this.maxLineBytes) {
      for (let from = start; from < end; from = lf + 1) {
        lf = chunk.indexOf(LF, from);
        const length = lf - from - (lf > from && chunk[lf - 1] === CR ? 1 : 0);
        if (length > this.maxLineBytes) this.overflow(this.decodeLines(chunk.subarray(start, from), lines));
      }
    }
    this.decodeLines(chunk.subarray(start, end), lines);
    // Check the unterminated rest before keeping it, so that no more than the limit is ever buffered.
    const rest = chunk.subarray(end);
    if (this.tooLong(rest)) this.overflow(lines);
    this.pending.append(rest);
    return lines;
  }

  end(): string[] {
    this.checkOpen();
    this.closed = true;
    // A final CR is the start of a CRLF the stream never finished.
    const line = withoutCR(this.pending.view());
    this.pending.clear();
    return line.length > 0 ? [this.utf8.decode(line)] : [];
  }

  /** Appends to `lines` the lines of `region`, whole lines that each end with LF. Returns `lines`. */
  private decodeLines(region: Uint8Array, lines: string[]): string[] {
    if (region.length === 0) return lines;
    // LF and CR decode to '\n' and '\r' and never occur inside a multi-byte character, so splitting the
    // decoded text finds the same lines as splitting the bytes.
    for (const line of this.utf8.decode(region.subarray(0, -1)).split('\n')) {
      lines.push(line.charCodeAt(line.length - 1) === CR ? line.slice(0, -1) : line);
    }
    return lines;
  }

  /**
   * Whether the line held so far plus `more` exceeds the limit. A final CR does not count: it either
   * belongs to the CRLF that ends the line or, if the next byte is not LF, makes the line one byte longer.
   */
  private tooLong(more: Uint8Array): boolean {
    const last = more.length > 0 ? more[more.length - 1] : this.pending.last();
    const length = this.pending.length + more.length - (last === CR ? 1 : 0);
    return length > this.maxLineBytes;
  }

  private overflow(lines: string[]): never {
    this.closed = true;
    this.pending.clear();
    throw new FramingError(`line longer than ${this.maxLineBytes} bytes`, { lines });
  }

  private checkOpen(): void {
    if (this.closed) throw new FramingError('the decoder is closed');
  }
}

const HEADER_BYTES = 4;
// A 4-byte length reaches 2^32 - 1: the prefix itself allows 4 GiB frames.
const MAX_LENGTH = 0xffff_ffff;

export function encodeFrame(payload: Uint8Array): Uint8Array {
  if (payload.length > MAX_LENGTH) throw new FramingError(`a ${payload.length}-byte payload does not fit a 4-byte length`);
  const frame = new Uint8Array(HEADER_BYTES + payload.length);
  // Network byte order: most significant byte first (DataView is big-endian unless told otherwise).
  new DataView(frame.buffer).setUint32(0, payload.length);
  frame.set(payload, HEADER_BYTES);
  return frame;
}

/** Copies `count` bytes of `source` from `from` into `target` at `to`. */
function copy(source: Uint8Array, from: number, count: number, target: Uint8Array, to: number): void {
  // `set` needs a subarray, a new object: for the few bytes of a small chunk a plain loop is cheaper.
  if (count <= 16) {
    for (let i = 0; i < count; i++) target[to + i] = source[from + i]!;
  } else {
    target.set(source.subarray(from, from + count), to);
  }
}

export class FrameDecoder {
  private readonly maxFrameBytes: number;
  private readonly header = new Uint8Array(HEADER_BYTES);
  private readonly headerView = new DataView(this.header.buffer);
  private headerFilled = 0;
  /** The frame being filled, allocated at its final size once its header is read; null between frames. */
  private body: Uint8Array | null = null;
  private bodyFilled = 0;
  private closed = false;

  constructor(options: { maxFrameBytes?: number } = {}) {
    this.maxFrameBytes = options.maxFrameBytes ?? 1_048_576;
  }

  get bufferedBytes(): number {
    return this.headerFilled + this.bodyFilled;
  }

  push(chunk: Uint8Array): Uint8Array[] {
    this.checkOpen();
    const frames: Uint8Array[] = [];
    let at = 0;
    while (at < chunk.length) {
      if (this.body === null) {
        const taken = Math.min(HEADER_BYTES - this.headerFilled, chunk.length - at);
        copy(chunk, at, taken, this.header, this.headerFilled);
        this.headerFilled += taken;
        at += taken;
        if (this.headerFilled < HEADER_BYTES) break;
        // Unsigned and big-endian: getInt32 would read 0x80000000 and above as negative lengths.
        const length = this.headerView.getUint32(0);
        // Refuse before allocating: a hostile 0xffffffff must not cost 4 GiB.
        if (length > this.maxFrameBytes) {
          this.closed = true;
          throw new FramingError(`frame of ${length} bytes exceeds the limit of ${this.maxFrameBytes}`, { frames });
        }
        this.body = new Uint8Array(length);
      }
      const taken = Math.min(this.body.length - this.bodyFilled, chunk.length - at);
      copy(chunk, at, taken, this.body, this.bodyFilled);
      this.bodyFilled += taken;
      at += taken;
      if (this.bodyFilled === this.body.length) {
        frames.push(this.body);
        this.body = null;
        this.bodyFilled = 0;
        this.headerFilled = 0;
      }
    }
    return frames;
  }

  end(): void {
    this.checkOpen();
    this.closed = true;
    if (this.bufferedBytes > 0) {
      const what = this.body === null ? `${this.headerFilled} of 4 header bytes` : `${this.bodyFilled} of ${this.body.length} bytes`;
      throw new FramingError(`stream ended inside a frame (${what})`);
    }
  }

  private checkOpen(): void {
    if (this.closed) throw new FramingError('the decoder is closed');
  }
}
