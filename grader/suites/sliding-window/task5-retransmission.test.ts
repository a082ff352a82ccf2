import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Sender } from '@impl/sliding-window';
import { ISNS, MOD, NEAR_WRAPS, seqAt, stream } from './reference.ts';
import { ack, describeSegment, send, senderScenario, senderState, timeout, write } from './harness.ts';
import { runTransfer } from './network.ts';

const OPTIONS = { initialSeq: 0, mss: 100, capacity: 4000, initialWindow: 1000 };

describe('task 5: retransmission', () => {
  describe.each(ISNS)('with %s', (_label, isn) => {
    const scenario = (options: Partial<typeof OPTIONS>, steps: Parameters<typeof senderScenario>[1]) =>
      senderScenario({ ...OPTIONS, ...options, initialSeq: isn }, steps);
    /** 500 bytes written and sent as five segments; the first one acknowledged. */
    const fiveSentFirstAcked = [write(500), send([0, 100], [100, 100], [200, 100], [300, 100], [400, 100]), ack(100, 1000, { newlyAcked: 100 })];

    describe('duplicate ACKs and fast retransmit', () => {
      it('fast-retransmits the first unacknowledged segment on the third duplicate ACK, not before', () => {
        scenario({}, [
          ...fiveSentFirstAcked,
          ack(100, 1000, { duplicateAcks: 1 }),
          ack(100, 1000, { duplicateAcks: 2 }),
          ack(100, 1000, { duplicateAcks: 3, retransmit: [100, 100] }),
          senderState({ sndUna: 100, sndNxt: 500 }),
        ]);
      });

      it('fast-retransmits once per loss: the fourth and later duplicates resend nothing', () => {
        scenario({}, [
          ...fiveSentFirstAcked,
          ack(100, 1000, { duplicateAcks: 1 }),
          ack(100, 1000, { duplicateAcks: 2 }),
          ack(100, 1000, { duplicateAcks: 3, retransmit: [100, 100] }),
          ack(100, 1000, { duplicateAcks: 4 }),
          ack(100, 1000, { duplicateAcks: 5 }),
          ack(100, 1000, { duplicateAcks: 6 }),
          ack(500, 1000, { newlyAcked: 400 }),
        ]);
      });

      it('re-arms fast retransmit when sndUna advances, for the next loss', () => {
        scenario({}, [
          ...fiveSentFirstAcked,
          ack(100, 1000, { duplicateAcks: 1 }),
          ack(100, 1000, { duplicateAcks: 2 }),
          ack(100, 1000, { duplicateAcks: 3, retransmit: [100, 100] }),
          ack(300, 1000, { newlyAcked: 200 }),
          ack(300, 1000, { duplicateAcks: 1 }),
          ack(300, 1000, { duplicateAcks: 2 }),
          ack(300, 1000, { duplicateAcks: 3, retransmit: [300, 100] }),
        ]);
      });

      it('starts counting again after a new ACK: duplicates must be consecutive', () => {
        scenario({}, [
          ...fiveSentFirstAcked,
          ack(100, 1000, { duplicateAcks: 1 }),
          ack(100, 1000, { duplicateAcks: 2 }),
          ack(200, 1000, { newlyAcked: 100 }),
          ack(200, 1000, { duplicateAcks: 1 }),
          ack(200, 1000, { duplicateAcks: 2 }),
          ack(200, 1000, { duplicateAcks: 3, retransmit: [200, 100] }),
        ]);
      });

      it('does not count an ACK with a different window as a duplicate: it is a window update', () => {
        scenario({}, [
          ...fiveSentFirstAcked,
          ack(100, 1100),
          ack(100, 1200),
          ack(100, 1300),
          ack(100, 1400),
          senderState({ sndWnd: 1400 }),
          ack(100, 1400, { duplicateAcks: 1 }),
          ack(100, 1400, { duplicateAcks: 2 }),
          ack(100, 1400, { duplicateAcks: 3, retransmit: [100, 100] }),
        ]);
      });

      it('counts no duplicates when nothing is in flight', () => {
        scenario({}, [
          write(100),
          send([0, 100]),
          ack(100, 1000, { newlyAcked: 100 }),
          ack(100, 1000),
          ack(100, 1000),
          ack(100, 1000),
          ack(100, 1000),
          write(100),
          send([100, 100]),
          ack(100, 1000, { duplicateAcks: 1 }),
        ]);
      });

      it('counts no duplicates while the window is 0: those ACKs answer probes and say nothing about loss', () => {
        scenario({}, [...fiveSentFirstAcked, ack(100, 0), ack(100, 0), ack(100, 0), ack(100, 0), senderState({ sndWnd: 0, bytesInFlight: 400 })]);
      });

      it('counts neither old ACKs nor ACKs for unsent data as duplicates, nor lets them reset the count', () => {
        scenario({}, [
          ...fiveSentFirstAcked,
          ack(50, 1000),
          ack(900, 1000),
          ack(100, 1000, { duplicateAcks: 1 }),
          ack(100, 1000, { duplicateAcks: 2 }),
          ack(50, 1000, { duplicateAcks: 2 }),
          ack(100, 1000, { duplicateAcks: 3, retransmit: [100, 100] }),
        ]);
      });

      it('fast-retransmits from sndUna even in the middle of a segment, up to mss bytes', () => {
        scenario({}, [
          write(300),
          send([0, 100], [100, 100], [200, 100]),
          ack(50, 1000, { newlyAcked: 50 }),
          ack(50, 1000, { duplicateAcks: 1 }),
          ack(50, 1000, { duplicateAcks: 2 }),
          ack(50, 1000, { duplicateAcks: 3, retransmit: [50, 100] }),
        ]);
      });

      it('never fast-retransmits beyond sndNxt', () => {
        scenario({ initialWindow: 130 }, [
          write(500),
          send([0, 100], [100, 30]),
          ack(100, 130, { newlyAcked: 100 }),
          ack(100, 130, { duplicateAcks: 1 }),
          ack(100, 130, { duplicateAcks: 2 }),
          ack(100, 130, { duplicateAcks: 3, retransmit: [100, 30] }),
        ]);
      });
    });

    describe('timeouts', () => {
      it('retransmits the first unacknowledged segment on a timeout, and sndNxt stays put', () => {
        scenario({}, [
          write(300),
          send([0, 100], [100, 100], [200, 100]),
          timeout([0, 100]),
          senderState({ sndUna: 0, sndNxt: 300, bytesInFlight: 300 }),
          timeout([0, 100]),
          ack(100, 1000, { newlyAcked: 100 }),
          timeout([100, 100]),
          send(),
          ack(300, 1000, { newlyAcked: 200 }),
          timeout(null),
        ]);
      });

      it('retransmits from sndUna after a partial ACK, up to mss bytes and never beyond sndNxt', () => {
        scenario({}, [write(300), send([0, 100], [100, 100], [200, 100]), ack(150, 1000, { newlyAcked: 150 }), timeout([150, 100]), ack(250, 1000, { newlyAcked: 100 }), timeout([250, 50])]);
      });

      it('returns null when nothing is outstanding, even with data waiting for segmentsToSend', () => {
        scenario({}, [timeout(null), write(100), timeout(null), senderState({ sndNxt: 0 }), send([0, 100]), ack(100, 1000, { newlyAcked: 100 }), timeout(null)]);
      });

      it('retransmits data in flight on a timeout even when the window is 0: no probe is needed then', () => {
        scenario({}, [...fiveSentFirstAcked, ack(200, 0, { newlyAcked: 100 }), timeout([200, 100]), senderState({ sndNxt: 500, bytesInFlight: 300 })]);
      });
    });

    describe('the zero-window probe', () => {
      it('probes a zero window with the one byte at sndNxt, retransmits it until it is acknowledged, then probes the next', () => {
        scenario({ initialWindow: 300 }, [
          write(500),
          send([0, 100], [100, 100], [200, 100]),
          ack(300, 0, { newlyAcked: 300 }),
          send(),
          timeout([300, 1]),
          senderState({ sndUna: 300, sndNxt: 301, bytesInFlight: 1, usableWindow: 0 }),
          send(),
          timeout([300, 1]),
          senderState({ sndNxt: 301 }),
          ack(300, 0),
          timeout([300, 1]),
          ack(301, 0, { newlyAcked: 1 }),
          timeout([301, 1]),
          senderState({ sndUna: 301, sndNxt: 302 }),
          ack(302, 500, { newlyAcked: 1 }),
          send([302, 100], [402, 98]),
        ]);
      });

      it('reopens on a window update without any probe', () => {
        scenario({ initialWindow: 300 }, [
          write(500),
          send([0, 100], [100, 100], [200, 100]),
          ack(300, 0, { newlyAcked: 300 }),
          ack(300, 200),
          send([300, 100], [400, 100]),
        ]);
      });

      it('sends new data after a probe answered with a window update', () => {
        scenario({ initialWindow: 300 }, [
          write(500),
          send([0, 100], [100, 100], [200, 100]),
          ack(300, 0, { newlyAcked: 300 }),
          timeout([300, 1]),
          ack(300, 150),
          senderState({ sndWnd: 150, bytesInFlight: 1, usableWindow: 149 }),
          send([301, 100], [401, 49]),
        ]);
      });

      it('probes a window that is closed from the start', () => {
        scenario({ initialWindow: 0 }, [write(100), send(), timeout([0, 1]), ack(1, 1000, { newlyAcked: 1 }), send([1, 99])]);
      });

      it('sends no probe when nothing is waiting to be sent', () => {
        scenario({ initialWindow: 300 }, [write(300), send([0, 100], [100, 100], [200, 100]), ack(300, 0, { newlyAcked: 300 }), timeout(null), senderState({ sndNxt: 300 })]);
      });
    });
  });

  describe('properties', () => {
    it('property: k identical duplicate ACKs fast-retransmit exactly once when k >= 3, on the third', () => {
      fc.assert(
        fc.property(fc.constantFrom(0, MOD - 1, MOD - 150, ...NEAR_WRAPS), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 150 }), (initialSeq, k, mss) => {
          const sender = new Sender({ initialSeq, mss, capacity: 4000, initialWindow: 4000 });
          sender.write(stream(0, 1000));
          sender.segmentsToSend();
          const retransmits: number[] = [];
          for (let i = 1; i <= k; i++) {
            const { duplicateAcks, retransmit } = sender.onAck({ ack: initialSeq, window: 4000 });
            expect(duplicateAcks).toBe(i);
            if (retransmit) {
              retransmits.push(i);
              expect(describeSegment(initialSeq, retransmit)).toBe(`ISN+0 (= ${seqAt(initialSeq, 0)}) ×${Math.min(mss, 1000)}`);
            }
          }
          expect(retransmits).toEqual(k >= 3 ? [3] : []);
        }),
        { numRuns: 100, seed: 501, includeErrorInReport: true },
      );
    });

    const transfers = fc.record({
      length: fc.integer({ min: 1, max: 2500 }),
      initialSeq: fc.oneof(fc.integer({ min: 0, max: MOD - 1 }), fc.constantFrom(...NEAR_WRAPS)),
      mss: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 500 })),
      sendCapacity: fc.integer({ min: 1, max: 2000 }),
      receiveCapacity: fc.integer({ min: 1, max: 2000 }),
      closedAtFirst: fc.boolean(),
      seed: fc.integer(),
      link: fc.record({
        loss: fc.double({ min: 0, max: 0.3, noNaN: true }),
        duplicate: fc.double({ min: 0, max: 0.2, noNaN: true }),
        reorder: fc.constant(true),
        timeouts: fc.constant(true),
        windowUpdate: fc.constantFrom(0, 0.5, 1),
      }),
    });

    it('property: through a link that loses, duplicates and reorders segments and ACKs, the data arrives intact and in order, within the window, and the transfer ends', () => {
      fc.assert(
        fc.property(transfers, ({ length, closedAtFirst, ...transfer }) => {
          runTransfer({ ...transfer, data: stream(0, length), initialWindow: closedAtFirst ? 0 : transfer.receiveCapacity, receiver: 'learner' });
        }),
        { numRuns: 150, seed: 502, includeErrorInReport: true },
      );
    });
  });
});
