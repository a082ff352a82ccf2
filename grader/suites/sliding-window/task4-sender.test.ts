import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Sender, WindowError } from '@impl/sliding-window';
import { HALF, ISNS, MOD, NEAR_WRAPS, stream } from './reference.ts';
import { ack, describeSegment, send, senderScenario, senderState, write } from './harness.ts';
import { runTransfer } from './network.ts';

const OPTIONS = { initialSeq: 0, mss: 100, capacity: 4000, initialWindow: 1000 };

describe('task 4: the sender and its window', () => {
  describe('construction', () => {
    it.each([
      ['initialSeq −1', { ...OPTIONS, initialSeq: -1 }],
      ['initialSeq 2^32', { ...OPTIONS, initialSeq: MOD }],
      ['initialSeq 0.5', { ...OPTIONS, initialSeq: 0.5 }],
      ['mss 0', { ...OPTIONS, mss: 0 }],
      ['mss −100', { ...OPTIONS, mss: -100 }],
      ['mss 1.5', { ...OPTIONS, mss: 1.5 }],
      ['capacity 0', { ...OPTIONS, capacity: 0 }],
      ['capacity −1', { ...OPTIONS, capacity: -1 }],
      ['capacity NaN', { ...OPTIONS, capacity: NaN }],
      ['initialWindow −1', { ...OPTIONS, initialWindow: -1 }],
      ['initialWindow 2.5', { ...OPTIONS, initialWindow: 2.5 }],
    ])('rejects %s with a WindowError', (_name, options) => {
      expect(() => new Sender(options)).toThrow(WindowError);
    });

    it('accepts mss 1, capacity 1 and initialWindow 0', () => {
      const sender = new Sender({ initialSeq: MOD - 1, mss: 1, capacity: 1, initialWindow: 0 });
      expect(sender.sndUna).toBe(MOD - 1);
      expect(sender.sndWnd).toBe(0);
    });

    it.each([0, 1000, MOD - 1])('starts at initialSeq %i: sndUna = sndNxt = initialSeq, sndWnd = initialWindow, nothing in flight', (initialSeq) => {
      const sender = new Sender({ ...OPTIONS, initialSeq });
      expect({ sndUna: sender.sndUna, sndNxt: sender.sndNxt, sndWnd: sender.sndWnd, bytesInFlight: sender.bytesInFlight, usableWindow: sender.usableWindow }).toEqual({
        sndUna: initialSeq,
        sndNxt: initialSeq,
        sndWnd: 1000,
        bytesInFlight: 0,
        usableWindow: 1000,
      });
      expect(sender.segmentsToSend()).toEqual([]);
    });
  });

  it('copies what it is given: changing the array after write changes nothing that is sent', () => {
    const sender = new Sender(OPTIONS);
    const data = stream(0, 150);
    sender.write(data);
    data.fill(0);
    expect(sender.segmentsToSend().map((segment) => describeSegment(0, segment))).toEqual(['ISN+0 (= 0) ×100', 'ISN+100 (= 100) ×50']);
  });

  it('gives every segment a payload of its own, which keeps its bytes after the send buffer is reused', () => {
    const sender = new Sender({ ...OPTIONS, capacity: 200 });
    sender.write(stream(0, 200));
    const first = sender.segmentsToSend();
    sender.onAck({ ack: 200, window: 1000 });
    sender.write(stream(200, 400));
    sender.segmentsToSend();
    expect(first.map((segment) => describeSegment(0, segment))).toEqual(['ISN+0 (= 0) ×100', 'ISN+100 (= 100) ×100']);
  });

  it('accepts data from the start of the array when only part of it fits', () => {
    const sender = new Sender({ ...OPTIONS, capacity: 120 });
    expect(sender.write(stream(0, 150))).toBe(120);
    expect(sender.segmentsToSend().map((segment) => describeSegment(0, segment))).toEqual(['ISN+0 (= 0) ×100', 'ISN+100 (= 100) ×20']);
  });

  describe.each(ISNS)('with %s', (_label, isn) => {
    const scenario = (options: Partial<typeof OPTIONS>, steps: Parameters<typeof senderScenario>[1]) =>
      senderScenario({ ...OPTIONS, ...options, initialSeq: isn }, steps);

    it('cuts pending data into segments of at most mss bytes, from sndNxt on', () => {
      scenario({}, [
        write(250),
        send([0, 100], [100, 100], [200, 50]),
        senderState({ sndUna: 0, sndNxt: 250, bytesInFlight: 250, usableWindow: 750 }),
        send(),
        write(30),
        send([250, 30]),
        senderState({ sndNxt: 280, bytesInFlight: 280 }),
      ]);
    });

    it('sends no more than the window allows, and the rest as ACKs open it', () => {
      scenario({ initialWindow: 250 }, [
        write(1000),
        send([0, 100], [100, 100], [200, 50]),
        senderState({ usableWindow: 0 }),
        send(),
        ack(100, 250, { newlyAcked: 100 }),
        senderState({ sndUna: 100, sndNxt: 250, usableWindow: 100 }),
        send([250, 100]),
        send(),
      ]);
    });

    it('counts the bytes in flight against the window: usableWindow = sndUna + sndWnd − sndNxt', () => {
      scenario({ initialWindow: 300 }, [
        write(600),
        send([0, 100], [100, 100], [200, 100]),
        ack(100, 300, { newlyAcked: 100 }),
        senderState({ bytesInFlight: 200, sndWnd: 300, usableWindow: 100 }),
        send([300, 100]),
        senderState({ usableWindow: 0 }),
        send(),
      ]);
    });

    it('holds every byte until it is acknowledged: write accepts only what fits, and ACKs make room', () => {
      scenario({ capacity: 500 }, [
        write(300),
        write(300, 200),
        write(10, 0),
        send([0, 100], [100, 100], [200, 100], [300, 100], [400, 100]),
        write(10, 0),
        ack(200, 1000, { newlyAcked: 200 }),
        write(300, 200),
        send([500, 100], [600, 100]),
      ]);
    });

    it('advances sndUna by an ACK in the middle of a segment', () => {
      scenario({}, [
        write(200),
        send([0, 100], [100, 100]),
        ack(50, 1000, { newlyAcked: 50 }),
        senderState({ sndUna: 50, bytesInFlight: 150 }),
        ack(200, 1000, { newlyAcked: 150 }),
        senderState({ sndUna: 200, sndNxt: 200, bytesInFlight: 0, usableWindow: 1000 }),
      ]);
    });

    it('takes the window of every acceptable ACK, smaller or larger', () => {
      scenario({}, [
        write(2000),
        send(...[0, 100, 200, 300, 400, 500, 600, 700, 800, 900].map((offset) => [offset, 100] as [number, number])),
        ack(100, 500, { newlyAcked: 100 }),
        senderState({ sndWnd: 500, usableWindow: 0 }),
        ack(200, 2000, { newlyAcked: 100 }),
        senderState({ sndWnd: 2000, usableWindow: 1200 }),
      ]);
    });

    it('ignores an ACK for data not sent yet, and its window', () => {
      scenario({}, [
        write(500),
        send([0, 100], [100, 100], [200, 100], [300, 100], [400, 100]),
        ack(501, 5000),
        ack(1000, 5000),
        ack(100_000, 0),
        senderState({ sndUna: 0, sndNxt: 500, sndWnd: 1000 }),
        ack(500, 1000, { newlyAcked: 500 }),
        senderState({ sndUna: 500, bytesInFlight: 0 }),
      ]);
    });

    it('ignores an ACK for unsent data even with nothing sent at all', () => {
      scenario({}, [write(100), ack(50, 5000), senderState({ sndUna: 0, sndWnd: 1000 }), send([0, 100])]);
    });

    it('ignores an ACK exactly 2^31 ahead of sndUna, which is neither before nor after it', () => {
      scenario({}, [write(100), ack(HALF, 5000), send([0, 100]), ack(HALF, 5000), senderState({ sndUna: 0, sndWnd: 1000 })]);
    });

    it('ignores an old ACK, before sndUna, and its window', () => {
      scenario({}, [
        write(300),
        send([0, 100], [100, 100], [200, 100]),
        ack(200, 1000, { newlyAcked: 200 }),
        ack(100, 50),
        ack(0, 0),
        senderState({ sndUna: 200, sndWnd: 1000, bytesInFlight: 100 }),
      ]);
    });

    it('takes a new window from an ACK equal to sndUna (a window update), without acknowledging anything', () => {
      scenario({}, [
        write(300),
        send([0, 100], [100, 100], [200, 100]),
        ack(0, 500),
        senderState({ sndUna: 0, sndWnd: 500, usableWindow: 200 }),
        ack(0, 2000),
        senderState({ sndWnd: 2000, usableWindow: 1700 }),
      ]);
    });

    it('stops at a zero window, and sends again once a window update opens it', () => {
      scenario({ initialWindow: 300 }, [
        write(500),
        send([0, 100], [100, 100], [200, 100]),
        ack(300, 0, { newlyAcked: 300 }),
        senderState({ sndWnd: 0, usableWindow: 0, bytesInFlight: 0 }),
        send(),
        ack(300, 150),
        senderState({ sndWnd: 150, usableWindow: 150 }),
        send([300, 100], [400, 50]),
      ]);
    });

    it('never reports a negative usableWindow when the window shrinks below what is in flight', () => {
      scenario({}, [
        write(500),
        send([0, 100], [100, 100], [200, 100], [300, 100], [400, 100]),
        ack(100, 200, { newlyAcked: 100 }),
        senderState({ bytesInFlight: 400, sndWnd: 200, usableWindow: 0 }),
        send(),
      ]);
    });

    it('numbers bytes written after everything was acknowledged where the last ones ended', () => {
      scenario({}, [write(100), send([0, 100]), ack(100, 1000, { newlyAcked: 100 }), write(100), send([100, 100]), senderState({ sndNxt: 200 })]);
    });
  });

  describe('properties', () => {
    const transfers = fc.record({
      length: fc.integer({ min: 1, max: 3000 }),
      initialSeq: fc.oneof(fc.integer({ min: 0, max: MOD - 1 }), fc.constantFrom(...NEAR_WRAPS)),
      mss: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 600 })),
      sendCapacity: fc.integer({ min: 1, max: 2000 }),
      receiveCapacity: fc.integer({ min: 1, max: 2000 }),
      seed: fc.integer(),
    });

    it('property: over a perfect link to a correct receiver, everything arrives and nothing is ever sent beyond the window', () => {
      fc.assert(
        fc.property(transfers, ({ length, ...transfer }) => {
          runTransfer({
            ...transfer,
            data: stream(0, length),
            initialWindow: transfer.receiveCapacity,
            link: { loss: 0, duplicate: 0, reorder: false, timeouts: false, windowUpdate: 1 },
            receiver: 'model',
          });
        }),
        { numRuns: 100, seed: 401, includeErrorInReport: true },
      );
    });
  });
});
