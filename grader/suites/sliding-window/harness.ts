// A scenario harness in the style of CS144's: a test is a list of named steps (actions and expectations)
// played against the learner's Sender or Receiver. When a step fails, the error names it and lists every
// step executed so far, so that the story can be replayed by hand. Not a test file itself.
//
// Sequence numbers in steps are offsets from the scenario's ISN (`initialSeq`), and every payload is a
// slice of one fixed stream of bytes (reference.ts), so the same scenario runs whatever the ISN, across
// the 32-bit wrap too. Steps show both forms: `receive(ISN+100 (= 4294967146) ×100)`.
import { expect } from 'vitest';
import { Receiver, Sender, type Segment } from '@impl/sliding-window';
import { offsetOf, seqAt, showSeq, stream, streamByte } from './reference.ts';

/** One step of a scenario: something done to the subject, then what must hold. */
export interface Step<T> {
  /** The step in words, its sequence numbers shown both ways: `ISN+100 (= 1100)`. */
  text(isn: number): string;
  run(subject: T): void;
}

/** Runs `steps` in order on a fresh subject; a failure reports the failing step and the steps before it. */
export function play<T>(setup: string, isn: number, create: () => T, steps: Array<Step<T>>): void {
  const replay = [`  ${setup}`];
  let subject: T;
  try {
    subject = create();
  } catch (error) {
    throw annotate(error, `setting up failed: ${setup}`, replay);
  }
  for (const [index, step] of steps.entries()) {
    const text = step.text(isn);
    const line = `${index + 1}. ${text}`;
    try {
      step.run(subject);
    } catch (error) {
      throw annotate(error, `step ${index + 1} of ${steps.length} failed: ${text}`, [...replay, `✗ ${line}`]);
    }
    replay.push(`  ${line}`);
  }
}

/** The original error, its message prefixed with the failing step and followed by the story so far. */
function annotate(error: unknown, headline: string, replay: string[]): Error {
  const failure = error instanceof Error ? error : new Error(String(error));
  failure.message = [headline, `  → ${failure.message}`, 'steps executed so far:', ...replay].join('\n');
  return failure;
}

function format(options: object): string {
  return `{ ${Object.entries(options).map(([key, value]) => `${key}: ${String(value)}`).join(', ')} }`;
}

// ---------------------------------------------------------------------------
// Receiver scenarios
// ---------------------------------------------------------------------------

export interface ReceiverRun {
  receiver: Receiver;
  isn: number;
}

export function receiverScenario(options: { initialSeq: number; capacity: number }, steps: Array<Step<ReceiverRun>>): void {
  play(`new Receiver(${format(options)})`, options.initialSeq, () => ({ receiver: new Receiver(options), isn: options.initialSeq }), steps);
}

/** Passes stream bytes [offset, offset + length) to `receive`; expects the ACK (an offset) and, if given, the window. */
export function receive(offset: number, length: number, expected: { ack: number; window?: number }): Step<ReceiverRun> {
  const window = expected.window === undefined ? '' : `, window ${expected.window}`;
  return {
    text: (isn) => `receive(${showSeq(isn, offset)} ×${length}) → ack ${showSeq(isn, expected.ack)}${window}`,
    run({ receiver, isn }) {
      const answer = receiver.receive({ seq: seqAt(isn, offset), payload: stream(offset, offset + length) });
      const actual = expected.window === undefined ? { ack: answer.ack } : { ack: answer.ack, window: answer.window };
      const wanted = expected.window === undefined ? { ack: seqAt(isn, expected.ack) } : { ack: seqAt(isn, expected.ack), window: expected.window };
      expect(actual, `the ACK (ISN = ${isn})`).toEqual(wanted);
    },
  };
}

/** Calls `read(maxBytes)`; expects stream bytes [from, to). */
export function read(maxBytes: number | undefined, from: number, to: number): Step<ReceiverRun> {
  const wanted = describeBytes(stream(from, to), from);
  return {
    text: () => `read(${maxBytes ?? ''}) → ${wanted}`,
    run({ receiver }) {
      expect(describeBytes(receiver.read(maxBytes), from), 'the bytes read').toBe(wanted);
    },
  };
}

/** Checks the receiver's getters; `nextExpected` is an offset from the ISN. */
export function receiverState(expected: { nextExpected?: number; window?: number; bufferedOutOfOrder?: number }): Step<ReceiverRun> {
  return {
    text: (isn) => `state: ${Object.entries(expected).map(([key, value]) => `${key} ${key === 'nextExpected' ? showSeq(isn, value) : value}`).join(', ')}`,
    run({ receiver, isn }) {
      const actual: Record<string, number> = {};
      const wanted: Record<string, number> = {};
      if (expected.nextExpected !== undefined) {
        actual.nextExpected = receiver.nextExpected;
        wanted.nextExpected = seqAt(isn, expected.nextExpected);
      }
      if (expected.window !== undefined) {
        actual.window = receiver.window;
        wanted.window = expected.window;
      }
      if (expected.bufferedOutOfOrder !== undefined) {
        actual.bufferedOutOfOrder = receiver.bufferedOutOfOrder;
        wanted.bufferedOutOfOrder = expected.bufferedOutOfOrder;
      }
      expect(actual, `the receiver's state (ISN = ${isn})`).toEqual(wanted);
    },
  };
}

/** `stream bytes 0–99 (100 bytes)`, or where `bytes` first differ from the stream starting at `from`. */
export function describeBytes(bytes: Uint8Array, from: number): string {
  if (!(bytes instanceof Uint8Array)) return `${String(bytes)}, not a Uint8Array`;
  if (bytes.length === 0) return 'nothing (0 bytes)';
  const wrong = bytes.findIndex((byte, i) => byte !== streamByte(from + i));
  if (wrong === -1) return `stream bytes ${from}–${from + bytes.length - 1} (${bytes.length} bytes)`;
  return `${bytes.length} bytes that should be stream bytes ${from}–${from + bytes.length - 1}, but byte ${wrong} is wrong`;
}

// ---------------------------------------------------------------------------
// Sender scenarios
// ---------------------------------------------------------------------------

export interface SenderRun {
  sender: Sender;
  isn: number;
  /** How many stream bytes the sender has accepted so far. */
  written: number;
}

type SenderOptions = { initialSeq: number; mss: number; capacity: number; initialWindow: number };

export function senderScenario(options: SenderOptions, steps: Array<Step<SenderRun>>): void {
  play(`new Sender(${format(options)})`, options.initialSeq, () => ({ sender: new Sender(options), isn: options.initialSeq, written: 0 }), steps);
}

/** A segment as the scenario expects it: [offset from the ISN, payload length]. */
export type Span = [offset: number, length: number];

function describeSpan(isn: number, [offset, length]: Span): string {
  return `${showSeq(isn, offset)} ×${length}`;
}

/** `ISN+100 (= 1100) ×100`, flagged when the payload is not the stream's bytes at that offset. */
export function describeSegment(isn: number, segment: Segment): string {
  const offset = offsetOf(isn, segment.seq);
  if (!(segment.payload instanceof Uint8Array)) return `${showSeq(isn, offset)} whose payload is not a Uint8Array`;
  const intact = segment.payload.every((byte, i) => byte === streamByte(offset + i));
  return `${showSeq(isn, offset)} ×${segment.payload.length}${intact ? '' : ' carrying the wrong bytes'}`;
}

/** Writes the next `count` stream bytes; expects `accepted` of them to be taken. */
export function write(count: number, accepted = count): Step<SenderRun> {
  return {
    text: () => `write(${count} bytes) → ${accepted} accepted`,
    run(run) {
      expect(run.sender.write(stream(run.written, run.written + count)), 'the count write returns').toBe(accepted);
      run.written += accepted;
    },
  };
}

/** Calls `segmentsToSend()`; expects exactly these segments. */
export function send(...spans: Span[]): Step<SenderRun> {
  return {
    text: (isn) => `segmentsToSend() → ${spans.length === 0 ? 'nothing' : spans.map((span) => describeSpan(isn, span)).join(', ')}`,
    run({ sender, isn }) {
      const segments = sender.segmentsToSend().map((segment) => describeSegment(isn, segment));
      expect(segments, `the segments sent (ISN = ${isn})`).toEqual(spans.map((span) => describeSpan(isn, span)));
    },
  };
}

interface AckOutcome {
  newlyAcked?: number;
  duplicateAcks?: number;
  retransmit?: Span | null;
}

/** Calls `onAck` with the ack `offset` from the ISN; expects the outcome (0, 0 and null unless given). */
export function ack(offset: number, window: number, outcome: AckOutcome = {}): Step<SenderRun> {
  const { newlyAcked = 0, duplicateAcks = 0, retransmit = null } = outcome;
  return {
    text: (isn) =>
      `onAck({ ack: ${showSeq(isn, offset)}, window: ${window} }) → newlyAcked ${newlyAcked}, duplicateAcks ${duplicateAcks}, ` +
      (retransmit ? `retransmit ${describeSpan(isn, retransmit)}` : 'no retransmit'),
    run({ sender, isn }) {
      const result = sender.onAck({ ack: seqAt(isn, offset), window });
      expect(
        { newlyAcked: result.newlyAcked, duplicateAcks: result.duplicateAcks, retransmit: result.retransmit && describeSegment(isn, result.retransmit) },
        `what onAck returns (ISN = ${isn})`,
      ).toEqual({ newlyAcked, duplicateAcks, retransmit: retransmit && describeSpan(isn, retransmit) });
    },
  };
}

/** Calls `onTimeout()`; expects this segment, or null. */
export function timeout(expected: Span | null): Step<SenderRun> {
  return {
    text: (isn) => `onTimeout() → ${expected ? describeSpan(isn, expected) : 'null'}`,
    run({ sender, isn }) {
      const segment = sender.onTimeout();
      expect(segment && describeSegment(isn, segment), `the segment onTimeout returns (ISN = ${isn})`).toEqual(expected && describeSpan(isn, expected));
    },
  };
}

interface SenderState {
  sndUna?: number;
  sndNxt?: number;
  sndWnd?: number;
  bytesInFlight?: number;
  usableWindow?: number;
}

/** Checks the sender's getters; `sndUna` and `sndNxt` are offsets from the ISN. */
export function senderState(expected: SenderState): Step<SenderRun> {
  const keys = Object.keys(expected) as Array<keyof SenderState>;
  const isSeq = (key: keyof SenderState) => key === 'sndUna' || key === 'sndNxt';
  return {
    text: (isn) => `state: ${keys.map((key) => `${key} ${isSeq(key) ? showSeq(isn, expected[key]!) : expected[key]}`).join(', ')}`,
    run({ sender, isn }) {
      const actual = Object.fromEntries(keys.map((key) => [key, sender[key]]));
      const wanted = Object.fromEntries(keys.map((key) => [key, isSeq(key) ? seqAt(isn, expected[key]!) : expected[key]]));
      expect(actual, `the sender's state (ISN = ${isn})`).toEqual(wanted);
    },
  };
}
