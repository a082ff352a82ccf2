// The hidden suite's own arithmetic and models, written the slow, obvious way and never taken from the
// solution. Shared by the task files; not a test file itself.

export const MOD = 2 ** 32;
export const HALF = 2 ** 31;

/** The sequence number `offset` bytes after `isn` (offset may be negative), by plain arithmetic. */
export function seqAt(isn: number, offset: number): number {
  return (((isn + offset) % MOD) + MOD) % MOD;
}

/** Where `seq` lies relative to `isn`, the short way round: in (−2^31, 2^31]. */
export function offsetOf(isn: number, seq: number): number {
  const forward = (((seq - isn) % MOD) + MOD) % MOD;
  return forward > HALF ? forward - MOD : forward;
}

/** `ISN+300 (= 54)`: a sequence number as the scenarios write it, an offset from the ISN, and as it is on the wire. */
export function showSeq(isn: number, offset: number): string {
  return `ISN${offset < 0 ? '−' : '+'}${Math.abs(offset)} (= ${seqAt(isn, offset)})`;
}

/**
 * The bytes every scenario sends: byte i of the stream is (31 i + 7) mod 251, so any 251 bytes in a row
 * are all different and a lost, repeated or misplaced byte shows.
 */
export function streamByte(offset: number): number {
  return (offset * 31 + 7) % 251;
}

/** Bytes `from` to `to` (exclusive) of the stream. */
export function stream(from: number, to: number): Uint8Array {
  return Uint8Array.from({ length: Math.max(0, to - from) }, (_, i) => streamByte(from + i));
}

/** Initial sequence numbers every scenario runs with, labelled: small, and just before each wrap of the 32-bit space. */
export const ISNS: Array<[label: string, isn: number]> = [
  ['initialSeq 1000', 1000],
  ['initialSeq 2^32 − 1 (wraps to 0 after the first byte)', MOD - 1],
  ['initialSeq 2^32 − 250 (wraps to 0 after 250 bytes)', MOD - 250],
  ['initialSeq 2^31 − 100 (crosses 2^31, where signed 32-bit arithmetic turns negative)', HALF - 100],
];

/** fast-check-friendly initial sequence numbers: anywhere, or close below a wrap. */
export const NEAR_WRAPS = [MOD - 1, MOD - 2, MOD - 100, MOD - 1000, HALF - 1, HALF - 50];

/**
 * What a correct receiver holds, byte by byte, in stream offsets (bytes since the ISN): a model to
 * compare the learner's `Receiver` with after every call.
 */
export class ReceiverModel {
  /** 1 for every offset received and kept. */
  readonly #received: Uint8Array;
  next = 0;
  readCount = 0;
  outOfOrder = 0;

  /** `total` bounds the offsets it can hold; bytes beyond it are dropped. */
  constructor(
    readonly capacity: number,
    total: number,
  ) {
    this.#received = new Uint8Array(total);
  }

  get window(): number {
    return this.capacity - (this.next - this.readCount);
  }

  /** The right edge of the window, as an offset. */
  get rightEdge(): number {
    return this.readCount + this.capacity;
  }

  /** Keeps the bytes of [start, start + length) that lie inside the window. */
  receive(start: number, length: number): void {
    const end = Math.min(start + length, this.rightEdge, this.#received.length);
    for (let offset = Math.max(start, this.next); offset < end; offset++) {
      if (this.#received[offset] === 0) this.outOfOrder++;
      this.#received[offset] = 1;
    }
    while (this.next < this.#received.length && this.#received[this.next] === 1) {
      this.next++;
      this.outOfOrder--;
    }
  }

  /** How many bytes `read(maxBytes)` returns; they are stream bytes readCount onwards. */
  read(maxBytes = Infinity): number {
    const count = Math.min(maxBytes, this.next - this.readCount);
    this.readCount += count;
    return count;
  }
}

/** A small deterministic random number generator (mulberry32), for simulations driven by one seed. */
export function randomSource(seed: number): { next(): number; int(min: number, max: number): number; chance(p: number): boolean } {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
  };
}
