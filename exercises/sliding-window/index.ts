/**
 * TCP's sliding window.
 *
 * A receiver that reassembles segments arriving out of order and answers each one with a cumulative
 * ACK and its window, and a sender that tracks SND.UNA, SND.NXT and SND.WND, keeps within the window
 * the peer advertises, and retransmits what is lost. SYN and FIN are left out: `initialSeq` is the
 * sequence number of the first data byte.
 *
 * Sequence numbers are unsigned 32-bit integers (0 to 2^32 − 1) and wrap round: the byte after
 * 4294967295 is numbered 0. Never compare two of them with `<`; use `seqLt` and friends from task 1.
 *
 * Bad options throw a `WindowError`. Nothing here uses a clock: the caller decides when a timer
 * expires and calls `onTimeout`.
 *
 * Read README.md for the tasks, then replace each `throw new Error('Not implemented')`.
 * You may add helper functions, constants and private fields of your own.
 */

/** Thrown for bad options and arguments. Already complete: use it, don't change it. */
export class WindowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WindowError';
  }
}

/** A data segment: `payload` holds the bytes numbered `seq`, `seq + 1`, … (mod 2^32). */
export interface Segment {
  seq: number;
  payload: Uint8Array;
}

/** What a receiver says back: every byte before `ack` has arrived, and it has room for `window` more. */
export interface Ack {
  ack: number;
  window: number;
}

// ---------------------------------------------------------------------------
// Task 1: Sequence numbers (RFC 9293 §3.4)
// ---------------------------------------------------------------------------

/**
 * `seq + n` modulo 2^32, from 0 to 2^32 − 1. `n` may be negative.
 *
 * @example seqAdd(4294967295, 1) === 0
 * @example seqAdd(5, -10) === 4294967291
 */
export function seqAdd(seq: number, n: number): number {
  throw new Error('Not implemented');
}

/**
 * The signed distance `a − b` the short way round the circle of 2^32 sequence numbers: the `d` in
 * (−2^31, 2^31] with `seqAdd(b, d) === a`. When `a` and `b` are exactly 2^31 apart, both ways round
 * are equally long and the answer is +2^31, whichever comes first.
 *
 * @example seqDiff(5, 4294967291) === 10     // 5 is 10 after 2^32 − 5
 * @example seqDiff(4294967291, 5) === -10
 * @example seqDiff(0, 2147483648) === 2147483648 && seqDiff(2147483648, 0) === 2147483648
 */
export function seqDiff(a: number, b: number): number {
  throw new Error('Not implemented');
}

/**
 * Whether `a` comes before `b`: `seqDiff(a, b) < 0`. Two numbers exactly 2^31 apart are neither
 * before nor after each other.
 *
 * @example seqLt(4294967291, 5) === true
 */
export function seqLt(a: number, b: number): boolean {
  throw new Error('Not implemented');
}

/** Whether `a` comes before `b` or equals it: `seqDiff(a, b) <= 0`. */
export function seqLe(a: number, b: number): boolean {
  throw new Error('Not implemented');
}

// ---------------------------------------------------------------------------
// Tasks 2 and 3: The receiver
// ---------------------------------------------------------------------------

/**
 * The receiving side of a connection. It holds up to `capacity` bytes: bytes delivered in order
 * that the application has not read yet, plus bytes that arrived beyond a gap.
 */
export class Receiver {
  /**
   * `initialSeq` is the sequence number of the first byte expected. Throws `WindowError` unless
   * `initialSeq` is an integer from 0 to 2^32 − 1 and `capacity` an integer of at least 1.
   */
  constructor(options: { initialSeq: number; capacity: number }) {
    throw new Error('Not implemented');
  }

  /**
   * Takes in a segment and returns the cumulative ACK and the current window.
   *
   * - Only bytes inside the window, `[nextExpected, nextExpected + window)`, are kept. Bytes before it
   *   have already arrived; bytes after it do not fit. Both are trimmed off, and a segment may be
   *   partly kept. A segment may overlap others, or repeat them: every byte is kept once.
   * - Bytes right at `nextExpected`, and any held bytes that then follow them without a gap, are
   *   delivered: `nextExpected` moves past them and `read` can return them.
   * - Every call answers `{ ack: nextExpected, window }`, even for a duplicate, an empty payload or a
   *   segment entirely outside the window (RFC 9293 §3.10.7.4). The ACK is cumulative: it never
   *   acknowledges a byte beyond a gap.
   *
   * @example
   * // 100-byte segments at 1, 101, …, 701, and the one at 201 is lost:
   * // the ACKs say 101, 201, 201, 201, 201, 201, 201 and 301–800 are held (bufferedOutOfOrder 500).
   * // When 201 arrives at last, the ACK is 801.
   */
  receive(segment: Segment): Ack {
    throw new Error('Not implemented');
  }

  /**
   * Returns, in order, up to `maxBytes` of the delivered bytes not read yet (all of them when
   * `maxBytes` is left out), and frees their room: the window grows by as many bytes. Returns an
   * empty array when nothing is ready. Throws `WindowError` unless `maxBytes` is left out or is an
   * integer of at least 0.
   */
  read(maxBytes?: number): Uint8Array {
    throw new Error('Not implemented');
  }

  /** RCV.NXT: the sequence number of the first byte not yet received. Every byte before it has arrived. */
  get nextExpected(): number {
    throw new Error('Not implemented');
  }

  /**
   * RCV.WND: `capacity` minus the bytes delivered but not yet read. Held out-of-order bytes lie
   * inside the window and do not shrink it. So the right edge, `nextExpected + window`, never moves
   * left: delivering bytes moves `nextExpected` right and shrinks the window by as much, and reading
   * moves the edge right.
   */
  get window(): number {
    throw new Error('Not implemented');
  }

  /** How many bytes are held beyond a gap, waiting for the missing bytes before them. */
  get bufferedOutOfOrder(): number {
    throw new Error('Not implemented');
  }
}

// ---------------------------------------------------------------------------
// Tasks 4 and 5: The sender
// ---------------------------------------------------------------------------

/**
 * The sending side of a connection. Bytes are numbered from `initialSeq`:
 *
 * ```
 *        sndUna             sndNxt                 sndUna + sndWnd
 *   ───────┼──────────────────┼──────────────────────────┼─────────────
 *   acked  │ sent, not acked  │ not sent, allowed        │ not allowed
 *          │  (bytesInFlight) │  (usableWindow)          │
 * ```
 *
 * Every byte written stays in the send buffer until it is acknowledged, since it may have to be sent
 * again; `capacity` bounds the unacknowledged bytes plus the bytes not yet sent.
 */
export class Sender {
  /**
   * `initialSeq` numbers the first byte written; `mss` is the largest payload a segment may carry;
   * `initialWindow` is the peer's window until its first ACK says otherwise.
   *
   * Throws `WindowError` unless `initialSeq` is an integer from 0 to 2^32 − 1, `mss` and `capacity`
   * integers of at least 1, and `initialWindow` an integer of at least 0.
   */
  constructor(options: { initialSeq: number; mss: number; capacity: number; initialWindow: number }) {
    throw new Error('Not implemented');
  }

  /**
   * Copies as many bytes of `data` as the send buffer has room for (from the start of `data`) and
   * returns how many that was: 0 when the buffer is full. Changing `data` afterwards changes nothing.
   */
  write(data: Uint8Array): number {
    throw new Error('Not implemented');
  }

  /**
   * The new segments to send now: written bytes not sent yet, from `sndNxt` on, as many as
   * `usableWindow` allows, cut into segments of at most `mss` bytes (no Nagle: send small segments
   * too). `sndNxt` moves past them. Returns `[]` when nothing may be sent; in particular a zero window
   * sends nothing (a probe is `onTimeout`'s job). Each payload is a copy.
   */
  segmentsToSend(): Segment[] {
    throw new Error('Not implemented');
  }

  /**
   * Processes an ACK from the peer (RFC 9293 §3.10.7.4, RFC 5681 §3.2).
   *
   * - Acceptable, `sndUna < ack <= sndNxt`: `sndUna` moves to `ack` (`newlyAcked` bytes are freed
   *   from the send buffer), `sndWnd` becomes `window`, and the duplicate count returns to 0.
   * - `ack` after `sndNxt` (acknowledging data never sent) or before `sndUna` (an old ACK): ignored
   *   entirely, its window too.
   * - `ack === sndUna` with a window other than `sndWnd`: a window update (this is how a zero window
   *   reopens). `sndWnd` becomes `window`; it is not a duplicate.
   * - `ack === sndUna` with the same non-zero window while data is in flight: a duplicate ACK. On the
   *   third duplicate since `sndUna` last moved, and only then, `retransmit` is the first
   *   unacknowledged segment: fast retransmit. An ACK with a window of 0 or with nothing in flight is
   *   never a duplicate.
   *
   * Window updates and ignored ACKs leave the duplicate count as it is. `duplicateAcks` is the
   * count after this ACK; `retransmit` is null unless this ACK triggers fast retransmit. A
   * retransmitted segment starts at `sndUna` and carries up to `mss` bytes, never beyond `sndNxt`.
   */
  onAck(ack: Ack): { newlyAcked: number; duplicateAcks: number; retransmit: Segment | null } {
    throw new Error('Not implemented');
  }

  /**
   * The retransmission timer expired (RFC 6298 §5.4). Returns the one segment to send, or null:
   *
   * - Data in flight: the first unacknowledged segment, from `sndUna`, up to `mss` bytes, never
   *   beyond `sndNxt`. `sndNxt` does not move back.
   * - Nothing in flight, a zero window and data waiting: a zero-window probe (RFC 9293 §3.8.6.1), the
   *   one byte at `sndNxt`. `sndNxt` moves past it, so it is in flight: the next timeout retransmits
   *   it while it stays unacknowledged.
   * - Otherwise nothing is outstanding: null.
   */
  onTimeout(): Segment | null {
    throw new Error('Not implemented');
  }

  /** SND.UNA: the sequence number of the first unacknowledged byte. */
  get sndUna(): number {
    throw new Error('Not implemented');
  }

  /** SND.NXT: the sequence number the next new byte will be sent with. */
  get sndNxt(): number {
    throw new Error('Not implemented');
  }

  /** SND.WND: the peer's window, from its last acceptable ACK or window update (`initialWindow` before). */
  get sndWnd(): number {
    throw new Error('Not implemented');
  }

  /** Bytes sent but not acknowledged: `sndNxt − sndUna`. */
  get bytesInFlight(): number {
    throw new Error('Not implemented');
  }

  /** How many new bytes the window still allows: `sndUna + sndWnd − sndNxt`, or 0 when that is negative. */
  get usableWindow(): number {
    throw new Error('Not implemented');
  }
}
