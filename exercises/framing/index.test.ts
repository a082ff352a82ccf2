import { describe, it, expect } from 'vitest';
import { FrameDecoder, FramingError, LineDecoder, encodeFrame } from '@impl/framing';

/** The UTF-8 bytes of some text. */
const bytes = (text: string) => new TextEncoder().encode(text);

/** Bytes from numbers and text, one after the other: from([0, 0, 0, 2], 'hi') is 00 00 00 02 68 69. */
function from(...parts: Array<number[] | string>): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...bytes(part)] : part)));
}

describe('task 1: lines from a byte stream', () => {
  it('returns the lines a chunk completes, without their terminators', () => {
    const decoder = new LineDecoder();
    expect(decoder.push(bytes('GET / HTTP/1.1\r\nHost: exa'))).toEqual(['GET / HTTP/1.1']);
    expect(decoder.push(bytes('mple.com\r\n\r\n'))).toEqual(['Host: example.com', '']);
  });

  it('treats a \\r\\n split across two chunks as one terminator', () => {
    const decoder = new LineDecoder();
    expect(decoder.push(bytes('abc\r'))).toEqual([]);
    expect(decoder.push(bytes('\ndef\n'))).toEqual(['abc', 'def']);
  });

  it('keeps a lone \\r as part of the line', () => {
    expect(new LineDecoder().push(bytes('a\rb\n'))).toEqual(['a\rb']);
  });

  it('decodes a UTF-8 character split across chunks: € is e2 82 ac', () => {
    const decoder = new LineDecoder();
    expect(decoder.push(Uint8Array.of(0x31, 0x20, 0xe2))).toEqual([]);
    expect(decoder.push(Uint8Array.of(0x82, 0xac, 0x0a))).toEqual(['1 €']);
  });

  it('gives the same lines one byte at a time', () => {
    const decoder = new LineDecoder();
    const lines = [...bytes('héllo\r\nwörld\n')].flatMap((byte) => decoder.push(Uint8Array.of(byte)));
    expect(lines).toEqual(['héllo', 'wörld']);
  });

  it('returns the unterminated last line from end(), then refuses more input', () => {
    const decoder = new LineDecoder();
    expect(decoder.push(bytes('one\ntwo'))).toEqual(['one']);
    expect(decoder.end()).toEqual(['two']);
    expect(() => decoder.push(bytes('three\n'))).toThrow(FramingError);
  });
});

describe('task 2: long lines and hostile input', () => {
  it('accepts a line of exactly maxLineBytes bytes and rejects one byte more', () => {
    expect(new LineDecoder({ maxLineBytes: 5 }).push(bytes('hello\n'))).toEqual(['hello']);
    expect(() => new LineDecoder({ maxLineBytes: 5 }).push(bytes('hello!\n'))).toThrow(FramingError);
  });

  it('throws as soon as an endless line passes the limit, without waiting for \\n', () => {
    const decoder = new LineDecoder({ maxLineBytes: 8 });
    expect(decoder.push(bytes('aaaa'))).toEqual([]);
    expect(decoder.push(bytes('aaaa'))).toEqual([]);
    expect(() => decoder.push(bytes('a'))).toThrow(FramingError);
  });

  it('puts the lines completed before the overflow in the error, then stays closed', () => {
    const decoder = new LineDecoder({ maxLineBytes: 5 });
    let error: unknown;
    try {
      decoder.push(bytes('one\ntwo\nfar too long\n'));
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(FramingError);
    expect((error as FramingError).lines).toEqual(['one', 'two']);
    expect(() => decoder.push(bytes('ok\n'))).toThrow(FramingError);
  });
});

describe('task 3: length-prefixed frames', () => {
  it('encodes a payload after its length, 4 bytes big-endian', () => {
    expect(encodeFrame(bytes('hi'))).toEqual(from([0, 0, 0, 2], 'hi'));
    expect(encodeFrame(new Uint8Array(300)).subarray(0, 4)).toEqual(Uint8Array.of(0, 0, 1, 0x2c));
  });

  it('returns every frame a chunk completes, including empty ones', () => {
    const frames = new FrameDecoder().push(from([0, 0, 0, 1], 'a', [0, 0, 0, 0], [0, 0, 0, 2], 'bc'));
    expect(frames).toEqual([bytes('a'), new Uint8Array(0), bytes('bc')]);
  });

  it('reassembles a frame that arrives one byte at a time, and counts what it holds', () => {
    const decoder = new FrameDecoder();
    const frame = from([0, 0, 0, 3], 'abc');
    for (let i = 0; i < frame.length - 1; i++) expect(decoder.push(frame.subarray(i, i + 1))).toEqual([]);
    expect(decoder.bufferedBytes).toBe(6);
    expect(decoder.push(frame.subarray(6))).toEqual([bytes('abc')]);
    expect(decoder.bufferedBytes).toBe(0);
  });

  it('throws at a header announcing more than maxFrameBytes, before any payload arrives', () => {
    expect(() => new FrameDecoder({ maxFrameBytes: 10 }).push(from([0, 0, 0, 11]))).toThrow(FramingError);
    expect(() => new FrameDecoder().push(from([0xff, 0xff, 0xff, 0xff]))).toThrow(FramingError);
  });

  it('throws from end() when the stream stops inside a frame', () => {
    const decoder = new FrameDecoder();
    decoder.push(from([0, 0, 0, 5], 'abc'));
    expect(() => decoder.end()).toThrow(FramingError);
  });
});
