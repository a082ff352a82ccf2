import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { FrameDecoder, FramingError, encodeFrame } from '@impl/framing';
import { bytes, chunksOf, cutAt, cuts, expectLinearTime, referenceFrame, thrownBy, utf8 } from './reference.ts';

/** Every payload a fresh decoder returns for these chunks, as plain arrays of numbers; then `end()`. */
function decode(chunks: Uint8Array[], options?: { maxFrameBytes?: number }): number[][] {
  const decoder = new FrameDecoder(options);
  const frames = chunks.flatMap((chunk) => decoder.push(chunk));
  decoder.end();
  return frames.map((frame) => Array.from(frame));
}

/** The FramingError thrown by `action`, checked to be one. */
function framingErrorOf(action: () => unknown): FramingError {
  const error = thrownBy(action);
  expect(error, 'expected a FramingError').toBeInstanceOf(FramingError);
  return error as FramingError;
}

const payloads = fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 12 });

describe('task 3: length-prefixed frames', () => {
  describe('encodeFrame', () => {
    it('puts the length in 4 bytes before the payload: hi gives 00 00 00 02 68 69', () => {
      expect(Array.from(encodeFrame(utf8('hi')))).toEqual([0, 0, 0, 2, 0x68, 0x69]);
    });

    it('encodes an empty payload as 00 00 00 00', () => {
      expect(Array.from(encodeFrame(new Uint8Array(0)))).toEqual([0, 0, 0, 0]);
    });

    it('writes the length big-endian: 300 bytes gives 00 00 01 2c, 70000 gives 00 01 11 70', () => {
      expect(Array.from(encodeFrame(new Uint8Array(300)).subarray(0, 4))).toEqual([0x00, 0x00, 0x01, 0x2c]);
      expect(Array.from(encodeFrame(new Uint8Array(70_000)).subarray(0, 4))).toEqual([0x00, 0x01, 0x11, 0x70]);
    });

    it('returns a new array and leaves the payload alone', () => {
      const payload = utf8('abc');
      const frame = encodeFrame(payload);
      frame[4] = 0x7a;
      expect(Array.from(payload)).toEqual([0x61, 0x62, 0x63]);
    });

    it('encodes only the bytes of a view into a larger buffer', () => {
      const buffer = utf8('xxabcyy');
      expect(Array.from(encodeFrame(buffer.subarray(2, 5)))).toEqual([0, 0, 0, 3, 0x61, 0x62, 0x63]);
    });

    it('property: matches the frame laid out by hand for any payload', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 1000 }), (payload) => {
          expect(Array.from(encodeFrame(payload))).toEqual(Array.from(referenceFrame(payload)));
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('FrameDecoder', () => {
    it('decodes one frame in one chunk', () => {
      expect(decode([bytes([0, 0, 0, 2], 'hi')])).toEqual([[0x68, 0x69]]);
    });

    it('returns nothing until a frame is complete', () => {
      const decoder = new FrameDecoder();
      expect(decoder.push(bytes([0, 0]))).toEqual([]);
      expect(decoder.push(bytes([0, 3], 'a'))).toEqual([]);
      expect(decoder.push(bytes('bc')).map((frame) => Array.from(frame))).toEqual([[0x61, 0x62, 0x63]]);
    });

    it('returns both frames when two arrive in one chunk', () => {
      expect(decode([bytes([0, 0, 0, 1], 'a', [0, 0, 0, 2], 'bc')])).toEqual([[0x61], [0x62, 0x63]]);
    });

    it('returns every frame of a chunk holding ten, and keeps the start of the eleventh', () => {
      const ten = bytes(...Array.from({ length: 10 }, (_, i) => referenceFrame(Uint8Array.of(i, i))));
      const decoder = new FrameDecoder();
      expect(decoder.push(bytes(ten, [0, 0, 0, 1]))).toHaveLength(10);
      expect(decoder.push(bytes([42])).map((frame) => Array.from(frame))).toEqual([[42]]);
    });

    it('reassembles one frame that arrives one byte at a time', () => {
      const payload = utf8('one byte at a time');
      expect(decode(chunksOf(referenceFrame(payload), 1))).toEqual([Array.from(payload)]);
    });

    it('reassembles a frame whose header is split at every possible place', () => {
      const frame = bytes([0, 0, 0, 3], 'xyz');
      for (let cut = 1; cut < frame.length; cut++) {
        expect(decode([frame.slice(0, cut), frame.slice(cut)]), `cut at byte ${cut}`).toEqual([[0x78, 0x79, 0x7a]]);
      }
    });

    it('reads the length big-endian: 00 00 01 00 announces 256 bytes, not 65536 or 1', () => {
      const payload = Uint8Array.from({ length: 256 }, (_, i) => i);
      expect(decode([bytes([0, 0, 1, 0], payload)])).toEqual([Array.from(payload)]);
    });

    it('reads the length big-endian: 00 01 00 00 announces 65536 bytes', () => {
      const decoder = new FrameDecoder();
      expect(decoder.push(bytes([0, 1, 0, 0], new Uint8Array(65_535)))).toEqual([]);
      expect(decoder.push(bytes([9]))).toHaveLength(1);
    });

    it('decodes zero-length frames, several in a row and at the end of a chunk', () => {
      expect(decode([bytes([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 1], 'a', [0, 0, 0, 0])])).toEqual([[], [], [0x61], []]);
    });

    it('decodes a zero-length frame pushed one byte at a time', () => {
      expect(decode(chunksOf(bytes([0, 0, 0, 0]), 1))).toEqual([[]]);
    });

    it('returns payloads of their own: the caller may reuse a chunk once push returns', () => {
      const decoder = new FrameDecoder();
      const chunk = bytes([0, 0, 0, 3], 'abc', [0, 0, 0, 2], 'd');
      const [frame] = decoder.push(chunk);
      chunk.fill(0x3f);
      expect(Array.from(frame!)).toEqual([0x61, 0x62, 0x63]);
      expect(decoder.push(bytes('e')).map((f) => Array.from(f))).toEqual([[0x64, 0x65]]);
    });

    it('reads only the bytes of a view into a larger buffer (a chunk with a byteOffset)', () => {
      const buffer = bytes([0, 0, 0, 9], [0, 0, 0, 2], 'ok', [1, 2, 3]);
      expect(decode([buffer.subarray(4, 10)])).toEqual([[0x6f, 0x6b]]);
    });

    it('property: any frames, cut anywhere, decode to the same payloads', () => {
      fc.assert(
        fc.property(payloads, cuts, (frames, offsets) => {
          const stream = bytes(...frames.map(referenceFrame));
          expect(decode(cutAt(stream, offsets))).toEqual(frames.map((frame) => Array.from(frame)));
        }),
        { numRuns: 300 },
      );
    });

    it('property: one byte at a time decodes to the same payloads as everything at once', () => {
      fc.assert(
        fc.property(payloads, (frames) => {
          const stream = bytes(...frames.map(referenceFrame));
          expect(decode(chunksOf(stream, 1))).toEqual(decode([stream]));
        }),
        { numRuns: 100 },
      );
    });
  });

  describe('bufferedBytes', () => {
    it('counts the header bytes and payload bytes held for the frame in progress', () => {
      const decoder = new FrameDecoder();
      expect(decoder.bufferedBytes).toBe(0);
      decoder.push(bytes([0, 0]));
      expect(decoder.bufferedBytes).toBe(2);
      decoder.push(bytes([0, 20], 'abcdefghij'));
      expect(decoder.bufferedBytes).toBe(14);
      decoder.push(bytes('klmnopqrst'));
      expect(decoder.bufferedBytes).toBe(0);
    });

    it('counts only the frame in progress after complete frames in the same chunk', () => {
      const decoder = new FrameDecoder();
      decoder.push(bytes([0, 0, 0, 1], 'a', [0, 0, 0, 0], [0, 0, 0, 5], 'xy'));
      expect(decoder.bufferedBytes).toBe(6);
    });

    it('property: equals the bytes pushed since the last complete frame', () => {
      fc.assert(
        fc.property(payloads, cuts, (frames, offsets) => {
          const stream = bytes(...frames.map(referenceFrame));
          const ends = new Set<number>([0]);
          let offset = 0;
          for (const frame of frames) ends.add((offset += 4 + frame.length));
          const decoder = new FrameDecoder();
          let pushed = 0;
          for (const chunk of cutAt(stream, offsets)) {
            decoder.push(chunk);
            pushed += chunk.length;
            const lastEnd = Math.max(...[...ends].filter((end) => end <= pushed));
            expect(decoder.bufferedBytes).toBe(pushed - lastEnd);
          }
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('maxFrameBytes', () => {
    it('accepts a frame of exactly maxFrameBytes', () => {
      expect(decode([bytes([0, 0, 0, 4], 'abcd')], { maxFrameBytes: 4 })).toEqual([[0x61, 0x62, 0x63, 0x64]]);
    });

    it('throws FramingError, named so and with a message, as soon as a header announces one byte more', () => {
      const error = framingErrorOf(() => new FrameDecoder({ maxFrameBytes: 4 }).push(bytes([0, 0, 0, 5])));
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe('FramingError');
      expect(error.message).not.toBe('');
    });

    it('defaults to 1 MiB: a header announcing 1048576 is fine, 1048577 throws at once', () => {
      expect(new FrameDecoder().push(bytes([0x00, 0x10, 0x00, 0x00]))).toEqual([]);
      expect(() => new FrameDecoder().push(bytes([0x00, 0x10, 0x00, 0x01]))).toThrow(FramingError);
    });

    it('throws at the header ff ff ff ff (4 GiB) before buffering any payload', () => {
      const decoder = new FrameDecoder();
      decoder.push(bytes([0xff, 0xff, 0xff]));
      expect(decoder.bufferedBytes).toBe(3);
      expect(() => decoder.push(bytes([0xff], 'payload'))).toThrow(FramingError);
    });

    it('reads the length as unsigned: 80 00 00 00 is 2 GiB, too big, not a negative number', () => {
      expect(() => new FrameDecoder().push(bytes([0x80, 0, 0, 0], 'x'))).toThrow(FramingError);
      expect(() => new FrameDecoder().push(bytes([0xff, 0xff, 0xff, 0xfe]))).toThrow(FramingError);
    });

    it('throws for an oversized header in the middle of a chunk, keeping the frames before it in the error', () => {
      const decoder = new FrameDecoder({ maxFrameBytes: 10 });
      const error = framingErrorOf(() => decoder.push(bytes([0, 0, 0, 1], 'a', [0, 0, 0, 0], [0, 0, 0, 11], 'more')));
      expect(error.frames?.map((frame) => Array.from(frame))).toEqual([[0x61], []]);
    });

    it('gives an empty frames array when the chunk completed no frame first', () => {
      expect(framingErrorOf(() => new FrameDecoder({ maxFrameBytes: 10 }).push(bytes([0, 0, 1, 0]))).frames).toEqual([]);
    });

    it('closes the decoder after the error: push and end throw FramingError', () => {
      const decoder = new FrameDecoder({ maxFrameBytes: 10 });
      expect(() => decoder.push(bytes([0, 0, 0, 11]))).toThrow(FramingError);
      expect(() => decoder.push(bytes([0, 0, 0, 1], 'a'))).toThrow(FramingError);
      expect(() => decoder.end()).toThrow(FramingError);
    });

    it('property: never holds more than 4 + maxFrameBytes bytes, whatever arrives', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 400 }), cuts, fc.nat(40), (data, offsets, maxFrameBytes) => {
          const decoder = new FrameDecoder({ maxFrameBytes });
          try {
            for (const chunk of cutAt(data, offsets)) {
              decoder.push(chunk);
              expect(decoder.bufferedBytes).toBeLessThanOrEqual(4 + maxFrameBytes);
            }
          } catch (error) {
            if (!(error instanceof FramingError)) throw error;
          }
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('end()', () => {
    it('returns quietly between frames and closes the decoder', () => {
      const decoder = new FrameDecoder();
      decoder.push(bytes([0, 0, 0, 1], 'a', [0, 0, 0, 0]));
      expect(() => decoder.end()).not.toThrow();
      expect(() => decoder.push(bytes([0, 0, 0, 0]))).toThrow(FramingError);
    });

    it('throws FramingError when the stream stops inside a header', () => {
      const decoder = new FrameDecoder();
      decoder.push(bytes([0, 0]));
      expect(() => decoder.end()).toThrow(FramingError);
    });

    it('throws FramingError when the stream stops right after a header', () => {
      const decoder = new FrameDecoder();
      decoder.push(bytes([0, 0, 0, 5]));
      expect(() => decoder.end()).toThrow(FramingError);
    });

    it('throws FramingError when the stream stops inside a payload', () => {
      const decoder = new FrameDecoder();
      decoder.push(bytes([0, 0, 0, 5], 'abc'));
      expect(() => decoder.end()).toThrow(FramingError);
    });

    it('property: a stream cut short throws at end() exactly when the cut falls inside a frame', () => {
      fc.assert(
        fc.property(payloads, fc.nat(), (frames, at) => {
          const stream = bytes(...frames.map(referenceFrame));
          const cut = stream.length === 0 ? 0 : at % (stream.length + 1);
          const boundaries = new Set<number>([0]);
          let offset = 0;
          for (const frame of frames) boundaries.add((offset += 4 + frame.length));
          const decoder = new FrameDecoder();
          decoder.push(stream.subarray(0, cut));
          if (boundaries.has(cut)) expect(() => decoder.end()).not.toThrow();
          else expect(() => decoder.end()).toThrow(FramingError);
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('linear time', () => {
    it('takes linear time for one large frame pushed one byte at a time', () => {
      const n = 65_536;
      const views = chunksOf(referenceFrame(new Uint8Array(2 * n)), 1);
      expectLinearTime('one large frame, one byte per push', n, (size) => {
        const decoder = new FrameDecoder();
        for (let i = 0; i < size; i++) decoder.push(views[i]!);
      });
    });

    it('takes linear time for many frames in one big chunk', () => {
      const n = 4_194_304;
      const frame = referenceFrame(new Uint8Array(16_380).fill(0x61));
      const stream = bytes(...Array.from({ length: (2 * n) / frame.length }, () => frame));
      const halves = new Map([
        [n, stream.slice(0, n)],
        [2 * n, stream],
      ]);
      expectLinearTime('one chunk of 16 KiB frames', n, (size) => {
        new FrameDecoder().push(halves.get(size) ?? stream.slice(0, size));
      });
    });

    it('decodes a 1 MiB frame pushed in 1000-byte chunks', () => {
      const payload = Uint8Array.from({ length: 1_048_576 }, (_, i) => (i * 7) & 0xff);
      const decoder = new FrameDecoder();
      const frames = chunksOf(referenceFrame(payload), 1000).flatMap((chunk) => decoder.push(chunk));
      expect(frames).toHaveLength(1);
      expect(frames[0]!.length).toBe(payload.length);
      expect(frames[0]!.every((value, i) => value === payload[i])).toBe(true);
    });
  });
});
