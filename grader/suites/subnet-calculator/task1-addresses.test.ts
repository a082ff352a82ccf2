import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { AddressError, formatIPv4, maskToPrefix, parseIPv4, prefixToMask } from '@impl/subnet-calculator';

const uint32 = fc.integer({ min: 0, max: 0xffffffff });
const prefixLength = fc.integer({ min: 0, max: 32 });
const STRICT_DOTTED = /^(0|[1-9][0-9]{0,2})(\.(0|[1-9][0-9]{0,2})){3}$/;

/** The mask for a prefix, computed with arithmetic only. */
const maskOf = (prefix: number): number => 2 ** 32 - 2 ** (32 - prefix);

describe('task 1: addresses and masks', () => {
  describe('AddressError', () => {
    it('is what invalid input throws: an Error named AddressError with a message', () => {
      let thrown: unknown;
      try {
        parseIPv4('1.2.3');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(AddressError);
      expect(thrown).toBeInstanceOf(Error);
      expect((thrown as Error).name).toBe('AddressError');
      expect((thrown as Error).message).not.toBe('');
    });
  });

  describe('parseIPv4', () => {
    it('parses 192.168.0.100 into 3232235620', () => {
      expect(parseIPv4('192.168.0.100')).toBe(3232235620);
    });

    it('parses 0.0.0.0 into 0', () => {
      expect(parseIPv4('0.0.0.0')).toBe(0);
    });

    it('parses 255.255.255.255 into 4294967295 (unsigned, not -1)', () => {
      expect(parseIPv4('255.255.255.255')).toBe(4294967295);
    });

    it('parses 128.0.0.0 into 2147483648 (unsigned, not negative)', () => {
      expect(parseIPv4('128.0.0.0')).toBe(2147483648);
    });

    it('reads the octets most significant first (1.2.3.4 is 16909060)', () => {
      expect(parseIPv4('1.2.3.4')).toBe(16909060);
    });

    it('accepts a lone 0 and three-digit octets such as 10.0.100.200', () => {
      expect(parseIPv4('10.0.100.200')).toBe(167797960);
    });

    it.each([
      ['rejects leading zeros such as 192.168.01.1', '192.168.01.1'],
      ['rejects an octal-looking octet such as 010.0.0.1', '010.0.0.1'],
      ['rejects a doubled zero such as 00.0.0.0', '00.0.0.0'],
      ['rejects an octet of 256 such as 192.168.0.256', '192.168.0.256'],
      ['rejects a four-digit octet such as 1.2.3.1000', '1.2.3.1000'],
      ['rejects three octets such as 192.168.0', '192.168.0'],
      ['rejects five octets such as 1.2.3.4.5', '1.2.3.4.5'],
      ['rejects an empty octet such as 1.2..4', '1.2..4'],
      ['rejects a trailing dot such as "1.2.3.4."', '1.2.3.4.'],
      ['rejects a leading dot such as ".1.2.3"', '.1.2.3'],
      ['rejects the empty string', ''],
      ['rejects leading whitespace such as " 1.2.3.4"', ' 1.2.3.4'],
      ['rejects trailing whitespace such as "1.2.3.4 "', '1.2.3.4 '],
      ['rejects a trailing newline after the last octet', '1.2.3.4\n'],
      ['rejects a space inside such as "1.2. 3.4"', '1.2. 3.4'],
      ['rejects a plus sign such as 1.2.+3.4', '1.2.+3.4'],
      ['rejects a minus sign such as 1.2.-3.4', '1.2.-3.4'],
      ['rejects a hex octet such as 0x7f.0.0.1', '0x7f.0.0.1'],
      ['rejects an exponent such as 1e2.0.0.1', '1e2.0.0.1'],
      ['rejects a trailing letter such as 1.2.3.4a', '1.2.3.4a'],
      ['rejects non-ASCII digits such as fullwidth \uff11.2.3.4', '\uff11.2.3.4'],
      ['rejects non-ASCII digits such as Arabic-Indic \u0661.2.3.4', '\u0661.2.3.4'],
      ['rejects commas instead of dots such as 1,2,3,4', '1,2,3,4'],
      ['rejects a bare integer such as 3232235620', '3232235620'],
    ])('%s', (_name, text) => {
      expect(() => parseIPv4(text)).toThrow(AddressError);
    });

    it('names the bad octet in the error message for 192.168.01.1', () => {
      expect(() => parseIPv4('192.168.01.1')).toThrow(/01/);
    });

    it('rejects non-string arguments (number, null, undefined, array)', () => {
      for (const value of [3232235620, null, undefined, ['1', '2', '3', '4']]) {
        expect(() => parseIPv4(value as unknown as string)).toThrow(AddressError);
      }
    });

    it('property: formatIPv4 then parseIPv4 gives back any uint32', () => {
      fc.assert(
        fc.property(uint32, (value) => parseIPv4(formatIPv4(value)) === value),
        { numRuns: 200 },
      );
    });

    it('property: any well-formed dotted quad parses to the sum of its octets times powers of 256', () => {
      fc.assert(
        fc.property(fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)), ([a, b, c, d]) => {
          expect(parseIPv4(`${a}.${b}.${c}.${d}`)).toBe(((a * 256 + b) * 256 + c) * 256 + d);
        }),
        { numRuns: 200 },
      );
    });

    it('property: rejects every non-strict inet_aton form (hex, octal, short forms)', () => {
      fc.assert(
        fc.property(
          fc.ipV4Extended().filter((text) => !STRICT_DOTTED.test(text)),
          (text) => {
            expect(() => parseIPv4(text)).toThrow(AddressError);
          },
        ),
        { numRuns: 200 },
      );
    });

    it('property: rejects any octet written with a leading zero', () => {
      fc.assert(
        fc.property(fc.nat(255), fc.integer({ min: 1, max: 2 }), fc.nat(3), (octet, zeros, position) => {
          const octets = ['10', '20', '30', '40'];
          octets[position] = '0'.repeat(zeros) + String(octet);
          expect(() => parseIPv4(octets.join('.'))).toThrow(AddressError);
        }),
        { numRuns: 200 },
      );
    });

    it('property: rejects any octet from 256 to 999', () => {
      fc.assert(
        fc.property(fc.integer({ min: 256, max: 999 }), fc.nat(3), (octet, position) => {
          const octets = ['1', '2', '3', '4'];
          octets[position] = String(octet);
          expect(() => parseIPv4(octets.join('.'))).toThrow(AddressError);
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('formatIPv4', () => {
    it('formats 3232235620 as 192.168.0.100', () => {
      expect(formatIPv4(3232235620)).toBe('192.168.0.100');
    });

    it('formats 0 and 4294967295', () => {
      expect(formatIPv4(0)).toBe('0.0.0.0');
      expect(formatIPv4(4294967295)).toBe('255.255.255.255');
    });

    it('formats 2147483648 as 128.0.0.0', () => {
      expect(formatIPv4(2147483648)).toBe('128.0.0.0');
    });

    it.each([
      ['rejects a negative number such as -1', -1],
      ['rejects 2^32 (4294967296)', 2 ** 32],
      ['rejects a fraction such as 1.5', 1.5],
      ['rejects NaN', NaN],
      ['rejects Infinity', Infinity],
    ])('%s', (_name, value) => {
      expect(() => formatIPv4(value)).toThrow(AddressError);
    });

    it('rejects a numeric string', () => {
      expect(() => formatIPv4('3232235620' as unknown as number)).toThrow(AddressError);
    });

    it('property: parseIPv4 then formatIPv4 gives back any strict dotted quad', () => {
      fc.assert(
        fc.property(fc.ipV4(), (text) => formatIPv4(parseIPv4(text)) === text),
        { numRuns: 200 },
      );
    });

    it('property: rejects every integer at or above 2^32 and every negative integer', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.integer({ min: 2 ** 32, max: Number.MAX_SAFE_INTEGER }),
            fc.integer({ min: Number.MIN_SAFE_INTEGER, max: -1 }),
          ),
          (value) => {
            expect(() => formatIPv4(value)).toThrow(AddressError);
          },
        ),
        { numRuns: 200 },
      );
    });
  });

  describe('prefixToMask', () => {
    it('turns /24 into 255.255.255.0 (4294967040)', () => {
      expect(prefixToMask(24)).toBe(4294967040);
    });

    it('turns /0 into 0 (JavaScript shifts are taken mod 32)', () => {
      expect(prefixToMask(0)).toBe(0);
    });

    it('turns /32 into 4294967295', () => {
      expect(prefixToMask(32)).toBe(4294967295);
    });

    it('turns /1 into 2147483648 (unsigned, not negative)', () => {
      expect(prefixToMask(1)).toBe(2147483648);
    });

    it('turns /20 into 255.255.240.0', () => {
      expect(formatIPv4(prefixToMask(20))).toBe('255.255.240.0');
    });

    it.each([
      ['rejects a negative prefix such as -1', -1],
      ['rejects prefix 33', 33],
      ['rejects a fractional prefix such as 24.5', 24.5],
      ['rejects a NaN prefix', NaN],
    ])('%s', (_name, value) => {
      expect(() => prefixToMask(value)).toThrow(AddressError);
    });

    it('rejects the string "24"', () => {
      expect(() => prefixToMask('24' as unknown as number)).toThrow(AddressError);
    });

    it('rejects prefix 33 with a message naming it', () => {
      expect(() => prefixToMask(33)).toThrow(/33/);
    });

    it('returns the right unsigned mask for every prefix from 0 to 32', () => {
      for (let prefix = 0; prefix <= 32; prefix++) {
        expect(prefixToMask(prefix), `prefix ${prefix}`).toBe(maskOf(prefix));
      }
    });
  });

  describe('maskToPrefix', () => {
    it('turns 255.255.240.0 into 20', () => {
      expect(maskToPrefix('255.255.240.0')).toBe(20);
    });

    it('turns 0xffffff00 into 24', () => {
      expect(maskToPrefix(0xffffff00)).toBe(24);
    });

    it('turns 0.0.0.0 and 0 into 0', () => {
      expect(maskToPrefix('0.0.0.0')).toBe(0);
      expect(maskToPrefix(0)).toBe(0);
    });

    it('turns 255.255.255.255 and 4294967295 into 32', () => {
      expect(maskToPrefix('255.255.255.255')).toBe(32);
      expect(maskToPrefix(4294967295)).toBe(32);
    });

    it.each(['255.0.255.0', '255.255.255.1', '0.255.255.255', '255.255.253.0', '127.0.0.0', '0.0.0.1'])(
      'rejects the non-contiguous mask %s',
      (mask) => {
        expect(() => maskToPrefix(mask)).toThrow(AddressError);
      },
    );

    it('rejects the non-contiguous numeric mask 0xff00ff00', () => {
      expect(() => maskToPrefix(0xff00ff00)).toThrow(AddressError);
    });

    it('rejects an invalid mask address such as 255.255.255.256 or 255.255.0', () => {
      expect(() => maskToPrefix('255.255.255.256')).toThrow(AddressError);
      expect(() => maskToPrefix('255.255.0')).toThrow(AddressError);
    });

    it('rejects numeric masks that are negative, fractional or too large', () => {
      expect(() => maskToPrefix(-256)).toThrow(AddressError);
      expect(() => maskToPrefix(4294967040.5)).toThrow(AddressError);
      expect(() => maskToPrefix(2 ** 32)).toThrow(AddressError);
    });

    it('property: maskToPrefix undoes prefixToMask, as a number and as a dotted string', () => {
      fc.assert(
        fc.property(prefixLength, (prefix) => {
          expect(maskToPrefix(prefixToMask(prefix))).toBe(prefix);
          expect(maskToPrefix(formatIPv4(prefixToMask(prefix)))).toBe(prefix);
        }),
        { numRuns: 200 },
      );
    });

    it('property: rejects every uint32 that is not one of the 33 contiguous masks', () => {
      const masks = new Set(Array.from({ length: 33 }, (_, prefix) => maskOf(prefix)));
      fc.assert(
        fc.property(
          uint32.filter((value) => !masks.has(value)),
          (value) => {
            expect(() => maskToPrefix(value)).toThrow(AddressError);
            expect(() => maskToPrefix(formatIPv4(value))).toThrow(AddressError);
          },
        ),
        { numRuns: 200 },
      );
    });

    it('property: rejects a contiguous mask with one extra bit set among the zeros', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 30 }), fc.nat(), (prefix, pick) => {
          const hostBit = 2 ** (pick % (31 - prefix));
          expect(() => maskToPrefix(maskOf(prefix) + hostBit)).toThrow(AddressError);
        }),
        { numRuns: 200 },
      );
    });
  });
});
