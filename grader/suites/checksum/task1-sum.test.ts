import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { PacketError, internetChecksum, onesComplementSum, verifyChecksum } from '@impl/checksum';
import { hex, referenceSum } from './reference.ts';

const RFC1071 = hex('0001 f203 f4f5 f6f7');
const notBytes: Array<[string, unknown]> = [
  ['a plain array', [0, 1, 2, 3]],
  ['a string', '0001f203'],
  ['null', null],
  ['undefined', undefined],
  ['an ArrayBuffer', new ArrayBuffer(4)],
  ['a Uint16Array', Uint16Array.of(1, 2)],
];

describe("task 1: ones' complement sum", () => {
  describe('PacketError', () => {
    it('is what invalid input throws: an Error named PacketError with a message', () => {
      let thrown: unknown;
      try {
        onesComplementSum('not bytes' as unknown as Uint8Array);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(PacketError);
      expect(thrown).toBeInstanceOf(Error);
      expect((thrown as Error).name).toBe('PacketError');
      expect((thrown as Error).message).not.toBe('');
    });
  });

  describe('onesComplementSum', () => {
    it('sums the RFC 1071 example 00 01 f2 03 f4 f5 f6 f7 to 0xddf2', () => {
      expect(onesComplementSum(RFC1071)).toBe(0xddf2);
    });

    it('gives 0 for no data', () => {
      expect(onesComplementSum(new Uint8Array(0))).toBe(0);
    });

    it('reads words big-endian: 01 02 is 0x0102, not 0x0201', () => {
      expect(onesComplementSum(hex('0102'))).toBe(0x0102);
      expect(onesComplementSum(hex('0102 0304'))).toBe(0x0406);
    });

    it('adds the carry back in at the bottom: ff ff + 00 01 gives 0x0001, not 0x0000', () => {
      expect(onesComplementSum(hex('ffff 0001'))).toBe(0x0001);
    });

    it('adds carries back in until none is left: 0xffff + 0xffff gives 0xffff', () => {
      expect(onesComplementSum(hex('ffff ffff'))).toBe(0xffff);
      expect(onesComplementSum(hex('ffff ffff ffff ffff ffff'))).toBe(0xffff);
    });

    it('keeps a sum of exactly 0xffff as 0xffff (negative zero), not 0', () => {
      expect(onesComplementSum(hex('8000 7fff'))).toBe(0xffff);
    });

    it('pads an odd last byte with a zero on the right: ab sums to 0xab00', () => {
      expect(onesComplementSum(hex('ab'))).toBe(0xab00);
    });

    it('pads on the right after whole words too: 00 01 f2 03 f4 sums to 0xe605', () => {
      expect(onesComplementSum(hex('0001 f203 f4'))).toBe(0xe605);
    });

    it.each([
      ['2 bytes', '1234', 0x1234],
      ['3 bytes', '1234 56', 0x6834],
      ['5 bytes', '1234 5678 9a', 0x02ad],
      ['6 bytes', '1234 5678 9abc', 0x0369],
      ['7 bytes', '1234 5678 9abc de', 0xe169],
    ])('handles a tail of any length: %s', (_name, text, sum) => {
      expect(onesComplementSum(hex(text))).toBe(sum);
    });

    it('chains sums: the sum of the first half is the initial value for the second', () => {
      expect(onesComplementSum(hex('f4f5 f6f7'), onesComplementSum(hex('0001 f203')))).toBe(0xddf2);
    });

    it('folds a carry out of the initial value: initial 0xffff plus 00 01 gives 0x0001', () => {
      expect(onesComplementSum(hex('0001'), 0xffff)).toBe(0x0001);
    });

    it('returns the initial value for no data', () => {
      expect(onesComplementSum(new Uint8Array(0), 0x1234)).toBe(0x1234);
    });

    it.each([
      ['negative', -1],
      ['above 0xffff', 0x10000],
      ['a fraction', 1.5],
      ['NaN', Number.NaN],
      ['a string', '1'],
    ])('rejects an initial value that is %s', (_name, initial) => {
      expect(() => onesComplementSum(RFC1071, initial as number)).toThrow(PacketError);
    });

    it.each(notBytes)('rejects data that is %s', (_name, data) => {
      expect(() => onesComplementSum(data as Uint8Array)).toThrow(PacketError);
    });

    it('sums a view into a larger buffer, starting at an odd byte offset, by its own bytes only', () => {
      const buffer = hex('ffff ff00 01f2 03f4 f5f6 f7ff ff');
      const view = buffer.subarray(3, 11);
      expect(view).toEqual(RFC1071);
      expect(onesComplementSum(view)).toBe(0xddf2);
      expect(onesComplementSum(buffer.subarray(3, 10))).toBe(onesComplementSum(RFC1071.slice(0, 7)));
    });

    it('sums a 16 MiB buffer exactly (no precision lost in a large running sum)', () => {
      // 256 copies of one 64 KiB block of high bytes: 2^22 32-bit words add up to about 2^54, past 2^53.
      const block = new Uint8Array(64 * 1024);
      let seed = 0x2545f491;
      for (let i = 0; i < block.length; i++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        block[i] = 0xc0 | (seed >>> 26);
      }
      const data = new Uint8Array(256 * block.length);
      for (let copy = 0; copy < 256; copy++) data.set(block, copy * block.length);
      const sum = onesComplementSum(data);
      // Ones' complement addition is addition modulo 0xffff, so 256 copies sum to 256 times the block's sum.
      expect(sum).toBe(referenceSum([], 256 * referenceSum(block)));
    });

    it('property: equals the byte-by-byte reference for any data of any length', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
          expect(onesComplementSum(data)).toBe(referenceSum(data));
        }),
        { numRuns: 200 },
      );
    });

    it('property: equals the reference with any initial value', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 64 }), fc.integer({ min: 0, max: 0xffff }), (data, initial) => {
          expect(onesComplementSum(data, initial)).toBe(referenceSum(data, initial));
        }),
        { numRuns: 200 },
      );
    });

    it('property: splitting even-length data in two and chaining gives the same sum', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 100 }), fc.nat(50), (data, half) => {
          const cut = Math.min(2 * half, data.length);
          const whole = onesComplementSum(data);
          const chained = onesComplementSum(data.subarray(cut), onesComplementSum(data.subarray(0, cut)));
          expect(chained).toBe(whole);
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('internetChecksum', () => {
    it('gives the RFC 1071 example the checksum 0x220d', () => {
      expect(internetChecksum(RFC1071)).toBe(0x220d);
    });

    it('gives 0xffff for no data and for all-zero data', () => {
      expect(internetChecksum(new Uint8Array(0))).toBe(0xffff);
      expect(internetChecksum(new Uint8Array(10))).toBe(0xffff);
    });

    it('never returns a negative number: 00 01 gives 0xfffe, not -2', () => {
      expect(internetChecksum(hex('0001'))).toBe(0xfffe);
    });

    it('gives 0x0000 for data that sums to 0xffff', () => {
      expect(internetChecksum(hex('8000 7fff'))).toBe(0x0000);
    });

    it('complements the odd-length sum: ab gives 0x54ff', () => {
      expect(internetChecksum(hex('ab'))).toBe(0x54ff);
    });

    it.each(notBytes)('rejects data that is %s', (_name, data) => {
      expect(() => internetChecksum(data as Uint8Array)).toThrow(PacketError);
    });

    it('property: is 0xffff minus the reference sum for any data', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
          expect(internetChecksum(data)).toBe(0xffff - referenceSum(data));
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('verifyChecksum', () => {
    it('accepts the RFC 1071 example followed by its checksum 22 0d', () => {
      expect(verifyChecksum(hex('0001 f203 f4f5 f6f7 220d'))).toBe(true);
    });

    it('accepts the checksum anywhere at an even offset, such as the front', () => {
      expect(verifyChecksum(hex('220d 0001 f203 f4f5 f6f7'))).toBe(true);
      expect(verifyChecksum(hex('0001 f203 220d f4f5 f6f7'))).toBe(true);
    });

    it('rejects the example when one byte changes or the checksum is byte-swapped', () => {
      expect(verifyChecksum(hex('0001 f203 f4f5 f6f6 220d'))).toBe(false);
      expect(verifyChecksum(hex('0001 f203 f4f5 f6f7 0d22'))).toBe(false);
    });

    it('rejects all-zero data: its checksum would be 0xffff, not 0', () => {
      expect(verifyChecksum(new Uint8Array(8))).toBe(false);
    });

    it.each(notBytes)('rejects data that is %s', (_name, data) => {
      expect(() => verifyChecksum(data as Uint8Array)).toThrow(PacketError);
    });

    it('property: any even-length data followed by its checksum verifies', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
          const data = bytes.length % 2 === 0 ? bytes : bytes.subarray(1);
          const checksum = 0xffff - referenceSum(data);
          expect(verifyChecksum(Uint8Array.of(...data, checksum >> 8, checksum & 0xff))).toBe(true);
        }),
        { numRuns: 200 },
      );
    });

    it('property: flipping any single bit of checksummed data is detected', () => {
      fc.assert(
        fc.property(fc.uint8Array({ minLength: 2, maxLength: 200 }), fc.nat(), (bytes, bitChoice) => {
          const data = bytes.length % 2 === 0 ? bytes : bytes.subarray(1);
          const checksum = 0xffff - referenceSum(data);
          const message = Uint8Array.of(...data, checksum >> 8, checksum & 0xff);
          const bit = bitChoice % (message.length * 8);
          message[bit >> 3]! ^= 1 << (bit & 7);
          expect(verifyChecksum(message)).toBe(false);
        }),
        { numRuns: 200 },
      );
    });
  });
});
