import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { FramingError, LineDecoder } from '@impl/framing';
import { bytes, chunksOf, cutAt, cuts, expectLinearTime, linePieces, referenceLines, thrownBy, utf8 } from './reference.ts';

/** The FramingError thrown by `action`, checked to be one. */
function framingErrorOf(action: () => unknown): FramingError {
  const error = thrownBy(action);
  expect(error, 'expected a FramingError').toBeInstanceOf(FramingError);
  return error as FramingError;
}

describe('task 2: long lines and hostile input', () => {
  describe('maxLineBytes', () => {
    it('accepts a line of exactly maxLineBytes bytes', () => {
      expect(new LineDecoder({ maxLineBytes: 5 }).push(utf8('abcde\n'))).toEqual(['abcde']);
    });

    it('throws FramingError, named so and with a message, for a line one byte longer', () => {
      const error = framingErrorOf(() => new LineDecoder({ maxLineBytes: 5 }).push(utf8('abcdef\n')));
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe('FramingError');
      expect(error.message).not.toBe('');
    });

    it('does not count the terminator: with a limit of 3, abc\\n and abc\\r\\n are fine', () => {
      expect(new LineDecoder({ maxLineBytes: 3 }).push(utf8('abc\nabc\r\n'))).toEqual(['abc', 'abc']);
    });

    it('counts bytes, not characters: with a limit of 4, éé (4 bytes) is fine and €€ (6 bytes) is not', () => {
      expect(new LineDecoder({ maxLineBytes: 4 }).push(utf8('éé\n'))).toEqual(['éé']);
      expect(() => new LineDecoder({ maxLineBytes: 4 }).push(utf8('€€\n'))).toThrow(FramingError);
    });

    it('counts a lone \\r inside the line: with a limit of 3, a\\rbc\\n is too long', () => {
      expect(() => new LineDecoder({ maxLineBytes: 3 }).push(utf8('a\rbc\n'))).toThrow(FramingError);
    });

    it('defaults to 65536 bytes: a 65536-byte line is fine, a 65537-byte one throws', () => {
      expect(new LineDecoder().push(utf8(`${'x'.repeat(65_536)}\n`))).toEqual(['x'.repeat(65_536)]);
      expect(() => new LineDecoder().push(utf8(`${'x'.repeat(65_537)}\n`))).toThrow(FramingError);
    });

    it('accepts a limit of 0: empty lines only', () => {
      const decoder = new LineDecoder({ maxLineBytes: 0 });
      expect(decoder.push(utf8('\n\r\n'))).toEqual(['', '']);
      expect(() => decoder.push(utf8('a'))).toThrow(FramingError);
    });

    it('checks a line built from several chunks as a whole', () => {
      const decoder = new LineDecoder({ maxLineBytes: 6 });
      expect(decoder.push(utf8('abc'))).toEqual([]);
      expect(decoder.push(utf8('def\nabc'))).toEqual(['abcdef']);
      expect(() => decoder.push(utf8('defg\n'))).toThrow(FramingError);
    });

    it('property: throws exactly when some line is longer than the limit, after returning every line before it', () => {
      fc.assert(
        fc.property(linePieces, cuts, fc.nat(12), (pieces, offsets, maxLineBytes) => {
          const data = utf8(pieces.join(''));
          const expected = referenceLines(data);
          const firstTooLong = expected.findIndex((line) => line.byteLength > maxLineBytes);
          const decoder = new LineDecoder({ maxLineBytes });
          const lines: string[] = [];
          let error: unknown = null;
          try {
            for (const chunk of cutAt(data, offsets)) lines.push(...decoder.push(chunk));
            lines.push(...decoder.end());
          } catch (thrown) {
            error = thrown;
            lines.push(...((thrown as FramingError).lines ?? []));
          }
          if (firstTooLong === -1) {
            expect(error).toBeNull();
            expect(lines).toEqual(expected.map((line) => line.text));
          } else {
            expect(error).toBeInstanceOf(FramingError);
            expect(lines).toEqual(expected.slice(0, firstTooLong).map((line) => line.text));
          }
        }),
        { numRuns: 400 },
      );
    });
  });

  describe('an endless line', () => {
    it('throws as soon as the line is one byte over the limit, before any \\n arrives', () => {
      const decoder = new LineDecoder({ maxLineBytes: 100 });
      for (let i = 0; i < 100; i++) expect(decoder.push(utf8('x'))).toEqual([]);
      expect(() => decoder.push(utf8('x'))).toThrow(FramingError);
    });

    it('throws at the chunk that crosses the default limit when a line never ends (64 KiB, then 1 more KiB)', () => {
      const decoder = new LineDecoder();
      const kib = utf8('y'.repeat(1024));
      for (let i = 0; i < 64; i++) decoder.push(kib);
      expect(() => decoder.push(kib)).toThrow(FramingError);
    });

    it('throws for one chunk holding more than the limit with no \\n at all', () => {
      expect(() => new LineDecoder({ maxLineBytes: 10 }).push(utf8('z'.repeat(11)))).toThrow(FramingError);
    });

    it('holds back a final \\r past the limit: it may start the \\r\\n that ends the line', () => {
      const decoder = new LineDecoder({ maxLineBytes: 3 });
      expect(decoder.push(utf8('abc\r'))).toEqual([]);
      expect(decoder.push(utf8('\n'))).toEqual(['abc']);
      const ended = new LineDecoder({ maxLineBytes: 3 });
      ended.push(utf8('abc\r'));
      expect(ended.end()).toEqual(['abc']);
    });

    it('throws once the held-back \\r turns out to be part of the line', () => {
      const decoder = new LineDecoder({ maxLineBytes: 3 });
      decoder.push(utf8('abc\r'));
      expect(() => decoder.push(utf8('d'))).toThrow(FramingError);
    });
  });

  describe('no lost lines', () => {
    it("puts the lines a chunk completed before the overflow in the error's lines", () => {
      const decoder = new LineDecoder({ maxLineBytes: 5 });
      const error = framingErrorOf(() => decoder.push(utf8('one\ntwo\ntoo long\nfour\n')));
      expect(error.lines).toEqual(['one', 'two']);
    });

    it('puts the complete lines before an endless line in the error', () => {
      const decoder = new LineDecoder({ maxLineBytes: 5 });
      const error = framingErrorOf(() => decoder.push(utf8('a\r\nb\nxxxxxx')));
      expect(error.lines).toEqual(['a', 'b']);
    });

    it('gives an empty lines array when the chunk completed no line first', () => {
      const decoder = new LineDecoder({ maxLineBytes: 5 });
      decoder.push(utf8('abc'));
      expect(framingErrorOf(() => decoder.push(utf8('def'))).lines).toEqual([]);
    });

    it('does not repeat lines returned by earlier pushes', () => {
      const decoder = new LineDecoder({ maxLineBytes: 5 });
      expect(decoder.push(utf8('a\nb'))).toEqual(['a']);
      expect(framingErrorOf(() => decoder.push(utf8('\nc\nxxxxxxx'))).lines).toEqual(['b', 'c']);
    });

    it('closes the decoder after the error: push and end throw FramingError', () => {
      const decoder = new LineDecoder({ maxLineBytes: 5 });
      expect(() => decoder.push(utf8('toolong\n'))).toThrow(FramingError);
      expect(() => decoder.push(utf8('ok\n'))).toThrow(FramingError);
      expect(() => decoder.end()).toThrow(FramingError);
    });

    it('stays closed rather than resuming mid-line after an endless line', () => {
      const decoder = new LineDecoder({ maxLineBytes: 4 });
      expect(() => decoder.push(utf8('xxxxx'))).toThrow(FramingError);
      expect(() => decoder.push(utf8('\nnext\n'))).toThrow(FramingError);
    });
  });

  describe('linear time', () => {
    it('takes linear time for an endless line below the limit, pushed one byte at a time', () => {
      const n = 65_536;
      const views = Array.from({ length: 2 * n }, () => utf8('x'));
      expectLinearTime('an endless line, one byte per push', n, (size) => {
        const decoder = new LineDecoder({ maxLineBytes: 4 * n });
        for (let i = 0; i < size; i++) decoder.push(views[i]!);
      });
    });

    it('takes linear time for many short lines, pushed one byte at a time', () => {
      const n = 32_768;
      const data = utf8('line 42\n'.repeat((2 * n) / 8));
      const views = chunksOf(data, 1);
      expectLinearTime('short lines, one byte per push', n, (size) => {
        const decoder = new LineDecoder();
        for (let i = 0; i < size; i++) decoder.push(views[i]!);
      });
    });

    it('takes linear time for many short lines in one big chunk', () => {
      const n = 262_144;
      const data = utf8('fifteen bytes!!\n'.repeat((2 * n) / 16));
      const halves = new Map([
        [n, data.slice(0, n)],
        [2 * n, data],
      ]);
      expectLinearTime('one chunk of 16-byte lines', n, (size) => {
        new LineDecoder().push(halves.get(size) ?? data.slice(0, size));
      });
    });

    it('returns the right lines from a 300 KB chunk of short lines', () => {
      const data = bytes('first\r\n', 'é€😀 line\n'.repeat(20_000), 'last\n');
      const lines = new LineDecoder().push(data);
      expect(lines.length).toBe(20_002);
      expect(lines[0]).toBe('first');
      expect(lines[10_000]).toBe('é€😀 line');
      expect(lines.at(-1)).toBe('last');
    });
  });
});
