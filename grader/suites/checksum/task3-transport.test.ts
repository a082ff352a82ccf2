import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { PacketError, transportChecksum } from '@impl/checksum';
import {
  CHECKSUM_AT, ICMP, ICMP_ECHO, MIN_LENGTH, PADDED_ACK, TCP, TCP_SYN, UDP, UDP_PACKET, UDP_ZERO, WITH_OPTIONS, hex, patched, referenceSum,
} from './reference.ts';

/** A datagram to lay out by hand. */
interface Spec {
  protocol: number;
  source: number[];
  destination: number[];
  /** IP options, a multiple of 4 bytes. */
  options: number[];
  flagsAndOffset: number;
  /** The transport segment, its checksum field as given. */
  segment: Uint8Array;
  /** Link-layer bytes after the datagram, outside its total length. */
  padding: Uint8Array;
}

/** The datagram's bytes; the IP header checksum is left at zero, since transportChecksum ignores it. */
function assemble(spec: Spec): Uint8Array {
  const headerLength = 20 + spec.options.length;
  const totalLength = headerLength + spec.segment.length;
  return Uint8Array.of(
    0x40 + headerLength / 4, 0, Math.floor(totalLength / 256), totalLength % 256,
    0x12, 0x34, Math.floor(spec.flagsAndOffset / 256), spec.flagsAndOffset % 256,
    64, spec.protocol, 0, 0,
    ...spec.source, ...spec.destination, ...spec.options, ...spec.segment, ...spec.padding,
  );
}

/** RFC 768 / RFC 9293 / RFC 792, computed the obvious way with a pseudo-header built byte by byte. */
function referenceTransportChecksum(spec: Spec): number {
  const segment = spec.segment.slice();
  segment[CHECKSUM_AT[spec.protocol]!] = 0;
  segment[CHECKSUM_AT[spec.protocol]! + 1] = 0;
  const length = segment.length;
  const pseudoHeader =
    spec.protocol === ICMP
      ? []
      : [...spec.source, ...spec.destination, 0, spec.protocol, Math.floor(length / 256), length % 256];
  const checksum = 0xffff - referenceSum([...pseudoHeader, ...segment]);
  return spec.protocol === UDP && checksum === 0 ? 0xffff : checksum;
}

const byte = fc.nat(255);
const address = fc.array(byte, { minLength: 4, maxLength: 4 });

/** A random segment of `protocol`, long enough for its header; TCP gets a data offset that fits. */
function segmentOf(protocol: number): fc.Arbitrary<Uint8Array> {
  const bytes = fc.uint8Array({ minLength: MIN_LENGTH[protocol]!, maxLength: 64 });
  if (protocol !== TCP) return bytes;
  return bytes.chain((segment) =>
    fc.integer({ min: 5, max: Math.min(15, Math.floor(segment.length / 4)) }).map((words) => patched(segment, { 12: words * 16 + (segment[12]! % 16) })),
  );
}

const specs: fc.Arbitrary<Spec> = fc.constantFrom(ICMP, TCP, UDP).chain((protocol) =>
  fc.record({
    protocol: fc.constant(protocol),
    source: address,
    destination: address,
    options: fc.nat(6).chain((words) => fc.array(byte, { minLength: 4 * words, maxLength: 4 * words })),
    flagsAndOffset: fc.constantFrom(0, 0x4000),
    segment: segmentOf(protocol),
    padding: fc.uint8Array({ maxLength: 6 }),
  }),
);

// TCP whose checksum computes to 0, which TCP sends as 0.
const TCP_ZERO = hex(
  '4500 002a 0003 4000 4006 26c9 0a00 0001 0a00 0002 c350 0050 0000 0001 0000 0000 5018 0200 0000 0000 d626',
);

describe('task 3: transport checksums', () => {
  describe('examples', () => {
    it('computes 0x8888 for UDP 192.168.0.1:12345 -> 192.168.0.199:53 carrying "abcd"', () => {
      expect(transportChecksum(UDP_PACKET)).toBe(0x8888);
    });

    it('computes 0xc591 for a TCP SYN with an MSS option', () => {
      expect(transportChecksum(TCP_SYN)).toBe(0xc591);
    });

    it('computes 0x2168 for an ICMP echo request with an odd-length payload, without a pseudo-header', () => {
      expect(transportChecksum(ICMP_ECHO)).toBe(0x2168);
    });

    it('finds the segment after IP options (IHL 6) and pads its odd last byte: UDP checksum 0x0622', () => {
      expect(transportChecksum(WITH_OPTIONS)).toBe(0x0622);
    });

    it('ignores link-layer padding after the total length: TCP checksum 0xd82e', () => {
      expect(transportChecksum(PADDED_ACK)).toBe(0xd82e);
    });

    it('counts the checksum field as zero, whatever it holds', () => {
      expect(transportChecksum(patched(UDP_PACKET, { 26: 0, 27: 0 }))).toBe(0x8888);
      expect(transportChecksum(patched(TCP_SYN, { 36: 0x12, 37: 0x34 }))).toBe(0xc591);
      expect(transportChecksum(patched(ICMP_ECHO, { 22: 0xff, 23: 0xff }))).toBe(0x2168);
    });

    it('ignores the IP header checksum and the TTL, which are not in the pseudo-header', () => {
      expect(transportChecksum(patched(UDP_PACKET, { 8: 1, 10: 0, 11: 0 }))).toBe(0x8888);
    });

    it('sends a computed UDP checksum of 0 as 0xffff (RFC 768)', () => {
      expect(transportChecksum(UDP_ZERO)).toBe(0xffff);
    });

    it('keeps a computed TCP checksum of 0 as 0: only UDP reserves 0', () => {
      expect(transportChecksum(TCP_ZERO)).toBe(0x0000);
    });

    it("takes the pseudo-header length from the IP header, not from UDP's length field", () => {
      // The UDP length field says 16, but the IP header leaves 12 bytes for the segment.
      expect(transportChecksum(patched(UDP_PACKET, { 25: 0x10 }))).toBe(0x8884);
    });

    it('puts the protocol number in the pseudo-header: the same bytes as TCP and as UDP differ', () => {
      const asTcp = assemble({
        protocol: TCP,
        source: [10, 0, 0, 1],
        destination: [10, 0, 0, 2],
        options: [],
        flagsAndOffset: 0,
        segment: TCP_ZERO.slice(20),
        padding: new Uint8Array(0),
      });
      expect(transportChecksum(asTcp)).toBe(0x0000);
      expect(transportChecksum(patched(asTcp, { 9: UDP }))).toBe(0xfff5);
    });

    it('treats DF alone as unfragmented', () => {
      expect(UDP_PACKET[6]).toBe(0x40);
      expect(transportChecksum(UDP_PACKET)).toBe(0x8888);
    });
  });

  describe('rejections', () => {
    it.each([
      ['the first fragment (MF set, offset 0)', { 6: 0x20, 7: 0x00 }],
      ['a middle fragment (MF set, offset 1480)', { 6: 0x20, 7: 0xb9 }],
      ['the last fragment (MF clear, offset 1480)', { 6: 0x00, 7: 0xb9 }],
      ['the last fragment with DF set (offset 8)', { 6: 0x40, 7: 0x01 }],
      ['a fragment with only the top offset bit set (offset 32768)', { 6: 0x10, 7: 0x00 }],
    ])('rejects %s, naming it a fragment', (_name, changes) => {
      const fragment = patched(UDP_PACKET, changes);
      expect(() => transportChecksum(fragment)).toThrow(PacketError);
      expect(() => transportChecksum(fragment)).toThrow(/fragment/i);
    });

    it.each([
      ['GRE (47)', 47],
      ['ICMPv6 (58), which has no place in IPv4', 58],
      ['protocol 0', 0],
    ])('rejects an unsupported protocol: %s, naming its number', (_name, protocol) => {
      expect(() => transportChecksum(patched(UDP_PACKET, { 9: protocol }))).toThrow(PacketError);
      expect(() => transportChecksum(patched(UDP_PACKET, { 9: protocol }))).toThrow(String(protocol));
    });

    it.each([
      ['a bare header whose total length promises 115 bytes', hex('4500 0073 0000 4000 4011 b861 c0a8 0001 c0a8 00c7')],
      ['a total length larger than the buffer', patched(UDP_PACKET, { 3: 0x21 })],
      ['a total length smaller than the header', patched(UDP_PACKET, { 3: 0x13 })],
      ['a total length smaller than the IHL 6 header', patched(WITH_OPTIONS, { 3: 0x16 })],
      ['IP version 6', patched(UDP_PACKET, { 0: 0x65 })],
      ['IHL 4', patched(UDP_PACKET, { 0: 0x44 })],
      ['a UDP segment of 7 bytes', patched(UDP_PACKET.slice(0, 27), { 3: 27 })],
      ['an ICMP segment of 3 bytes', patched(ICMP_ECHO.slice(0, 23), { 3: 23 })],
      ['a TCP segment of 19 bytes', patched(TCP_SYN.slice(0, 39), { 3: 39 })],
      ['a TCP data offset of 4 words (16 bytes)', patched(TCP_SYN, { 32: 0x42 })],
      ['a TCP data offset of 7 words (28 bytes) in a 24-byte segment', patched(TCP_SYN, { 32: 0x72 })],
      ['a TCP data offset of 6 words in a 20-byte segment', patched(TCP_SYN.slice(0, 40), { 3: 40 })],
    ])('rejects %s', (_name, packet) => {
      expect(() => transportChecksum(packet)).toThrow(PacketError);
    });

    it('rejects a plain array of bytes', () => {
      expect(() => transportChecksum([...UDP_PACKET] as unknown as Uint8Array)).toThrow(PacketError);
    });

    it('accepts the shortest segments: ICMP of 4 bytes, UDP of 8, TCP of 20', () => {
      const base = { source: [1, 2, 3, 4], destination: [5, 6, 7, 8], options: [], flagsAndOffset: 0, padding: new Uint8Array(0) };
      const icmp = { ...base, protocol: ICMP, segment: hex('0000 0000') };
      const udp = { ...base, protocol: UDP, segment: hex('0035 0035 0008 0000') };
      const tcp = { ...base, protocol: TCP, segment: hex('0050 0050 0000 0000 0000 0000 5000 0000 0000 0000') };
      for (const spec of [icmp, udp, tcp]) {
        expect(transportChecksum(assemble(spec))).toBe(referenceTransportChecksum(spec));
      }
    });
  });

  describe('properties', () => {
    it('property: equals the reference checksum for any unfragmented TCP, UDP or ICMP packet', () => {
      fc.assert(
        fc.property(specs, (spec) => {
          expect(transportChecksum(assemble(spec))).toBe(referenceTransportChecksum(spec));
        }),
        { numRuns: 200 },
      );
    });

    it('property: never gives 0 for UDP', () => {
      fc.assert(
        fc.property(specs.filter((spec) => spec.protocol === UDP), (spec) => {
          expect(transportChecksum(assemble(spec))).not.toBe(0);
        }),
        { numRuns: 200 },
      );
    });

    it('property: bytes after the total length never change it', () => {
      fc.assert(
        fc.property(specs, fc.uint8Array({ minLength: 1, maxLength: 20 }), (spec, padding) => {
          expect(transportChecksum(assemble({ ...spec, padding }))).toBe(transportChecksum(assemble({ ...spec, padding: new Uint8Array(0) })));
        }),
        { numRuns: 200 },
      );
    });

    it('property: rejects every fragment, first, middle or last', () => {
      fc.assert(
        fc.property(specs, fc.boolean(), fc.nat(0x1fff), (spec, moreFragments, offsetUnits) => {
          fc.pre(moreFragments || offsetUnits > 0);
          const flagsAndOffset = (moreFragments ? 0x2000 : 0) + offsetUnits;
          expect(() => transportChecksum(assemble({ ...spec, flagsAndOffset }))).toThrow(PacketError);
        }),
        { numRuns: 200 },
      );
    });
  });
});
