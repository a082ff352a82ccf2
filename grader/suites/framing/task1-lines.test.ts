import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { FramingError, LineDecoder } from '@impl/framing';
import { bytes, chunksOf, cutAt, cuts, lineBytes, linePieces, referenceLines, thrownBy, utf8 } from './reference.ts';

/** Every line a fresh decoder returns for these chunks, then what `end()` returns. */
function decode(chunks: Array<string | Uint8Array>): string[] {
  const decoder = new LineDecoder();
  const lines = chunks.flatMap((chunk) => decoder.push(typeof chunk === 'string' ? utf8(chunk) : chunk));
  return [...lines, ...decoder.end()];
}

/** What `end()` alone returns after these chunks. */
function atEnd(...chunks: Array<string | Uint8Array>): string[] {
  const decoder = new LineDecoder();
  for (const chunk of chunks) decoder.push(typeof chunk === 'string' ? utf8(chunk) : chunk);
  return decoder.end();
}

describe('task 1: lines from a byte stream', () => {
  describe('terminators', () => {
    it('returns the lines a chunk completes: a\\nb\\n gives a, b', () => {
      expect(new LineDecoder().push(utf8('a\nb\n'))).toEqual(['a', 'b']);
    });

    it('returns nothing until a line is complete: hel, lo, \\n give hello at the \\n', () => {
      const decoder = new LineDecoder();
      expect(decoder.push(utf8('hel'))).toEqual([]);
      expect(decoder.push(utf8('lo'))).toEqual([]);
      expect(decoder.push(utf8('\n'))).toEqual(['hello']);
    });

    it('removes \\r\\n as well as \\n: a\\r\\nb\\n gives a, b', () => {
      expect(new LineDecoder().push(utf8('a\r\nb\n'))).toEqual(['a', 'b']);
    });

    it('keeps empty lines: \\n\\r\\n\\n gives three empty lines', () => {
      expect(new LineDecoder().push(utf8('\n\r\n\n'))).toEqual(['', '', '']);
    });

    it('returns the complete lines of a chunk and keeps the rest: one\\ntwo\\nthr, ee\\n', () => {
      const decoder = new LineDecoder();
      expect(decoder.push(utf8('one\ntwo\nthr'))).toEqual(['one', 'two']);
      expect(decoder.push(utf8('ee\n'))).toEqual(['three']);
    });

    it('treats a \\r\\n split across two chunks as one terminator: abc\\r then \\ndef\\n', () => {
      const decoder = new LineDecoder();
      expect(decoder.push(utf8('abc\r'))).toEqual([]);
      expect(decoder.push(utf8('\ndef\n'))).toEqual(['abc', 'def']);
    });

    it('treats a \\r\\n split across chunks as one terminator even for an empty line', () => {
      const decoder = new LineDecoder();
      expect(decoder.push(utf8('\r'))).toEqual([]);
      expect(decoder.push(utf8('\n'))).toEqual(['']);
    });

    it('keeps a lone \\r inside a line: a\\rb\\n gives a\\rb', () => {
      expect(new LineDecoder().push(utf8('a\rb\n'))).toEqual(['a\rb']);
    });

    it('keeps a \\r that ends one chunk when the next does not start with \\n', () => {
      const decoder = new LineDecoder();
      expect(decoder.push(utf8('a\r'))).toEqual([]);
      expect(decoder.push(utf8('b\n'))).toEqual(['a\rb']);
    });

    it('removes only the \\r right before \\n: a\\r\\r\\n gives a\\r', () => {
      expect(new LineDecoder().push(utf8('a\r\r\n'))).toEqual(['a\r']);
      const decoder = new LineDecoder();
      expect(decoder.push(utf8('a\r'))).toEqual([]);
      expect(decoder.push(utf8('\r'))).toEqual([]);
      expect(decoder.push(utf8('\n'))).toEqual(['a\r']);
    });

    it('gives the same lines for a \\r\\n split at every possible place', () => {
      const data = utf8('GET / HTTP/1.1\r\nHost: a\r\n\r\n');
      for (let cut = 0; cut <= data.length; cut++) {
        expect(decode([data.slice(0, cut), data.slice(cut)]), `cut at byte ${cut}`).toEqual(['GET / HTTP/1.1', 'Host: a', '']);
      }
    });

    it('handles an empty chunk', () => {
      const decoder = new LineDecoder();
      expect(decoder.push(new Uint8Array(0))).toEqual([]);
      expect(decoder.push(utf8('x\n'))).toEqual(['x']);
    });
  });

  describe('UTF-8', () => {
    it('decodes multi-byte characters: héllo wörld € 😀', () => {
      expect(new LineDecoder().push(utf8('héllo wörld € 😀\n'))).toEqual(['héllo wörld € 😀']);
    });

    it('decodes a 2-byte character split across chunks: é as c3 | a9', () => {
      expect(decode([bytes('caf', [0xc3]), bytes([0xa9], '\n')])).toEqual(['café']);
    });

    it('decodes a 3-byte character split at every place: € as e2 82 ac', () => {
      const data = utf8('1 €\n');
      for (let cut = 1; cut < data.length; cut++) {
        expect(decode([data.slice(0, cut), data.slice(cut)]), `cut at byte ${cut}`).toEqual(['1 €']);
      }
    });

    it('decodes a 4-byte character pushed one byte at a time: 😀 as f0 9f 98 80', () => {
      expect(decode(chunksOf(utf8('😀\n'), 1))).toEqual(['😀']);
    });

    it('decodes a character split across three chunks in the middle of a line', () => {
      expect(decode([bytes('a', [0xf0]), bytes([0x9f, 0x98]), bytes([0x80], 'b\n')])).toEqual(['a😀b']);
    });

    it('turns an invalid byte into U+FFFD: ff gives \\ufffd', () => {
      expect(new LineDecoder().push(bytes('a', [0xff], 'b\n'))).toEqual(['a\ufffdb']);
    });

    it('turns a character cut short by the end of its line into U+FFFD: e2 82 \\n', () => {
      expect(new LineDecoder().push(bytes('x', [0xe2, 0x82], '\ny\n'))).toEqual(['x\ufffd', 'y']);
    });

    it('decodes invalid bytes split across chunks as TextDecoder does: c3 | 28', () => {
      expect(decode([bytes([0xc3]), bytes([0x28], '\n')])).toEqual(['\ufffd(']);
    });

    it('keeps a byte-order mark (U+FEFF) at the start of the stream and of a line', () => {
      expect(decode([bytes([0xef, 0xbb, 0xbf], 'a\n', [0xef, 0xbb, 0xbf], 'b\n')])).toEqual(['\ufeffa', '\ufeffb']);
    });
  });

  describe('end()', () => {
    it('returns the unterminated last line: abc gives [abc]', () => {
      expect(atEnd('abc')).toEqual(['abc']);
    });

    it('returns [] when the stream ended with a terminator, or was empty', () => {
      expect(atEnd('a\n')).toEqual([]);
      expect(atEnd('a\r\n')).toEqual([]);
      expect(atEnd()).toEqual([]);
    });

    it('drops a final \\r, the start of an unfinished \\r\\n: abc\\r gives [abc]', () => {
      expect(atEnd('abc\r')).toEqual(['abc']);
    });

    it('returns [] for a lone final \\r after a complete line', () => {
      expect(atEnd('a\n', '\r')).toEqual([]);
    });

    it('keeps a \\r that is not the last byte: a\\rb at the end gives [a\\rb]', () => {
      expect(atEnd('a\rb')).toEqual(['a\rb']);
    });

    it('turns a character cut short by the end of the stream into U+FFFD', () => {
      expect(atEnd(bytes('x', [0xe2, 0x82]))).toEqual(['x\ufffd']);
    });

    it('returns a last line pushed one byte at a time, multi-byte characters included', () => {
      expect(atEnd(...chunksOf(utf8('né 😀'), 1))).toEqual(['né 😀']);
    });

    it('closes the decoder: push and end then throw FramingError', () => {
      const decoder = new LineDecoder();
      decoder.push(utf8('a\n'));
      decoder.end();
      const error = thrownBy(() => decoder.push(utf8('b\n')));
      expect(error).toBeInstanceOf(FramingError);
      expect((error as Error).name).toBe('FramingError');
      expect(() => decoder.end()).toThrow(FramingError);
    });
  });

  describe('chunks', () => {
    it('reads only the bytes of a view into a larger buffer (a chunk with a byteOffset)', () => {
      const buffer = utf8('x\nhello\ny\n');
      expect(new LineDecoder().push(buffer.subarray(2, 7))).toEqual([]);
      expect(decode([buffer.subarray(2, 8)])).toEqual(['hello']);
    });

    it('copies what it keeps: the caller may reuse a chunk once push returns', () => {
      const decoder = new LineDecoder();
      const chunk = utf8('abc');
      decoder.push(chunk);
      chunk.set(utf8('XYZ'));
      expect(decoder.push(utf8('\n'))).toEqual(['abc']);
    });

    it('returns a 60000-byte line below the default limit, pushed in 1000-byte chunks', () => {
      const line = 'é'.repeat(30_000);
      expect(decode(chunksOf(utf8(`${line}\n`), 1000))).toEqual([line]);
    });

    it('property: any text, cut anywhere, gives the lines of the whole stream', () => {
      fc.assert(
        fc.property(linePieces, cuts, (pieces, offsets) => {
          const data = utf8(pieces.join(''));
          expect(decode(cutAt(data, offsets))).toEqual(referenceLines(data).map((line) => line.text));
        }),
        { numRuns: 300 },
      );
    });

    it('property: any bytes, valid UTF-8 or not, cut anywhere, decode as TextDecoder decodes the whole stream', () => {
      fc.assert(
        fc.property(lineBytes, cuts, (data, offsets) => {
          expect(decode(cutAt(data, offsets))).toEqual(referenceLines(data).map((line) => line.text));
        }),
        { numRuns: 300 },
      );
    });

    it('property: one byte at a time gives the same lines as everything at once', () => {
      fc.assert(
        fc.property(lineBytes, (data) => {
          expect(decode(chunksOf(data, 1))).toEqual(decode([data]));
        }),
        { numRuns: 200 },
      );
    });
  });
});
