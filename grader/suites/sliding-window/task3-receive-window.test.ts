import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Receiver, WindowError } from '@impl/sliding-window';
import { HALF, ISNS, MOD, NEAR_WRAPS, ReceiverModel, offsetOf, seqAt, stream } from './reference.ts';
import { describeBytes, read, receive, receiverScenario, receiverState } from './harness.ts';

describe('task 3: the receive window', () => {
  describe('read', () => {
    it.each([
      ['−1', -1],
      ['−0.5', -0.5],
      ['1.5', 1.5],
      ['NaN', NaN],
    ])('rejects maxBytes %s with a WindowError', (_name, maxBytes) => {
      const receiver = new Receiver({ initialSeq: 0, capacity: 100 });
      receiver.receive({ seq: 0, payload: stream(0, 10) });
      expect(() => receiver.read(maxBytes)).toThrow(WindowError);
    });

    it('returns a copy: changing it does not change what a later read returns', () => {
      const receiver = new Receiver({ initialSeq: 0, capacity: 100 });
      receiver.receive({ seq: 0, payload: stream(0, 20) });
      const first = receiver.read(10);
      first.fill(0);
      expect(describeBytes(receiver.read(), 10)).toBe(describeBytes(stream(10, 20), 10));
    });

    it('keeps the bytes of a segment, not a view of it: changing the payload afterwards changes nothing', () => {
      const receiver = new Receiver({ initialSeq: 0, capacity: 100 });
      const payload = stream(0, 20);
      receiver.receive({ seq: 0, payload });
      payload.fill(0);
      expect(describeBytes(receiver.read(), 0)).toBe(describeBytes(stream(0, 20), 0));
    });
  });

  describe.each(ISNS)('with %s', (_label, isn) => {
    const scenario = (capacity: number, steps: Parameters<typeof receiverScenario>[1]) => receiverScenario({ initialSeq: isn, capacity }, steps);

    it('starts with the whole capacity as its window', () => {
      scenario(1000, [receiverState({ nextExpected: 0, window: 1000, bufferedOutOfOrder: 0 })]);
    });

    it('shrinks the window by the bytes delivered but not read, and opens it again when they are read', () => {
      scenario(1000, [
        receive(0, 300, { ack: 300, window: 700 }),
        receive(300, 200, { ack: 500, window: 500 }),
        read(undefined, 0, 500),
        receiverState({ nextExpected: 500, window: 1000 }),
        receive(500, 100, { ack: 600, window: 900 }),
      ]);
    });

    it('does not shrink the window for bytes held beyond a gap: the right edge stays where it was', () => {
      scenario(1000, [
        receive(200, 100, { ack: 0, window: 1000 }),
        receive(500, 300, { ack: 0, window: 1000 }),
        receiverState({ window: 1000, bufferedOutOfOrder: 400 }),
        receive(0, 200, { ack: 300, window: 700 }),
        receiverState({ bufferedOutOfOrder: 300 }),
      ]);
    });

    it('opens the window by exactly what a partial read takes', () => {
      scenario(1000, [
        receive(0, 600, { ack: 600, window: 400 }),
        read(250, 0, 250),
        receiverState({ window: 650 }),
        read(250, 250, 500),
        receiverState({ window: 900 }),
        read(1000, 500, 600),
        receiverState({ window: 1000 }),
      ]);
    });

    it('returns nothing for read(0), and what is ready when maxBytes asks for more', () => {
      scenario(1000, [receive(0, 100, { ack: 100, window: 900 }), read(0, 0, 0), read(5000, 0, 100), read(undefined, 100, 100), read(10, 100, 100)]);
    });

    it('trims the part of a segment beyond the right edge, and takes it when it is sent again after a read', () => {
      scenario(300, [
        receive(0, 500, { ack: 300, window: 0 }),
        receiverState({ bufferedOutOfOrder: 0 }),
        read(100, 0, 100),
        receiverState({ window: 100 }),
        receive(300, 200, { ack: 400, window: 0 }),
        read(undefined, 100, 400),
        receive(400, 100, { ack: 500, window: 200 }),
      ]);
    });

    it('trims an out-of-order segment that straddles the right edge', () => {
      scenario(300, [
        receive(200, 200, { ack: 0, window: 300 }),
        receiverState({ bufferedOutOfOrder: 100 }),
        receive(0, 200, { ack: 300, window: 0 }),
        receiverState({ bufferedOutOfOrder: 0 }),
        read(undefined, 0, 300),
        receive(300, 100, { ack: 400, window: 200 }),
        read(undefined, 300, 400),
      ]);
    });

    it('drops a segment that starts at the right edge', () => {
      scenario(300, [receive(300, 50, { ack: 0, window: 300 }), receiverState({ bufferedOutOfOrder: 0 }), receive(299, 50, { ack: 0, window: 300 }), receiverState({ bufferedOutOfOrder: 1 })]);
    });

    it('keeps nothing while the window is 0, yet answers every segment, and takes data again after a read', () => {
      scenario(200, [
        receive(0, 200, { ack: 200, window: 0 }),
        receive(200, 100, { ack: 200, window: 0 }),
        receive(250, 10, { ack: 200, window: 0 }),
        receiverState({ bufferedOutOfOrder: 0 }),
        read(50, 0, 50),
        receive(200, 100, { ack: 250, window: 0 }),
        read(undefined, 50, 250),
        receiverState({ window: 200 }),
      ]);
    });

    it('answers duplicates, old segments and segments far outside the window with the ACK and the window', () => {
      scenario(500, [
        receive(0, 100, { ack: 100, window: 400 }),
        receive(0, 100, { ack: 100, window: 400 }),
        receive(-1000, 100, { ack: 100, window: 400 }),
        receive(5000, 100, { ack: 100, window: 400 }),
        receive(HALF, 100, { ack: 100, window: 400 }),
        receive(-HALF + 1, 100, { ack: 100, window: 400 }),
        receiverState({ nextExpected: 100, window: 400, bufferedOutOfOrder: 0 }),
        read(undefined, 0, 100),
      ]);
    });

    it('works with a capacity of 1 byte', () => {
      scenario(1, [
        receive(0, 3, { ack: 1, window: 0 }),
        receive(1, 1, { ack: 1, window: 0 }),
        read(undefined, 0, 1),
        receive(1, 2, { ack: 2, window: 0 }),
        read(undefined, 1, 2),
        receive(3, 1, { ack: 2, window: 1 }),
        receiverState({ bufferedOutOfOrder: 0 }),
      ]);
    });
  });

  describe('properties', () => {
    /** Segments near nextExpected (some before it, some past the window) and reads, at random. */
    const operations = fc.record({
      isn: fc.oneof(fc.integer({ min: 0, max: MOD - 1 }), fc.constantFrom(...NEAR_WRAPS)),
      capacity: fc.integer({ min: 1, max: 80 }),
      steps: fc.array(
        fc.oneof(
          fc.record({ kind: fc.constant('receive' as const), from: fc.integer({ min: -40, max: 200 }), length: fc.integer({ min: 0, max: 120 }) }),
          fc.record({ kind: fc.constant('read' as const), maxBytes: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }) }),
        ),
        { minLength: 1, maxLength: 120 },
      ),
    });

    it('property: the window is capacity minus unread bytes, segments are trimmed to it, and every byte read is the right one', () => {
      fc.assert(
        fc.property(operations, ({ isn, capacity, steps }) => {
          const receiver = new Receiver({ initialSeq: isn, capacity });
          const model = new ReceiverModel(capacity, 120 * 400);
          for (const step of steps) {
            if (step.kind === 'receive') {
              const start = model.next + step.from;
              const answer = receiver.receive({ seq: seqAt(isn, start), payload: stream(start, start + step.length) });
              model.receive(start, step.length);
              expect({ ack: answer.ack, window: answer.window }).toEqual({ ack: seqAt(isn, model.next), window: model.window });
            } else {
              const from = model.readCount;
              const count = model.read(step.maxBytes);
              expect(describeBytes(receiver.read(step.maxBytes), from)).toBe(describeBytes(stream(from, from + count), from));
            }
            expect({ window: receiver.window, bufferedOutOfOrder: receiver.bufferedOutOfOrder }).toEqual({
              window: model.window,
              bufferedOutOfOrder: model.outOfOrder,
            });
          }
        }),
        { numRuns: 200, seed: 301, includeErrorInReport: true },
      );
    });

    it('property: the right edge (ACK + window) never moves left, and held bytes never exceed the capacity', () => {
      fc.assert(
        fc.property(operations, ({ isn, capacity, steps }) => {
          const receiver = new Receiver({ initialSeq: isn, capacity });
          let next = 0;
          let rightEdge = capacity;
          for (const step of steps) {
            if (step.kind === 'read') {
              receiver.read(step.maxBytes);
              continue;
            }
            const start = next + step.from;
            const answer = receiver.receive({ seq: seqAt(isn, start), payload: stream(start, start + step.length) });
            const edge = offsetOf(isn, answer.ack) + answer.window;
            expect(edge, 'the right edge, as an offset from the ISN').toBeGreaterThanOrEqual(rightEdge);
            expect(receiver.bufferedOutOfOrder, 'bytes held beyond a gap').toBeLessThanOrEqual(answer.window);
            next = offsetOf(isn, answer.ack);
            rightEdge = edge;
          }
        }),
        { numRuns: 200, seed: 302, includeErrorInReport: true },
      );
    });
  });
});
