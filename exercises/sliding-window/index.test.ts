import { describe, it, expect } from 'vitest';
import { Receiver, Sender, WindowError, seqAdd, seqDiff, seqLe, seqLt } from '@impl/sliding-window';

/** `length` bytes numbered from `from`: byte i of a connection's stream is i % 251. */
function bytes(from: number, length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (from + i) % 251);
}

/** Segments as [seq, payload length], to compare them at a glance. */
function spans(segments: Array<{ seq: number; payload: Uint8Array }>): Array<[number, number]> {
  return segments.map((segment) => [segment.seq, segment.payload.length]);
}

describe('task 1: sequence numbers', () => {
  it('adds modulo 2^32: the byte after 4294967295 is numbered 0', () => {
    expect(seqAdd(4294967295, 1)).toBe(0);
    expect(seqAdd(5, -10)).toBe(4294967291);
  });

  it('measures the short way round the circle, across the wrap', () => {
    expect(seqDiff(5, 4294967291)).toBe(10);
    expect(seqDiff(4294967291, 5)).toBe(-10);
  });

  it('gives +2^31 both ways for numbers exactly 2^31 apart', () => {
    expect(seqDiff(0, 2 ** 31)).toBe(2 ** 31);
    expect(seqDiff(2 ** 31, 0)).toBe(2 ** 31);
  });

  it('puts 4294967295 before 0, where a plain < says the opposite', () => {
    expect(seqLt(4294967295, 0)).toBe(true);
    expect(seqLt(0, 4294967295)).toBe(false);
    expect(seqLe(7, 7)).toBe(true);
  });
});

describe('task 2: reassembly and ACKs', () => {
  it("works through the notes' example: 100-byte segments at 1, 101, …, 701, and 201 is lost", () => {
    const receiver = new Receiver({ initialSeq: 1, capacity: 10_000 });
    const acks = [1, 101, 301, 401, 501, 601, 701].map((seq) => receiver.receive({ seq, payload: bytes(seq - 1, 100) }).ack);
    expect(acks).toEqual([101, 201, 201, 201, 201, 201, 201]);
    expect(receiver.nextExpected).toBe(201);
    expect(receiver.bufferedOutOfOrder).toBe(500);
    expect(receiver.receive({ seq: 201, payload: bytes(200, 100) }).ack).toBe(801);
    expect(receiver.read()).toEqual(bytes(0, 800));
  });

  it('keeps the bytes of overlapping and duplicated segments once', () => {
    const receiver = new Receiver({ initialSeq: 1000, capacity: 10_000 });
    receiver.receive({ seq: 1000, payload: bytes(0, 150) });
    receiver.receive({ seq: 1100, payload: bytes(100, 150) });
    receiver.receive({ seq: 1000, payload: bytes(0, 150) });
    expect(receiver.nextExpected).toBe(1250);
    expect(receiver.read()).toEqual(bytes(0, 250));
  });

  it('reassembles across the wrap of sequence numbers', () => {
    const receiver = new Receiver({ initialSeq: 4294967246, capacity: 10_000 });
    expect(receiver.receive({ seq: 50, payload: bytes(100, 100) }).ack).toBe(4294967246);
    expect(receiver.receive({ seq: 4294967246, payload: bytes(0, 100) }).ack).toBe(150);
    expect(receiver.read()).toEqual(bytes(0, 200));
  });

  it('rejects an initialSeq that is not a 32-bit number, and a capacity of 0', () => {
    expect(() => new Receiver({ initialSeq: 2 ** 32, capacity: 100 })).toThrow(WindowError);
    expect(() => new Receiver({ initialSeq: 0, capacity: 0 })).toThrow(WindowError);
  });
});

describe('task 3: the receive window', () => {
  it('shrinks the window by the bytes not yet read, and opens it when they are read', () => {
    const receiver = new Receiver({ initialSeq: 0, capacity: 1000 });
    expect(receiver.receive({ seq: 0, payload: bytes(0, 300) })).toEqual({ ack: 300, window: 700 });
    expect(receiver.read(100)).toEqual(bytes(0, 100));
    expect(receiver.window).toBe(800);
  });

  it('does not shrink the window for out-of-order bytes: the right edge never moves left', () => {
    const receiver = new Receiver({ initialSeq: 0, capacity: 1000 });
    expect(receiver.receive({ seq: 500, payload: bytes(500, 100) })).toEqual({ ack: 0, window: 1000 });
  });

  it('trims what lies beyond the window, and answers even when it keeps nothing', () => {
    const receiver = new Receiver({ initialSeq: 0, capacity: 300 });
    expect(receiver.receive({ seq: 0, payload: bytes(0, 500) })).toEqual({ ack: 300, window: 0 });
    expect(receiver.receive({ seq: 300, payload: bytes(300, 100) })).toEqual({ ack: 300, window: 0 });
    expect(receiver.read()).toEqual(bytes(0, 300));
  });

  it('rejects a negative maxBytes', () => {
    expect(() => new Receiver({ initialSeq: 0, capacity: 10 }).read(-1)).toThrow(WindowError);
  });
});

describe('task 4: the sender and its window', () => {
  it('cuts data into segments of at most mss, within the window', () => {
    const sender = new Sender({ initialSeq: 1000, mss: 100, capacity: 4000, initialWindow: 250 });
    expect(sender.write(bytes(0, 1000))).toBe(1000);
    expect(spans(sender.segmentsToSend())).toEqual([
      [1000, 100],
      [1100, 100],
      [1200, 50],
    ]);
    expect(sender.usableWindow).toBe(0);
    expect(sender.segmentsToSend()).toEqual([]);
  });

  it('slides the window on an acceptable ACK', () => {
    const sender = new Sender({ initialSeq: 1000, mss: 100, capacity: 4000, initialWindow: 250 });
    sender.write(bytes(0, 1000));
    sender.segmentsToSend();
    expect(sender.onAck({ ack: 1100, window: 250 })).toEqual({ newlyAcked: 100, duplicateAcks: 0, retransmit: null });
    expect([sender.sndUna, sender.bytesInFlight, sender.usableWindow]).toEqual([1100, 150, 100]);
    expect(spans(sender.segmentsToSend())).toEqual([[1250, 100]]);
  });

  it('ignores an ACK for data not yet sent', () => {
    const sender = new Sender({ initialSeq: 1000, mss: 100, capacity: 4000, initialWindow: 1000 });
    sender.write(bytes(0, 100));
    sender.segmentsToSend();
    expect(sender.onAck({ ack: 1500, window: 5000 }).newlyAcked).toBe(0);
    expect([sender.sndUna, sender.sndWnd]).toEqual([1000, 1000]);
  });

  it('accepts only what fits in its buffer: sent bytes stay until they are acknowledged', () => {
    const sender = new Sender({ initialSeq: 0, mss: 100, capacity: 300, initialWindow: 1000 });
    expect(sender.write(bytes(0, 500))).toBe(300);
    sender.segmentsToSend();
    expect(sender.write(bytes(300, 100))).toBe(0);
    sender.onAck({ ack: 100, window: 1000 });
    expect(sender.write(bytes(300, 100))).toBe(100);
  });

  it('takes a window update from an ACK equal to sndUna', () => {
    const sender = new Sender({ initialSeq: 0, mss: 100, capacity: 4000, initialWindow: 300 });
    sender.write(bytes(0, 500));
    sender.segmentsToSend();
    sender.onAck({ ack: 300, window: 0 });
    expect(sender.segmentsToSend()).toEqual([]);
    expect(sender.onAck({ ack: 300, window: 200 }).duplicateAcks).toBe(0);
    expect(spans(sender.segmentsToSend())).toEqual([
      [300, 100],
      [400, 100],
    ]);
  });
});

describe('task 5: retransmission', () => {
  /** A sender with five 100-byte segments in flight from 0, the first one acknowledged. */
  function lossAfterFirstSegment(): Sender {
    const sender = new Sender({ initialSeq: 0, mss: 100, capacity: 4000, initialWindow: 1000 });
    sender.write(bytes(0, 500));
    sender.segmentsToSend();
    sender.onAck({ ack: 100, window: 1000 });
    return sender;
  }

  it('fast-retransmits on the third duplicate ACK, and only on the third', () => {
    const sender = lossAfterFirstSegment();
    const results = [1, 2, 3, 4].map(() => sender.onAck({ ack: 100, window: 1000 }));
    expect(results.map((result) => result.duplicateAcks)).toEqual([1, 2, 3, 4]);
    expect(results.map((result) => result.retransmit && spans([result.retransmit])[0])).toEqual([null, null, [100, 100], null]);
  });

  it('retransmits the first unacknowledged segment on a timeout, leaving sndNxt alone', () => {
    const sender = lossAfterFirstSegment();
    const segment = sender.onTimeout();
    expect(segment && spans([segment])).toEqual([[100, 100]]);
    expect(segment?.payload).toEqual(bytes(100, 100));
    expect(sender.sndNxt).toBe(500);
  });

  it('probes a zero window with one byte when the timer expires', () => {
    const sender = new Sender({ initialSeq: 0, mss: 100, capacity: 4000, initialWindow: 0 });
    sender.write(bytes(0, 100));
    expect(sender.segmentsToSend()).toEqual([]);
    const probe = sender.onTimeout();
    expect(probe && spans([probe])).toEqual([[0, 1]]);
    expect(sender.sndNxt).toBe(1);
  });

  it('returns null from onTimeout when nothing is outstanding', () => {
    const sender = new Sender({ initialSeq: 0, mss: 100, capacity: 4000, initialWindow: 1000 });
    expect(sender.onTimeout()).toBeNull();
  });
});
