// A whole connection in miniature: the learner's Sender and Receiver joined by a link that may lose,
// duplicate and reorder segments and ACKs, with the retransmission timer fired at random moments. No
// clock: one seed drives every choice, so a failing run replays exactly. Not a test file itself.
import { Receiver, Sender, type Ack, type Segment } from '@impl/sliding-window';
import { ReceiverModel, offsetOf, randomSource, seqAt } from './reference.ts';

export interface Link {
  /** The chance that a segment or an ACK is lost. */
  loss: number;
  /** The chance that one arrives twice. */
  duplicate: number;
  /** Whether packets may overtake each other. */
  reorder: boolean;
  /** Whether the retransmission timer fires. Without it, the link must lose nothing. */
  timeouts: boolean;
  /** The chance that the receiver announces its new window after the application reads. */
  windowUpdate: number;
}

export interface Transfer {
  data: Uint8Array;
  initialSeq: number;
  mss: number;
  sendCapacity: number;
  receiveCapacity: number;
  /** The peer's window before its first ACK: its capacity, or 0 for a window closed from the start. */
  initialWindow: number;
  seed: number;
  link: Link;
  /** The learner's Receiver, or the suite's own model of one, to test a Sender on its own. */
  receiver: 'learner' | 'model';
}

type ReceiverLike = Pick<Receiver, 'receive' | 'read' | 'nextExpected' | 'window' | 'bufferedOutOfOrder'>;

/** A correct receiver built on the suite's model; it hands back the transfer's own bytes. */
function modelReceiver(isn: number, capacity: number, data: Uint8Array): ReceiverLike {
  const model = new ReceiverModel(capacity, data.length);
  return {
    receive(segment) {
      model.receive(offsetOf(isn, segment.seq), segment.payload.length);
      return { ack: seqAt(isn, model.next), window: model.window };
    },
    read(maxBytes) {
      const from = model.readCount;
      return data.slice(from, from + model.read(maxBytes));
    },
    get nextExpected() {
      return seqAt(isn, model.next);
    },
    get window() {
      return model.window;
    },
    get bufferedOutOfOrder() {
      return model.outOfOrder;
    },
  };
}

/** Far more than any correct transfer of the sizes used needs; past it, the sender is going round in circles. */
export const MAX_STEPS = 200_000;
/** Steps without anything written, sent or read after which the connection has stalled. */
const STALL_STEPS = 5_000;

/**
 * Moves `transfer.data` from a Sender to a Receiver, checking every segment and every ACK on the way.
 * Throws on the first violation, with the last events; returns the number of steps taken.
 *
 * Offsets here are stream offsets: bytes since `initialSeq`.
 */
export function runTransfer(transfer: Transfer): number {
  const { data, initialSeq: isn, mss, link } = transfer;
  const random = randomSource(transfer.seed);
  const sender = new Sender({ initialSeq: isn, mss, capacity: transfer.sendCapacity, initialWindow: transfer.initialWindow });
  const receiver: ReceiverLike =
    transfer.receiver === 'learner'
      ? new Receiver({ initialSeq: isn, capacity: transfer.receiveCapacity })
      : modelReceiver(isn, transfer.receiveCapacity, data);
  const toReceiver: Segment[] = [];
  const toSender: Ack[] = [];
  let written = 0;
  /** The end of the new data sent so far. */
  let sent = 0;
  /** The furthest right edge any ACK delivered to the sender has advertised. */
  let edge = transfer.initialWindow;
  let delivered = 0;
  let lastAck = 0;
  let lastRightEdge = transfer.receiveCapacity;
  let step = 0;
  /** The last step that wrote, sent or read anything. */
  let lastProgress = 0;
  const events: string[] = [];

  const note = (event: string) => {
    events.push(`  ${step}: ${event}`);
    if (events.length > 8) events.shift();
  };
  const fail = (problem: string): never => {
    throw new Error([problem, `at step ${step}; the last events (offsets count bytes from initialSeq ${isn}):`, ...events].join('\n'));
  };
  const transmit = <T>(queue: T[], packet: T, what: string) => {
    lastProgress = step;
    if (random.chance(link.loss)) return note(`${what} is lost`);
    queue.push(packet);
    if (random.chance(link.duplicate)) queue.push(packet);
  };
  const take = <T>(queue: T[]): T => queue.splice(link.reorder ? random.int(0, queue.length - 1) : 0, 1)[0]!;
  const show = (segment: Segment) => `[${offsetOf(isn, segment.seq)}, ${offsetOf(isn, segment.seq) + segment.payload.length})`;

  /** Checks that a segment carries bytes that were written, at their place; returns its offsets. */
  const check = (segment: Segment, source: string): { start: number; end: number } => {
    const start = offsetOf(isn, segment.seq);
    const end = start + segment.payload.length;
    if (segment.payload.length < 1 || segment.payload.length > mss) {
      fail(`${source} gave a segment of ${segment.payload.length} bytes at offset ${start}; it must carry 1 to mss = ${mss}`);
    }
    if (start < 0 || end > written) fail(`${source} gave the segment ${show(segment)}, outside the bytes written [0, ${written})`);
    for (let i = 0; i < segment.payload.length; i++) {
      if (segment.payload[i] !== data[start + i]) fail(`${source} gave the segment ${show(segment)} with the wrong byte at offset ${start + i}`);
    }
    return { start, end };
  };

  /** What the receiver says back, checked: cumulative, never for unsent bytes, right edge never moving left. */
  const answer = (reply: Ack, what: string) => {
    const ackAt = offsetOf(isn, reply.ack);
    if (ackAt < lastAck) fail(`${what}: the ACK went back from offset ${lastAck} to ${ackAt}`);
    if (ackAt > sent) fail(`${what}: the ACK ${ackAt} acknowledges bytes never sent (sent up to ${sent})`);
    if (ackAt + reply.window < lastRightEdge) {
      fail(`${what}: the right edge of the window moved left, from offset ${lastRightEdge} to ${ackAt + reply.window}`);
    }
    if (receiver.bufferedOutOfOrder > reply.window) {
      fail(`${what}: the receiver holds ${receiver.bufferedOutOfOrder} bytes beyond a gap, more than its window of ${reply.window}`);
    }
    lastAck = ackAt;
    lastRightEdge = ackAt + reply.window;
    note(`${what}, the receiver answers ack ${ackAt}, window ${reply.window}`);
    transmit(toSender, reply, `the ACK ${ackAt}`);
  };

  const actions: Array<[weight: () => number, act: () => void]> = [
    [
      () => (written < data.length ? 1 : 0),
      () => {
        const chunk = data.subarray(written, written + random.int(1, 2 * mss));
        const accepted = sender.write(chunk);
        if (!(accepted >= 0 && accepted <= chunk.length)) fail(`write(${chunk.length} bytes) returned ${accepted}`);
        written += accepted;
        if (accepted > 0) lastProgress = step;
        note(`write(${chunk.length} bytes) → ${accepted}`);
      },
    ],
    [
      () => 2,
      () => {
        for (const segment of sender.segmentsToSend()) {
          const { start, end } = check(segment, 'segmentsToSend');
          if (start !== sent) fail(`segmentsToSend gave new data at offset ${start}, but the new data sent so far ends at ${sent}`);
          if (end > edge) fail(`segmentsToSend sent up to offset ${end}, beyond the window: the peer has offered room up to ${edge}`);
          sent = end;
          note(`segmentsToSend → ${show(segment)}`);
          transmit(toReceiver, segment, `the segment ${show(segment)}`);
        }
      },
    ],
    [
      () => (toReceiver.length > 0 ? 4 : 0),
      () => {
        const segment = take(toReceiver);
        answer(receiver.receive(segment), `${show(segment)} arrives`);
      },
    ],
    [
      () => (toSender.length > 0 ? 4 : 0),
      () => {
        const reply = take(toSender);
        const ackAt = offsetOf(isn, reply.ack);
        edge = Math.max(edge, ackAt + reply.window);
        const { retransmit } = sender.onAck(reply);
        note(`the ACK ${ackAt}, window ${reply.window} arrives${retransmit ? `: fast retransmit ${show(retransmit)}` : ''}`);
        if (retransmit) {
          const { end } = check(retransmit, 'fast retransmit');
          if (end > sent) fail(`fast retransmit sent new data: ${show(retransmit)}, but only [0, ${sent}) had been sent`);
          transmit(toReceiver, retransmit, `the segment ${show(retransmit)}`);
        }
      },
    ],
    [
      () => 1,
      () => {
        const bytes = receiver.read(random.int(1, transfer.receiveCapacity));
        if (delivered + bytes.length > data.length) fail(`read returned ${bytes.length} bytes at offset ${delivered}, past the ${data.length} sent`);
        for (let i = 0; i < bytes.length; i++) {
          if (bytes[i] !== data[delivered + i]) fail(`read returned the wrong byte at offset ${delivered + i}: the data arrived damaged or out of order`);
        }
        delivered += bytes.length;
        if (bytes.length === 0) return;
        lastProgress = step;
        note(`read → ${bytes.length} bytes`);
        if (random.chance(link.windowUpdate)) answer({ ack: receiver.nextExpected, window: receiver.window }, 'a window update');
      },
    ],
    [
      () => (!link.timeouts ? 0 : toReceiver.length + toSender.length === 0 ? 2 : 0.1),
      () => {
        const segment = sender.onTimeout();
        note(`timeout → ${segment ? show(segment) : 'null'}`);
        if (!segment) return;
        const { start, end } = check(segment, 'onTimeout');
        if (end > sent) {
          // New data from a timer can only be a zero-window probe: one byte, just past the edge at most.
          if (start !== sent || end !== sent + 1) fail(`onTimeout sent new data ${show(segment)}: a window probe is the one byte at offset ${sent}`);
          if (end > edge + 1) fail(`onTimeout probed with offset ${start}, beyond the one byte a probe may send past the window edge ${edge}`);
          sent = end;
        }
        transmit(toReceiver, segment, `the segment ${show(segment)}`);
      },
    ],
  ];

  const state = () =>
    `sndUna at offset ${offsetOf(isn, sender.sndUna)}, sndNxt at ${offsetOf(isn, sender.sndNxt)}, sndWnd ${sender.sndWnd}; ` +
    `${delivered} of ${data.length} bytes read`;
  while (delivered < data.length) {
    step++;
    if (step - lastProgress > STALL_STEPS) fail(`the connection stalled: nothing was written, sent or read for ${STALL_STEPS} steps (${state()})`);
    if (step > MAX_STEPS) fail(`the transfer did not finish in ${MAX_STEPS} steps (${state()})`);
    const weights = actions.map(([weight]) => weight());
    let roll = random.next() * weights.reduce((sum, weight) => sum + weight, 0);
    const chosen = weights.findIndex((weight) => (roll -= weight) < 0);
    // Rounding can leave the roll at 0 after the last weight: take the last action that may run.
    actions[chosen === -1 ? weights.findLastIndex((weight) => weight > 0) : chosen]![1]();
  }
  return step;
}
