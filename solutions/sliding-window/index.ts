/**
 * TCP's sliding window: reference solution.
 *
 * Sequence numbers are 32-bit and wrap (RFC 9293 §3.4), so every comparison goes through `seqDiff`.
 * Inside each class, positions are kept as stream offsets instead: bytes counted from `initialSeq`,
 * plain numbers that never wrap (exact up to 2^53). A sequence number is made from an offset only at
 * the edge, when a segment or a getter needs one, and an incoming one is turned back into an offset
 * by its distance from a known point.
 *
 * Both sides keep their bytes in a ring buffer of `capacity` bytes indexed by offset mod capacity.
 * That fits because every byte either side holds lies inside one span of at most `capacity` bytes:
 * [first unread, right edge of the window) for the receiver, [SND.UNA, end of the data written) for
 * the sender.
 */

export class WindowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WindowError';
  }
}

export interface Segment {
  seq: number;
  payload: Uint8Array;
}

export interface Ack {
  ack: number;
  window: number;
}

const SEQ_SPACE = 2 ** 32;
const HALF_SPACE = 2 ** 31;

/** The fast retransmit threshold of RFC 5681 §3.2. */
const DUPLICATE_THRESHOLD = 3;

// ---------------------------------------------------------------------------
// Task 1: Sequence numbers
// ---------------------------------------------------------------------------

export function seqAdd(seq: number, n: number): number {
  // `>>> 0` is ToUint32: it reduces any integer modulo 2^32 into [0, 2^32), negative ones included.
  return (seq + n) >>> 0;
}

export function seqDiff(a: number, b: number): number {
  const forward = (a - b) >>> 0;
  // RFC 9293 §3.4 compares "modulo 2^32": the shorter way round wins. At exactly half the space both
  // ways are equally long; this picks +2^31, so neither number is less than the other.
  return forward > HALF_SPACE ? forward - SEQ_SPACE : forward;
}

export function seqLt(a: number, b: number): boolean {
  return seqDiff(a, b) < 0;
}

export function seqLe(a: number, b: number): boolean {
  return seqDiff(a, b) <= 0;
}

// ---------------------------------------------------------------------------
// Tasks 2 and 3: The receiver
// ---------------------------------------------------------------------------

export class Receiver {
  readonly #initialSeq: number;
  readonly #capacity: number;
  /** Unread in-order bytes, then held out-of-order ones, at their offsets mod capacity. */
  readonly #ring: Uint8Array;
  /** 1 where the ring holds an out-of-order byte at or beyond RCV.NXT. */
  readonly #held: Uint8Array;
  /** The offset of the next byte `read` returns. */
  #readOffset = 0;
  /** RCV.NXT as an offset: every byte before it has arrived. */
  #nextOffset = 0;
  #outOfOrder = 0;

  constructor(options: { initialSeq: number; capacity: number }) {
    checkSequenceNumber(options.initialSeq);
    checkCount('capacity', options.capacity, 1);
    this.#initialSeq = options.initialSeq;
    this.#capacity = options.capacity;
    this.#ring = new Uint8Array(options.capacity);
    this.#held = new Uint8Array(options.capacity);
  }

  get nextExpected(): number {
    return seqAdd(this.#initialSeq, this.#nextOffset);
  }

  get window(): number {
    // Held out-of-order bytes sit inside the window and do not shrink it: only unread in-order bytes
    // take room. Delivering bytes moves RCV.NXT right and shrinks the window by as much, so the right
    // edge stays put; reading moves it right. It never moves left: RFC 9293 §3.8.6 says a receiver
    // SHOULD NOT shrink its window.
    return this.#capacity - (this.#nextOffset - this.#readOffset);
  }

  get bufferedOutOfOrder(): number {
    return this.#outOfOrder;
  }

  receive(segment: Segment): Ack {
    // Where the segment starts: negative offsets before RCV.NXT are bytes already received.
    const start = this.#nextOffset + seqDiff(segment.seq, this.nextExpected);
    const rightEdge = this.#readOffset + this.#capacity;
    // RFC 9293 §3.10.7.4: trim the segment to the window [RCV.NXT, RCV.NXT + RCV.WND).
    const from = Math.max(start, this.#nextOffset);
    const to = Math.min(start + segment.payload.length, rightEdge);
    for (let offset = from; offset < to; offset++) {
      const slot = offset % this.#capacity;
      // A byte already held, from an overlapping or duplicated segment, is kept once.
      if (this.#held[slot] === 0) {
        this.#held[slot] = 1;
        this.#ring[slot] = segment.payload[offset - start]!;
        this.#outOfOrder++;
      }
    }
    // Deliver the run of bytes that now follows RCV.NXT without a gap.
    while (this.#held[this.#nextOffset % this.#capacity] === 1) {
      this.#held[this.#nextOffset % this.#capacity] = 0;
      this.#nextOffset++;
      this.#outOfOrder--;
    }
    // Every segment is answered with the cumulative ACK and the window, even one that was a duplicate
    // or fell outside the window: that reply is how the sender resynchronises.
    return { ack: this.nextExpected, window: this.window };
  }

  read(maxBytes?: number): Uint8Array {
    if (maxBytes !== undefined) checkCount('maxBytes', maxBytes, 0);
    const count = Math.min(maxBytes ?? Infinity, this.#nextOffset - this.#readOffset);
    const bytes = ringRead(this.#ring, this.#readOffset, count);
    this.#readOffset += count;
    return bytes;
  }
}

// ---------------------------------------------------------------------------
// Tasks 4 and 5: The sender
// ---------------------------------------------------------------------------

export class Sender {
  readonly #initialSeq: number;
  readonly #mss: number;
  /** Unacknowledged bytes, then unsent ones, at their offsets mod capacity. */
  readonly #ring: Uint8Array;
  /** SND.UNA as an offset. */
  #una = 0;
  /** SND.NXT as an offset. */
  #nxt = 0;
  /** The offset just past the last byte written. */
  #end = 0;
  /** SND.WND: the window the peer advertised last. */
  #wnd: number;
  /** Consecutive duplicate ACKs since SND.UNA last advanced. */
  #duplicates = 0;

  constructor(options: { initialSeq: number; mss: number; capacity: number; initialWindow: number }) {
    checkSequenceNumber(options.initialSeq);
    checkCount('mss', options.mss, 1);
    checkCount('capacity', options.capacity, 1);
    checkCount('initialWindow', options.initialWindow, 0);
    this.#initialSeq = options.initialSeq;
    this.#mss = options.mss;
    this.#ring = new Uint8Array(options.capacity);
    this.#wnd = options.initialWindow;
  }

  get sndUna(): number {
    return seqAdd(this.#initialSeq, this.#una);
  }

  get sndNxt(): number {
    return seqAdd(this.#initialSeq, this.#nxt);
  }

  get sndWnd(): number {
    return this.#wnd;
  }

  get bytesInFlight(): number {
    return this.#nxt - this.#una;
  }

  get usableWindow(): number {
    // RFC 9293 §3.8.6.2.1: SND.UNA + SND.WND − SND.NXT. It goes negative when the peer shrinks its
    // window below what is already in flight, or while a zero-window probe is out.
    return Math.max(0, this.#una + this.#wnd - this.#nxt);
  }

  write(data: Uint8Array): number {
    // The buffer holds every byte until it is acknowledged, since it may have to be sent again.
    const count = Math.min(data.length, this.#ring.length - (this.#end - this.#una));
    ringWrite(this.#ring, this.#end, data.subarray(0, count));
    this.#end += count;
    return count;
  }

  segmentsToSend(): Segment[] {
    const segments: Segment[] = [];
    let room = Math.min(this.usableWindow, this.#end - this.#nxt);
    while (room > 0) {
      const length = Math.min(this.#mss, room);
      segments.push(this.#segmentAt(this.#nxt, length));
      this.#nxt += length;
      room -= length;
    }
    return segments;
  }

  onAck({ ack, window }: Ack): { newlyAcked: number; duplicateAcks: number; retransmit: Segment | null } {
    // RFC 9293 §3.10.7.4: an acceptable ACK has SND.UNA < SEG.ACK =< SND.NXT.
    if (seqLt(this.sndUna, ack) && seqLe(ack, this.sndNxt)) {
      const newlyAcked = seqDiff(ack, this.sndUna);
      this.#una += newlyAcked;
      this.#wnd = window;
      // New data acknowledged: the count restarts, which re-arms fast retransmit for the next loss.
      this.#duplicates = 0;
      return this.#ackResult(newlyAcked, null);
    }
    // An old ACK (SEG.ACK < SND.UNA) or one for data never sent (SEG.ACK > SND.NXT) is ignored,
    // window and all.
    if (ack !== this.sndUna) return this.#ackResult(0, null);
    if (window !== this.#wnd) {
      // Same ACK, new window: a window update (how a zero window reopens), not a duplicate.
      this.#wnd = window;
      return this.#ackResult(0, null);
    }
    // RFC 5681 §2 counts an ACK as a duplicate only while data is outstanding. While the window is 0,
    // the peer's replies to window probes repeat the same ACK and say nothing about loss.
    if (this.#wnd === 0 || this.#nxt === this.#una) return this.#ackResult(0, null);
    this.#duplicates++;
    // RFC 5681 §3.2: the third duplicate ACK means a segment was lost: resend it now, without waiting
    // for the timer. Exactly the third, so later duplicates of the same loss resend nothing.
    const fastRetransmit = this.#duplicates === DUPLICATE_THRESHOLD;
    return this.#ackResult(0, fastRetransmit ? this.#firstUnacknowledged() : null);
  }

  onTimeout(): Segment | null {
    // RFC 6298 §5.4: on expiry, retransmit the earliest segment not yet acknowledged. SND.NXT stays:
    // the bytes after it may well have arrived, and their ACK will tell.
    if (this.#nxt !== this.#una) return this.#firstUnacknowledged();
    // RFC 9293 §3.8.6.1: with a zero window, data waiting and nothing in flight, probe with one new
    // byte. Without it, a lost window update would leave both ends waiting for ever. The probe counts
    // as sent, so the next timeout retransmits it until the peer acknowledges it.
    if (this.#wnd === 0 && this.#end !== this.#nxt) {
      const probe = this.#segmentAt(this.#nxt, 1);
      this.#nxt += 1;
      return probe;
    }
    return null;
  }

  /** The retransmission: from SND.UNA, up to one MSS, never past SND.NXT. */
  #firstUnacknowledged(): Segment {
    return this.#segmentAt(this.#una, Math.min(this.#mss, this.#nxt - this.#una));
  }

  #segmentAt(offset: number, length: number): Segment {
    return { seq: seqAdd(this.#initialSeq, offset), payload: ringRead(this.#ring, offset, length) };
  }

  #ackResult(newlyAcked: number, retransmit: Segment | null) {
    return { newlyAcked, duplicateAcks: this.#duplicates, retransmit };
  }
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

function checkSequenceNumber(value: number): void {
  if (!Number.isInteger(value) || value < 0 || value >= SEQ_SPACE) {
    throw new WindowError(`initialSeq ${String(value)} is not a 32-bit sequence number (0 to 2^32 - 1)`);
  }
}

function checkCount(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new WindowError(`${name} ${String(value)} is not an integer of at least ${min}`);
  }
}

/** A copy of `count` bytes of the ring from stream offset `from`, wrapping round its end. */
function ringRead(ring: Uint8Array, from: number, count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  const start = from % ring.length;
  const first = Math.min(count, ring.length - start);
  bytes.set(ring.subarray(start, start + first));
  bytes.set(ring.subarray(0, count - first), first);
  return bytes;
}

/** Copies `bytes` into the ring at stream offset `at`, wrapping round its end. */
function ringWrite(ring: Uint8Array, at: number, bytes: Uint8Array): void {
  const start = at % ring.length;
  const first = Math.min(bytes.length, ring.length - start);
  ring.set(bytes.subarray(0, first), start);
  ring.set(bytes.subarray(first), 0);
}
