import type { Mutant } from '../src/mutant.ts';

export default [
  // Task 1: sequence numbers
  {
    name: 'seqLt with a plain < (breaks across the 2^32 wrap)',
    task: 1,
    find: 'return seqDiff(a, b) < 0;',
    replace: 'return a < b;',
  },
  {
    name: 'seqLe with a plain <= (breaks across the 2^32 wrap)',
    task: 1,
    find: 'return seqDiff(a, b) <= 0;',
    replace: 'return a <= b;',
  },
  {
    name: 'seqLt true for equal numbers',
    task: 1,
    find: 'return seqDiff(a, b) < 0;',
    replace: 'return seqDiff(a, b) <= 0;',
  },
  {
    name: 'seqAdd without the modulo: 4294967295 + 1 stays 4294967296',
    task: 1,
    find: 'return (seq + n) >>> 0;',
    replace: 'return seq + n;',
  },
  {
    name: 'seqAdd with %, which leaves a negative n negative',
    task: 1,
    find: 'return (seq + n) >>> 0;',
    replace: 'return (seq + n) % 2 ** 32;',
  },
  {
    name: 'seqAdd with | 0: signed, so numbers from 2^31 up turn negative',
    task: 1,
    find: 'return (seq + n) >>> 0;',
    replace: 'return (seq + n) | 0;',
  },
  {
    name: 'seqDiff in [−2^31, 2^31): the tie at 2^31 comes out negative',
    task: 1,
    find: 'return forward > HALF_SPACE ? forward - SEQ_SPACE : forward;',
    replace: 'return forward >= HALF_SPACE ? forward - SEQ_SPACE : forward;',
  },
  {
    name: 'seqDiff as a plain subtraction, without reducing modulo 2^32',
    task: 1,
    find: 'const forward = (a - b) >>> 0;',
    replace: 'const forward = a - b;',
  },

  // Task 2: reassembly and ACKs
  {
    name: 'non-cumulative ACK: acknowledges the end of the latest segment, across a gap',
    task: 2,
    find: 'return { ack: this.nextExpected, window: this.window };',
    replace: 'return { ack: seqAdd(this.#initialSeq, Math.max(this.#nextOffset, to)), window: this.window };',
  },
  {
    name: 'segment position by plain subtraction of sequence numbers (breaks across the wrap)',
    task: 2,
    find: 'const start = this.#nextOffset + seqDiff(segment.seq, this.nextExpected);',
    replace: 'const start = this.#nextOffset + (segment.seq - this.nextExpected);',
  },
  {
    name: 'held bytes after a filled gap are not delivered (lost until the next segment)',
    task: 2,
    find: 'while (this.#held[this.#nextOffset % this.#capacity] === 1) {',
    replace: 'while (this.#nextOffset < to && this.#held[this.#nextOffset % this.#capacity] === 1) {',
  },
  {
    name: 'a repeated out-of-order byte is counted again',
    task: 2,
    find: 'if (this.#held[slot] === 0) {',
    replace: 'if (this.#held[slot] === 0 || slot >= 0) {',
  },
  {
    name: 'bytes already delivered but not read are taken in again when a segment repeats them',
    task: 2,
    find: 'const from = Math.max(start, this.#nextOffset);',
    replace: 'const from = Math.max(start, this.#readOffset);',
  },
  {
    name: 'a front-trimmed segment is copied from its first byte instead of its first new one',
    task: 2,
    find: 'this.#ring[slot] = segment.payload[offset - start]!;',
    replace: 'this.#ring[slot] = segment.payload[offset - from]!;',
  },
  {
    name: 'out-of-order segments dropped instead of held (a go-back-N receiver)',
    task: 2,
    find: 'for (let offset = from; offset < to; offset++) {',
    replace: 'for (let offset = from; offset < to && start <= this.#nextOffset; offset++) {',
  },
  {
    name: 'bufferedOutOfOrder still counts bytes once they are delivered',
    task: 2,
    find: 'this.#outOfOrder--;',
    replace: '',
  },
  {
    name: 'initialSeq 2^32 accepted',
    task: 2,
    find: 'value < 0 || value >= SEQ_SPACE',
    replace: 'value < 0 || value > SEQ_SPACE',
  },
  {
    name: 'receiver capacity 0 accepted',
    task: 2,
    find: "checkSequenceNumber(options.initialSeq);\n    checkCount('capacity', options.capacity, 1);",
    replace: "checkSequenceNumber(options.initialSeq);\n    checkCount('capacity', options.capacity, 0);",
  },

  // Task 3: the receive window
  {
    name: 'window computed from the total capacity, ignoring unread data',
    task: 3,
    find: 'return this.#capacity - (this.#nextOffset - this.#readOffset);',
    replace: 'return this.#capacity;',
  },
  {
    name: 'window also shrunk by held out-of-order bytes, so the right edge moves left',
    task: 3,
    find: 'return this.#capacity - (this.#nextOffset - this.#readOffset);',
    replace: 'return this.#capacity - (this.#nextOffset - this.#readOffset) - this.#outOfOrder;',
  },
  {
    name: 'segments not trimmed at the right edge of the window',
    task: 3,
    find: 'const to = Math.min(start + segment.payload.length, rightEdge);',
    replace: 'const to = start + segment.payload.length;',
  },
  {
    name: 'right edge taken as nextExpected + capacity, ignoring unread data',
    task: 3,
    find: 'const rightEdge = this.#readOffset + this.#capacity;',
    replace: 'const rightEdge = this.#nextOffset + this.#capacity;',
  },
  {
    name: 'read ignores maxBytes',
    task: 3,
    find: 'const count = Math.min(maxBytes ?? Infinity, this.#nextOffset - this.#readOffset);',
    replace: 'const count = this.#nextOffset - this.#readOffset;',
  },
  {
    name: 'negative maxBytes not rejected with a WindowError',
    task: 3,
    find: "if (maxBytes !== undefined) checkCount('maxBytes', maxBytes, 0);",
    replace: "if (maxBytes !== undefined && maxBytes > 0) checkCount('maxBytes', maxBytes, 0);",
  },
  {
    name: 'read does not consume: the window never opens and the same bytes come back',
    task: 3,
    find: 'this.#readOffset += count;',
    replace: '',
  },

  // Task 4: the sender and its window
  {
    name: 'sends beyond the usable window: the whole window again, ignoring the bytes in flight',
    task: 4,
    find: 'let room = Math.min(this.usableWindow, this.#end - this.#nxt);',
    replace: 'let room = Math.min(this.#wnd, this.#end - this.#nxt);',
  },
  {
    name: 'sends everything written, ignoring the window',
    task: 4,
    find: 'let room = Math.min(this.usableWindow, this.#end - this.#nxt);',
    replace: 'let room = this.#end - this.#nxt;',
  },
  {
    name: 'segments larger than mss',
    task: 4,
    find: 'const length = Math.min(this.#mss, room);',
    replace: 'const length = room;',
  },
  {
    name: 'usableWindow goes negative when the window shrinks',
    task: 4,
    find: 'return Math.max(0, this.#una + this.#wnd - this.#nxt);',
    replace: 'return this.#una + this.#wnd - this.#nxt;',
  },
  {
    name: 'send buffer frees bytes when they are sent, not when they are acknowledged',
    task: 4,
    find: 'const count = Math.min(data.length, this.#ring.length - (this.#end - this.#una));',
    replace: 'const count = Math.min(data.length, this.#ring.length - (this.#end - this.#nxt));',
  },
  {
    name: 'accepts an ACK for data not yet sent',
    task: 4,
    find: 'if (seqLt(this.sndUna, ack) && seqLe(ack, this.sndNxt)) {',
    replace: 'if (seqLt(this.sndUna, ack)) {',
  },
  {
    name: 'acceptable ACK tested with plain < and <= (breaks across the wrap)',
    task: 4,
    find: 'if (seqLt(this.sndUna, ack) && seqLe(ack, this.sndNxt)) {',
    replace: 'if (this.sndUna < ack && ack <= this.sndNxt) {',
  },
  {
    name: 'an acceptable ACK keeps the old window',
    task: 4,
    find: 'this.#una += newlyAcked;\n      this.#wnd = window;',
    replace: 'this.#una += newlyAcked;',
  },
  {
    name: 'an ignored (old or unsent) ACK still sets the window',
    task: 4,
    find: 'if (ack !== this.sndUna) return this.#ackResult(0, null);',
    replace: 'if (ack !== this.sndUna) {\n      this.#wnd = window;\n      return this.#ackResult(0, null);\n    }',
  },
  {
    name: 'window update ignored: an ACK equal to sndUna never changes sndWnd',
    task: 4,
    find: 'not a duplicate.\n      this.#wnd = window;',
    replace: 'not a duplicate.',
  },
  {
    name: 'segment payloads are views into the send buffer, overwritten when it is reused',
    task: 4,
    find: 'payload: ringRead(this.#ring, offset, length)',
    replace: 'payload: this.#ring.subarray(offset % this.#ring.length, (offset % this.#ring.length) + length)',
  },
  {
    name: 'sender mss 0 accepted',
    task: 4,
    find: "checkCount('mss', options.mss, 1);",
    replace: "checkCount('mss', options.mss, 0);",
  },
  {
    name: 'negative initialWindow accepted',
    task: 4,
    find: "checkCount('initialWindow', options.initialWindow, 0);",
    replace: '',
  },

  // Task 5: retransmission
  {
    name: 'fast retransmit on the second duplicate ACK',
    task: 5,
    find: 'const DUPLICATE_THRESHOLD = 3;',
    replace: 'const DUPLICATE_THRESHOLD = 2;',
  },
  {
    name: 'fast retransmit repeated on every duplicate after the third',
    task: 5,
    find: 'this.#duplicates === DUPLICATE_THRESHOLD',
    replace: 'this.#duplicates >= DUPLICATE_THRESHOLD',
  },
  {
    name: 'duplicate count not reset by a new ACK, so fast retransmit is never re-armed',
    task: 5,
    find: 'this.#duplicates = 0;',
    replace: '',
  },
  {
    name: 'duplicate count never reported',
    task: 5,
    find: 'return { newlyAcked, duplicateAcks: this.#duplicates, retransmit };',
    replace: 'return { newlyAcked, duplicateAcks: 0, retransmit };',
  },
  {
    name: 'a window update also counted as a duplicate',
    task: 5,
    find: 'not a duplicate.\n      this.#wnd = window;\n      return this.#ackResult(0, null);\n    }',
    replace: 'not a duplicate.\n      this.#wnd = window;\n    }',
  },
  {
    name: 'duplicates counted while the window is 0',
    task: 5,
    find: 'if (this.#wnd === 0 || this.#nxt === this.#una) return this.#ackResult(0, null);',
    replace: 'if (this.#nxt === this.#una) return this.#ackResult(0, null);',
  },
  {
    name: 'duplicates counted with nothing in flight',
    task: 5,
    find: 'if (this.#wnd === 0 || this.#nxt === this.#una) return this.#ackResult(0, null);',
    replace: 'if (this.#wnd === 0) return this.#ackResult(0, null);',
  },
  {
    name: 'an old or unsent ACK resets the duplicate count',
    task: 5,
    find: 'if (ack !== this.sndUna) return this.#ackResult(0, null);',
    replace: 'if (ack !== this.sndUna) {\n      this.#duplicates = 0;\n      return this.#ackResult(0, null);\n    }',
  },
  {
    name: 'retransmission always a full mss, running past sndNxt into unsent data',
    task: 5,
    find: 'return this.#segmentAt(this.#una, Math.min(this.#mss, this.#nxt - this.#una));',
    replace: 'return this.#segmentAt(this.#una, this.#mss);',
  },
  {
    name: 'timeout goes back: sndNxt moves back to the end of the retransmitted segment',
    task: 5,
    find: 'if (this.#nxt !== this.#una) return this.#firstUnacknowledged();',
    replace:
      'if (this.#nxt !== this.#una) {\n      const segment = this.#firstUnacknowledged();\n      this.#nxt = this.#una + segment.payload.length;\n      return segment;\n    }',
  },
  {
    name: 'no zero-window probe: a closed window stays closed when its update is lost',
    task: 5,
    find: 'if (this.#wnd === 0 && this.#end !== this.#nxt) {',
    replace: 'if (this.#wnd === 0 && this.#end !== this.#nxt && this.#end < 0) {',
  },
  {
    name: 'probe sent whenever nothing is in flight, even with the window open',
    task: 5,
    find: 'if (this.#wnd === 0 && this.#end !== this.#nxt) {',
    replace: 'if (this.#end !== this.#nxt) {',
  },
  {
    name: 'probe not counted as sent: sndNxt stays before it',
    task: 5,
    find: 'this.#nxt += 1;',
    replace: '',
  },
  {
    name: 'probe carries up to a whole mss instead of one byte',
    task: 5,
    find: 'const probe = this.#segmentAt(this.#nxt, 1);\n      this.#nxt += 1;',
    replace: 'const probe = this.#segmentAt(this.#nxt, Math.min(this.#mss, this.#end - this.#nxt));\n      this.#nxt += probe.payload.length;',
  },
  {
    name: 'a new probe byte at every timeout, instead of retransmitting the outstanding one',
    task: 5,
    find: 'if (this.#nxt !== this.#una) return this.#firstUnacknowledged();',
    replace: 'if (this.#nxt !== this.#una && this.#wnd !== 0) return this.#firstUnacknowledged();',
  },
  {
    name: 'segmentsToSend itself sends a one-byte probe into a zero window',
    task: 5,
    find: 'let room = Math.min(this.usableWindow, this.#end - this.#nxt);',
    replace:
      'let room = this.#wnd === 0 && this.#nxt === this.#una ? Math.min(1, this.#end - this.#nxt) : Math.min(this.usableWindow, this.#end - this.#nxt);',
  },
] satisfies Mutant[];
