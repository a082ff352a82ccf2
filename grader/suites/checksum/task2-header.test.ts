import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { PacketError, ipv4HeaderChecksum, parseIPv4Header } from '@impl/checksum';
import { hex, patched, referenceSum } from './reference.ts';

interface Fields {
  tos: number;
  totalLength: number;
  identification: number;
  flags: number;
  offsetUnits: number;
  ttl: number;
  protocol: number;
  checksum: number;
  source: number[];
  destination: number[];
  options: number[];
}

/** An IPv4 header laid out by hand (RFC 791 §3.1); the checksum field holds whatever `checksum` says. */
function headerOf(f: Fields): Uint8Array {
  const flagsAndOffset = f.flags * 0x2000 + f.offsetUnits;
  return Uint8Array.of(
    0x40 + 5 + f.options.length / 4,
    f.tos,
    Math.floor(f.totalLength / 256),
    f.totalLength % 256,
    Math.floor(f.identification / 256),
    f.identification % 256,
    Math.floor(flagsAndOffset / 256),
    flagsAndOffset % 256,
    f.ttl,
    f.protocol,
    Math.floor(f.checksum / 256),
    f.checksum % 256,
    ...f.source,
    ...f.destination,
    ...f.options,
  );
}

/** The correct header checksum of `header`, computed with the checksum field as zero. */
function referenceHeaderChecksum(header: Uint8Array): number {
  const copy = header.slice();
  copy[10] = 0;
  copy[11] = 0;
  return 0xffff - referenceSum(copy);
}

const byte = fc.nat(255);
const fields: fc.Arbitrary<Fields> = fc.record({
  tos: byte,
  totalLength: fc.nat(0xffff),
  identification: fc.nat(0xffff),
  flags: fc.nat(7),
  offsetUnits: fc.nat(0x1fff),
  ttl: byte,
  protocol: byte,
  checksum: fc.nat(0xffff),
  source: fc.array(byte, { minLength: 4, maxLength: 4 }),
  destination: fc.array(byte, { minLength: 4, maxLength: 4 }),
  options: fc.nat(10).chain((words) => fc.array(byte, { minLength: 4 * words, maxLength: 4 * words })),
});

// The worked example used everywhere: UDP from 192.168.0.1 to 192.168.0.199, checksum 0xb861.
const HEADER = hex('4500 0073 0000 4000 4011 b861 c0a8 0001 c0a8 00c7');
// IHL 6 with a Router Alert option (RFC 2113), then UDP 1234 -> 5678 carrying "xyz": checksum 0xf647.
const WITH_OPTIONS = hex('4600 0023 4242 0000 0111 f647 c000 0201 c633 6407 9404 0000 04d2 162e 000b 0622 7879 7a');

const malformedHeaders: Array<[string, Uint8Array, RegExp]> = [
  ['an empty buffer', new Uint8Array(0), /./],
  ['19 bytes, one short of a header', HEADER.slice(0, 19), /./],
  ['IP version 6', patched(HEADER, { 0: 0x65 }), /version/i],
  ['IP version 0', patched(HEADER, { 0: 0x05 }), /version/i],
  ['IHL 4, below the minimum of 5', patched(HEADER, { 0: 0x44 }), /IHL|header length/i],
  ['IHL 0', patched(HEADER, { 0: 0x40 }), /IHL|header length/i],
  ['IHL 6 with only 20 bytes', patched(HEADER, { 0: 0x46 }), /./],
  ['IHL 15 with only 59 bytes', patched(Uint8Array.of(...HEADER, ...new Array<number>(39).fill(1)), { 0: 0x4f }), /./],
];

describe('task 2: the ipv4 header', () => {
  describe('parseIPv4Header', () => {
    it('reads every field of 4500 0073 0000 4000 4011 b861 c0a8 0001 c0a8 00c7', () => {
      expect(parseIPv4Header(HEADER)).toEqual({
        version: 4,
        ihl: 5,
        tos: 0,
        totalLength: 115,
        identification: 0,
        dontFragment: true,
        moreFragments: false,
        fragmentOffset: 0,
        ttl: 64,
        protocol: 17,
        checksum: 0xb861,
        source: '192.168.0.1',
        destination: '192.168.0.199',
        options: new Uint8Array(0),
      });
    });

    it('reads the type of service from byte 1 (0xb8 is DSCP EF)', () => {
      expect(parseIPv4Header(patched(HEADER, { 1: 0xb8 })).tos).toBe(0xb8);
    });

    it('reads 16-bit fields big-endian: total length 05 dc is 1500 and identification 1c 46 is 7238', () => {
      const header = parseIPv4Header(patched(HEADER, { 2: 0x05, 3: 0xdc, 4: 0x1c, 5: 0x46 }));
      expect(header.totalLength).toBe(1500);
      expect(header.identification).toBe(0x1c46);
    });

    it('reads the checksum field as it is, even when it is wrong', () => {
      expect(parseIPv4Header(patched(HEADER, { 10: 0x12, 11: 0x34 })).checksum).toBe(0x1234);
    });

    it('reads DF from bit 0x4000 and MF from bit 0x2000, and ignores the reserved bit 0x8000', () => {
      const flags = (byte6: number) => {
        const { dontFragment, moreFragments } = parseIPv4Header(patched(HEADER, { 6: byte6 }));
        return { dontFragment, moreFragments };
      };
      expect(flags(0x40)).toEqual({ dontFragment: true, moreFragments: false });
      expect(flags(0x20)).toEqual({ dontFragment: false, moreFragments: true });
      expect(flags(0x60)).toEqual({ dontFragment: true, moreFragments: true });
      expect(flags(0x80)).toEqual({ dontFragment: false, moreFragments: false });
    });

    it('gives the fragment offset in bytes: field 185 is offset 1480', () => {
      expect(parseIPv4Header(patched(HEADER, { 6: 0x20, 7: 0xb9 })).fragmentOffset).toBe(1480);
    });

    it('keeps the flags out of the fragment offset: 0x60b9 is still offset 1480', () => {
      expect(parseIPv4Header(patched(HEADER, { 6: 0x60, 7: 0xb9 })).fragmentOffset).toBe(1480);
    });

    it('reads the largest offset, 0x1fff units, as 65528 bytes', () => {
      expect(parseIPv4Header(patched(HEADER, { 6: 0x1f, 7: 0xff })).fragmentOffset).toBe(65528);
    });

    it('writes addresses in dotted decimal, from 0.0.0.0 to 255.255.255.255', () => {
      const header = patched(HEADER, { 12: 0, 13: 0, 14: 0, 15: 0, 16: 255, 17: 255, 18: 255, 19: 255 });
      expect(parseIPv4Header(header).source).toBe('0.0.0.0');
      expect(parseIPv4Header(header).destination).toBe('255.255.255.255');
    });

    it('returns the options of an IHL 6 header (Router Alert 94 04 00 00)', () => {
      const header = parseIPv4Header(WITH_OPTIONS);
      expect(header.ihl).toBe(6);
      expect(header.options).toEqual(Uint8Array.of(0x94, 0x04, 0x00, 0x00));
      expect(header.source).toBe('192.0.2.1');
      expect(header.destination).toBe('198.51.100.7');
    });

    it('returns 40 bytes of options for IHL 15', () => {
      const options = Array.from({ length: 40 }, (_, i) => i + 1);
      const header = Uint8Array.of(0x4f, ...HEADER.slice(1), ...options);
      expect(parseIPv4Header(header).options).toEqual(Uint8Array.from(options));
    });

    it('returns the options as a copy: changing the packet afterwards leaves them alone', () => {
      const packet = WITH_OPTIONS.slice();
      const header = parseIPv4Header(packet);
      packet[20] = 0;
      expect(header.options).toEqual(Uint8Array.of(0x94, 0x04, 0x00, 0x00));
    });

    it('reads a bare 20-byte header whose total length promises 115 bytes', () => {
      expect(parseIPv4Header(HEADER).totalLength).toBe(115);
    });

    it('reads only the header of a whole packet', () => {
      expect(parseIPv4Header(WITH_OPTIONS).totalLength).toBe(35);
      expect(parseIPv4Header(WITH_OPTIONS).options).toHaveLength(4);
    });

    it.each(malformedHeaders)('rejects %s', (_name, packet, message) => {
      expect(() => parseIPv4Header(packet)).toThrow(PacketError);
      expect(() => parseIPv4Header(packet)).toThrow(message);
    });

    it('rejects a plain array of bytes', () => {
      expect(() => parseIPv4Header([...HEADER] as unknown as Uint8Array)).toThrow(PacketError);
    });

    it('property: reads back every field of any well-formed header', () => {
      fc.assert(
        fc.property(fields, (f) => {
          expect(parseIPv4Header(headerOf(f))).toEqual({
            version: 4,
            ihl: 5 + f.options.length / 4,
            tos: f.tos,
            totalLength: f.totalLength,
            identification: f.identification,
            dontFragment: (f.flags & 2) !== 0,
            moreFragments: (f.flags & 1) !== 0,
            fragmentOffset: f.offsetUnits * 8,
            ttl: f.ttl,
            protocol: f.protocol,
            checksum: f.checksum,
            source: f.source.join('.'),
            destination: f.destination.join('.'),
            options: Uint8Array.from(f.options),
          });
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('ipv4HeaderChecksum', () => {
    it('computes 0xb861 for 4500 0073 0000 4000 4011 xxxx c0a8 0001 c0a8 00c7', () => {
      expect(ipv4HeaderChecksum(HEADER)).toBe(0xb861);
    });

    it('counts the checksum field as zero, whatever it holds', () => {
      expect(ipv4HeaderChecksum(patched(HEADER, { 10: 0, 11: 0 }))).toBe(0xb861);
      expect(ipv4HeaderChecksum(patched(HEADER, { 10: 0xff, 11: 0xff }))).toBe(0xb861);
      expect(ipv4HeaderChecksum(patched(HEADER, { 10: 0x12, 11: 0x34 }))).toBe(0xb861);
    });

    it('covers the options: 0xf647 for the IHL 6 header with Router Alert', () => {
      expect(ipv4HeaderChecksum(WITH_OPTIONS)).toBe(0xf647);
      expect(ipv4HeaderChecksum(patched(WITH_OPTIONS, { 21: 0x05 }))).toBe(0xf646);
    });

    it('stops at the end of the header: the payload after it does not count', () => {
      expect(ipv4HeaderChecksum(Uint8Array.of(...HEADER, 0xde, 0xad, 0xbe, 0xef, 0x01))).toBe(0xb861);
    });

    it('covers every header field, for example the TTL and the addresses', () => {
      expect(ipv4HeaderChecksum(patched(HEADER, { 8: 63 }))).toBe(0xb961);
      expect(ipv4HeaderChecksum(patched(HEADER, { 19: 0xc8 }))).toBe(0xb860);
    });

    it.each(malformedHeaders)('rejects %s', (_name, packet) => {
      expect(() => ipv4HeaderChecksum(packet)).toThrow(PacketError);
    });

    it('property: equals the reference checksum of any header, options included', () => {
      fc.assert(
        fc.property(fields, (f) => {
          const header = headerOf(f);
          expect(ipv4HeaderChecksum(header)).toBe(referenceHeaderChecksum(header));
        }),
        { numRuns: 200 },
      );
    });

    it('property: written into its field, it makes the whole header sum to 0xffff', () => {
      fc.assert(
        fc.property(fields, (f) => {
          const header = headerOf(f);
          const checksum = ipv4HeaderChecksum(header);
          header[10] = checksum >> 8;
          header[11] = checksum & 0xff;
          expect(referenceSum(header)).toBe(0xffff);
        }),
        { numRuns: 200 },
      );
    });

    it('property: bytes after the header never change it', () => {
      fc.assert(
        fc.property(fields, fc.uint8Array({ minLength: 1, maxLength: 40 }), (f, payload) => {
          const header = headerOf(f);
          expect(ipv4HeaderChecksum(Uint8Array.of(...header, ...payload))).toBe(ipv4HeaderChecksum(header));
        }),
        { numRuns: 200 },
      );
    });
  });
});
