import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Receiver, WindowError } from '@impl/sliding-window';
import { ISNS, MOD, NEAR_WRAPS, ReceiverModel, seqAt, stream } from './reference.ts';
import { describeBytes, read, receive, receiverScenario, receiverState } from './harness.ts';

// Room for everything: the window never gets in the way here (that is task 3).
const ROOMY = 10_000;

describe('task 2: reassembly and ACKs', () => {
  describe('construction', () => {
    it.each([0, 1000, MOD - 1])('starts at initialSeq %i: nextExpected is initialSeq, nothing held, nothing to read', (initialSeq) => {
      const receiver = new Receiver({ initialSeq, capacity: 100 });
      expect(receiver.nextExpected).toBe(initialSeq);
      expect(receiver.bufferedOutOfOrder).toBe(0);
      expect(receiver.read()).toEqual(new Uint8Array(0));
    });

    it.each([
      ['initialSeq −1', { initialSeq: -1, capacity: 100 }],
      ['initialSeq 2^32, one past the largest sequence number', { initialSeq: MOD, capacity: 100 }],
      ['initialSeq 1.5', { initialSeq: 1.5, capacity: 100 }],
      ['initialSeq NaN', { initialSeq: NaN, capacity: 100 }],
      ['capacity 0', { initialSeq: 0, capacity: 0 }],
      ['capacity −100', { initialSeq: 0, capacity: -100 }],
      ['capacity 2.5', { initialSeq: 0, capacity: 2.5 }],
    ])('rejects %s with a WindowError', (_name, options) => {
      expect(() => new Receiver(options)).toThrow(WindowError);
    });

    it('accepts capacity 1 and initialSeq 2^32 − 1', () => {
      expect(new Receiver({ initialSeq: MOD - 1, capacity: 1 }).nextExpected).toBe(MOD - 1);
    });
  });

  it("follows the notes' example exactly: 100-byte segments at 1, 101, …, 701 with 201 lost", () => {
    receiverScenario({ initialSeq: 1, capacity: ROOMY }, [
      receive(0, 100, { ack: 100 }),
      receive(100, 100, { ack: 200 }),
      receive(300, 100, { ack: 200 }),
      receive(400, 100, { ack: 200 }),
      receive(500, 100, { ack: 200 }),
      receive(600, 100, { ack: 200 }),
      receive(700, 100, { ack: 200 }),
      receiverState({ nextExpected: 200, bufferedOutOfOrder: 500 }),
      read(undefined, 0, 200),
      receive(200, 100, { ack: 800 }),
      receiverState({ nextExpected: 800, bufferedOutOfOrder: 0 }),
      read(undefined, 200, 800),
    ]);
  });

  describe.each(ISNS)('with %s', (_label, isn) => {
    const scenario = (steps: Parameters<typeof receiverScenario>[1]) => receiverScenario({ initialSeq: isn, capacity: ROOMY }, steps);

    it('delivers segments that arrive in order and acknowledges each one', () => {
      scenario([
        receive(0, 100, { ack: 100 }),
        receive(100, 100, { ack: 200 }),
        receive(200, 1, { ack: 201 }),
        receiverState({ nextExpected: 201, bufferedOutOfOrder: 0 }),
        read(undefined, 0, 201),
      ]);
    });

    it("holds the bytes after a lost segment and acknowledges only up to the gap (the notes' example)", () => {
      scenario([
        receive(0, 100, { ack: 100 }),
        receive(100, 100, { ack: 200 }),
        receive(300, 100, { ack: 200 }),
        receive(400, 100, { ack: 200 }),
        receive(500, 100, { ack: 200 }),
        receive(600, 100, { ack: 200 }),
        receive(700, 100, { ack: 200 }),
        receiverState({ nextExpected: 200, bufferedOutOfOrder: 500 }),
        read(undefined, 0, 200),
        receive(200, 100, { ack: 800 }),
        receiverState({ nextExpected: 800, bufferedOutOfOrder: 0 }),
        read(undefined, 200, 800),
      ]);
    });

    it('never hands out held bytes before the gap is filled', () => {
      scenario([
        receive(100, 100, { ack: 0 }),
        read(undefined, 0, 0),
        receiverState({ nextExpected: 0, bufferedOutOfOrder: 100 }),
        receive(0, 100, { ack: 200 }),
        read(undefined, 0, 200),
      ]);
    });

    it('acknowledges cumulatively: filling the first of two gaps moves the ACK only to the second gap', () => {
      scenario([
        receive(100, 100, { ack: 0 }),
        receive(300, 100, { ack: 0 }),
        receiverState({ bufferedOutOfOrder: 200 }),
        receive(0, 100, { ack: 200 }),
        receiverState({ nextExpected: 200, bufferedOutOfOrder: 100 }),
        receive(200, 100, { ack: 400 }),
        receiverState({ bufferedOutOfOrder: 0 }),
        read(undefined, 0, 400),
      ]);
    });

    it('delivers segments that arrive in reverse order once the first one arrives', () => {
      scenario([
        receive(400, 100, { ack: 0 }),
        receive(300, 100, { ack: 0 }),
        receive(200, 100, { ack: 0 }),
        receive(100, 100, { ack: 0 }),
        receiverState({ bufferedOutOfOrder: 400 }),
        receive(0, 100, { ack: 500 }),
        receiverState({ bufferedOutOfOrder: 0 }),
        read(undefined, 0, 500),
      ]);
    });

    it('answers a duplicate segment with the same ACK and delivers its bytes once', () => {
      scenario([
        receive(0, 100, { ack: 100 }),
        receive(0, 100, { ack: 100 }),
        receive(100, 100, { ack: 200 }),
        receive(0, 100, { ack: 200 }),
        read(undefined, 0, 200),
        read(undefined, 200, 200),
      ]);
    });

    it('counts a duplicated out-of-order segment once', () => {
      scenario([
        receive(200, 100, { ack: 0 }),
        receive(200, 100, { ack: 0 }),
        receiverState({ bufferedOutOfOrder: 100 }),
        receive(0, 200, { ack: 300 }),
        receiverState({ bufferedOutOfOrder: 0 }),
        read(undefined, 0, 300),
      ]);
    });

    it('merges overlapping segments without losing or repeating a byte', () => {
      scenario([
        receive(0, 150, { ack: 150 }),
        receive(100, 150, { ack: 250 }),
        receive(240, 20, { ack: 260 }),
        read(undefined, 0, 260),
      ]);
    });

    it('merges a segment that overlaps held bytes on both sides of a gap', () => {
      scenario([
        receive(100, 50, { ack: 0 }),
        receive(200, 50, { ack: 0 }),
        receiverState({ bufferedOutOfOrder: 100 }),
        receive(50, 250, { ack: 0 }),
        receiverState({ bufferedOutOfOrder: 250 }),
        receive(0, 60, { ack: 300 }),
        receiverState({ nextExpected: 300, bufferedOutOfOrder: 0 }),
        read(undefined, 0, 300),
      ]);
    });

    it('keeps only the new bytes of a segment that starts before nextExpected', () => {
      scenario([
        receive(0, 100, { ack: 100 }),
        read(undefined, 0, 100),
        receive(50, 100, { ack: 150 }),
        read(undefined, 100, 150),
        receive(140, 5, { ack: 150 }),
        receiverState({ nextExpected: 150, bufferedOutOfOrder: 0 }),
      ]);
    });

    it('ignores a segment that lies entirely before nextExpected, but answers it', () => {
      scenario([
        receive(0, 100, { ack: 100 }),
        receive(20, 30, { ack: 100 }),
        receive(0, 1, { ack: 100 }),
        receive(-50, 50, { ack: 100 }),
        receiverState({ nextExpected: 100, bufferedOutOfOrder: 0 }),
        read(undefined, 0, 100),
      ]);
    });

    it('answers an empty segment with the current ACK', () => {
      scenario([receive(0, 100, { ack: 100 }), receive(100, 0, { ack: 100 }), receive(500, 0, { ack: 100 }), receiverState({ bufferedOutOfOrder: 0 })]);
    });

    it('reassembles one-byte segments given in reverse order', () => {
      scenario([
        receive(5, 1, { ack: 0 }),
        receive(4, 1, { ack: 0 }),
        receive(3, 1, { ack: 0 }),
        receive(2, 1, { ack: 0 }),
        receive(1, 1, { ack: 0 }),
        receiverState({ bufferedOutOfOrder: 5 }),
        receive(0, 1, { ack: 6 }),
        read(undefined, 0, 6),
      ]);
    });
  });

  describe('properties', () => {
    /** A stream cut into segments that cover it, plus overlapping extras, in a random order. */
    const deliveries = fc
      .record({
        isn: fc.oneof(fc.integer({ min: 0, max: MOD - 1 }), fc.constantFrom(...NEAR_WRAPS)),
        length: fc.integer({ min: 1, max: 700 }),
      })
      .chain(({ isn, length }) =>
        fc
          .record({
            cuts: fc.uniqueArray(fc.integer({ min: 1, max: length }), { maxLength: 40 }),
            extras: fc.array(fc.tuple(fc.integer({ min: -50, max: length - 1 }), fc.integer({ min: 0, max: 150 })), { maxLength: 15 }),
          })
          .chain(({ cuts, extras }) => {
            const edges = [0, ...cuts.sort((a, b) => a - b).filter((cut) => cut < length), length];
            const cover = edges.slice(1).map((end, i) => [edges[i]!, end - edges[i]!] as [number, number]);
            const all = [...cover, ...extras];
            return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
          })
          .map((segments) => ({ isn, length, segments })),
      );

    it('property: any order, overlap and duplication of segments gives back the stream, byte for byte', () => {
      fc.assert(
        fc.property(deliveries, ({ isn, length, segments }) => {
          const receiver = new Receiver({ initialSeq: isn, capacity: 4 * length + 300 });
          for (const [start, size] of segments) receiver.receive({ seq: seqAt(isn, start), payload: stream(start, start + size) });
          // Extras may reach past the end of the stream; the bytes up to `length` must be exact.
          expect(describeBytes(receiver.read(length), 0)).toBe(describeBytes(stream(0, length), 0));
        }),
        { numRuns: 200, seed: 201, includeErrorInReport: true },
      );
    });

    it('property: after every segment the ACK is ISN + the longest run received from the start, and bufferedOutOfOrder counts every byte held beyond it', () => {
      fc.assert(
        fc.property(deliveries, ({ isn, length, segments }) => {
          const receiver = new Receiver({ initialSeq: isn, capacity: 4 * length + 300 });
          const model = new ReceiverModel(4 * length + 300, 2 * length + 300);
          for (const [start, size] of segments) {
            const answer = receiver.receive({ seq: seqAt(isn, start), payload: stream(start, start + size) });
            model.receive(start, size);
            expect({ ack: answer.ack, nextExpected: receiver.nextExpected, bufferedOutOfOrder: receiver.bufferedOutOfOrder }).toEqual({
              ack: seqAt(isn, model.next),
              nextExpected: seqAt(isn, model.next),
              bufferedOutOfOrder: model.outOfOrder,
            });
          }
        }),
        { numRuns: 200, seed: 202, includeErrorInReport: true },
      );
    });
  });
});
