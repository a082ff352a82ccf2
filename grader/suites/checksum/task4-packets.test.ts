import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { PacketError, fillChecksums, verifyChecksum, verifyPacket } from '@impl/checksum';
import {
  CHECKSUM_AT, ICMP, ICMP_ECHO, MIN_LENGTH, PADDED_ACK, TCP, TCP_SYN, UDP, UDP_PACKET, UDP_ZERO, WITH_OPTIONS, hex, patched, referenceSum,
} from './reference.ts';

/** A copy of `packet` with the correct IP header checksum, computed over IHL × 4 bytes. */
function withIpChecksum(packet: Uint8Array): Uint8Array {
  const copy = patched(packet, { 10: 0, 11: 0 });
  const checksum = 0xffff - referenceSum(copy.subarray(0, (copy[0]! % 16) * 4));
  return patched(copy, { 10: Math.floor(checksum / 256), 11: checksum % 256 });
}

/** A datagram to lay out by hand. */
interface Spec {
  protocol: number;
  source: number[];
  destination: number[];
  /** IP options, a multiple of 4 bytes. */
  options: number[];
  ttl: number;
  flagsAndOffset: number;
  /** The transport segment, its checksum field as given. */
  segment: Uint8Array;
  /** Link-layer bytes after the datagram, outside its total length. */
  padding: Uint8Array;
}

/** The datagram's bytes with both checksum fields as given (the IP one zero). */
function assemble(spec: Spec): Uint8Array {
  const headerLength = 20 + spec.options.length;
  const totalLength = headerLength + spec.segment.length;
  return Uint8Array.of(
    0x40 + headerLength / 4, 0, Math.floor(totalLength / 256), totalLength % 256,
    0xbe, 0xef, Math.floor(spec.flagsAndOffset / 256), spec.flagsAndOffset % 256,
    spec.ttl, spec.protocol, 0, 0,
    ...spec.source, ...spec.destination, ...spec.options, ...spec.segment, ...spec.padding,
  );
}

/** The datagram with both checksums computed the obvious way. */
function assembleCorrect(spec: Spec): Uint8Array {
  const at = CHECKSUM_AT[spec.protocol]!;
  const segment = patched(spec.segment, { [at]: 0, [at + 1]: 0 });
  const length = segment.length;
  const pseudoHeader =
    spec.protocol === ICMP
      ? []
      : [...spec.source, ...spec.destination, 0, spec.protocol, Math.floor(length / 256), length % 256];
  let checksum = 0xffff - referenceSum([...pseudoHeader, ...segment]);
  if (spec.protocol === UDP && checksum === 0) checksum = 0xffff;
  const filled = patched(segment, { [at]: Math.floor(checksum / 256), [at + 1]: checksum % 256 });
  return withIpChecksum(assemble({ ...spec, segment: filled }));
}

const byte = fc.nat(255);
const address = fc.array(byte, { minLength: 4, maxLength: 4 });

/** A random segment of `protocol`, long enough for its header; TCP gets a data offset that fits. */
function segmentOf(protocol: number): fc.Arbitrary<Uint8Array> {
  const bytes = fc.uint8Array({ minLength: MIN_LENGTH[protocol]!, maxLength: 64 });
  if (protocol !== TCP) return bytes;
  return bytes.chain((segment) =>
    fc
      .integer({ min: 5, max: Math.min(15, Math.floor(segment.length / 4)) })
      .map((words) => patched(segment, { 12: words * 16 + (segment[12]! % 16) })),
  );
}

const specs: fc.Arbitrary<Spec> = fc.constantFrom(ICMP, TCP, UDP).chain((protocol) =>
  fc.record({
    protocol: fc.constant(protocol),
    source: address,
    destination: address,
    options: fc.nat(6).chain((words) => fc.array(byte, { minLength: 4 * words, maxLength: 4 * words })),
    ttl: byte,
    flagsAndOffset: fc.constantFrom(0, 0x4000),
    segment: segmentOf(protocol),
    padding: fc.uint8Array({ maxLength: 6 }),
  }),
);


/** Where the transport checksum field of each example sits in the packet. */
const EXAMPLES: Array<[string, Uint8Array, number]> = [
  ['UDP carrying "abcd"', UDP_PACKET, 26],
  ['a TCP SYN with options', TCP_SYN, 36],
  ['an ICMP echo request of odd length', ICMP_ECHO, 22],
  ['UDP behind IP options (IHL 6)', WITH_OPTIONS, 30],
  ['a TCP ACK with Ethernet padding', PADDED_ACK, 36],
  ['UDP whose checksum computes to 0 (sent as 0xffff)', UDP_ZERO, 26],
];

/** A copy with both checksum fields cleared. */
function blanked(packet: Uint8Array, transportAt: number): Uint8Array {
  return patched(packet, { 10: 0, 11: 0, [transportAt]: 0, [transportAt + 1]: 0 });
}

const malformed: Array<[string, unknown]> = [
  ['null', null],
  ['undefined', undefined],
  ['a plain array', [...UDP_PACKET]],
  ['a string', '4500'],
  ['an empty buffer', new Uint8Array(0)],
  ['19 bytes', UDP_PACKET.slice(0, 19)],
  ['IP version 6', withIpChecksum(patched(UDP_PACKET, { 0: 0x65 }))],
  ['IHL 4', patched(UDP_PACKET, { 0: 0x44 })],
  ['a total length larger than the buffer', withIpChecksum(patched(UDP_PACKET, { 3: 0x21 }))],
  ['a total length smaller than the header', withIpChecksum(patched(UDP_PACKET, { 3: 0x13 }))],
  ['a UDP segment of 7 bytes', withIpChecksum(patched(UDP_PACKET.slice(0, 27), { 3: 27 }))],
  ['a TCP data offset larger than the segment', withIpChecksum(patched(TCP_SYN, { 32: 0x70 }))],
  ['a TCP data offset below 5', withIpChecksum(patched(TCP_SYN, { 32: 0x40 }))],
];

describe('task 4: whole packets', () => {
  describe('fillChecksums', () => {
    it.each(EXAMPLES)('fills in both checksums of %s', (_name, packet, transportAt) => {
      expect(fillChecksums(blanked(packet, transportAt))).toEqual(packet);
    });

    it('overwrites wrong checksums, not only zero ones', () => {
      expect(fillChecksums(patched(UDP_PACKET, { 10: 0x12, 11: 0x34, 26: 0x56, 27: 0x78 }))).toEqual(UDP_PACKET);
    });

    it('writes the checksums big-endian: IP 0x26c9 as 26 c9 and TCP 0xc591 as c5 91', () => {
      const filled = fillChecksums(blanked(TCP_SYN, 36));
      expect([filled[10], filled[11], filled[36], filled[37]]).toEqual([0x26, 0xc9, 0xc5, 0x91]);
    });

    it('returns a new array and leaves its argument untouched', () => {
      const blank = blanked(TCP_SYN, 36);
      const before = blank.slice();
      const filled = fillChecksums(blank);
      expect(filled).not.toBe(blank);
      expect(blank).toEqual(before);
    });

    it('returns a copy even when the checksums are already right', () => {
      const filled = fillChecksums(UDP_PACKET);
      expect(filled).not.toBe(UDP_PACKET);
      expect(filled).toEqual(UDP_PACKET);
    });

    it('keeps the link-layer padding, unchanged, in the copy', () => {
      const filled = fillChecksums(blanked(PADDED_ACK, 36));
      expect(filled).toHaveLength(PADDED_ACK.length);
      expect([...filled.slice(40)]).toEqual([1, 2, 3, 4, 5, 6]);
    });

    it('writes only the IP checksum of a fragment, leaving its payload as it was', () => {
      const fragment = blanked(patched(UDP_PACKET, { 6: 0x20 }), 26);
      const filled = fillChecksums(fragment);
      expect(filled).toEqual(withIpChecksum(fragment));
      expect([filled[26], filled[27]]).toEqual([0, 0]);
    });

    it('writes only the IP checksum of the last fragment (offset only)', () => {
      const fragment = blanked(patched(UDP_PACKET, { 6: 0x00, 7: 0xb9 }), 26);
      expect(fillChecksums(fragment)).toEqual(withIpChecksum(fragment));
    });

    it('writes only the IP checksum for another protocol such as GRE (47)', () => {
      const gre = blanked(patched(UDP_PACKET, { 9: 47 }), 26);
      expect(fillChecksums(gre)).toEqual(withIpChecksum(gre));
    });

    it.each(malformed)('rejects %s', (_name, packet) => {
      expect(() => fillChecksums(packet as Uint8Array)).toThrow(PacketError);
    });

    it('property: a filled packet passes verifyPacket, and its header passes verifyChecksum', () => {
      fc.assert(
        fc.property(specs, (spec) => {
          const filled = fillChecksums(assemble(spec));
          expect(verifyPacket(filled)).toEqual({ ip: true, transport: true });
          expect(verifyChecksum(filled.subarray(0, 20 + spec.options.length))).toBe(true);
        }),
        { numRuns: 200 },
      );
    });

    it('property: equals the packet with both checksums computed the obvious way', () => {
      fc.assert(
        fc.property(specs, (spec) => {
          expect(fillChecksums(assemble(spec))).toEqual(assembleCorrect(spec));
        }),
        { numRuns: 200 },
      );
    });

    it('property: never changes its argument', () => {
      fc.assert(
        fc.property(specs, (spec) => {
          const packet = assemble(spec);
          const before = packet.slice();
          fillChecksums(packet);
          expect(packet).toEqual(before);
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('verifyPacket', () => {
    it.each(EXAMPLES)('accepts %s', (_name, packet) => {
      expect(verifyPacket(packet)).toEqual({ ip: true, transport: true });
    });

    it('reports a wrong IP header checksum on its own', () => {
      expect(verifyPacket(patched(UDP_PACKET, { 11: 0x6f }))).toEqual({ ip: false, transport: true });
    });

    it('reports a damaged payload on its own', () => {
      expect(verifyPacket(patched(UDP_PACKET, { 31: 0x65 }))).toEqual({ ip: true, transport: false });
    });

    it('reports a changed TTL as an IP error only: the TTL is not in the pseudo-header', () => {
      expect(verifyPacket(patched(TCP_SYN, { 8: 63 }))).toEqual({ ip: false, transport: true });
    });

    it('reports a changed destination as both: the address is in the header and the pseudo-header', () => {
      expect(verifyPacket(patched(TCP_SYN, { 19: 3 }))).toEqual({ ip: false, transport: false });
    });

    it('checks the ICMP message without a pseudo-header', () => {
      expect(verifyPacket(withIpChecksum(patched(ICMP_ECHO, { 19: 4 })))).toEqual({ ip: true, transport: true });
    });

    it('ignores damage in the link-layer padding', () => {
      expect(verifyPacket(patched(PADDED_ACK, { 41: 0xff }))).toEqual({ ip: true, transport: true });
    });

    it('reports transport null when UDP sent no checksum (field 0), whatever the payload', () => {
      expect(verifyPacket(patched(UDP_PACKET, { 26: 0, 27: 0 }))).toEqual({ ip: true, transport: null });
      expect(verifyPacket(patched(UDP_PACKET, { 26: 0, 27: 0, 31: 0 }))).toEqual({ ip: true, transport: null });
    });

    it('does not treat a TCP checksum field of 0 as "no checksum"', () => {
      expect(verifyPacket(patched(TCP_SYN, { 36: 0, 37: 0 }))).toEqual({ ip: true, transport: false });
    });

    it('reports transport null for a fragment (first, middle or last) and checks its header', () => {
      const fragments: Array<Record<number, number>> = [{ 6: 0x20 }, { 6: 0x20, 7: 0x10 }, { 6: 0x00, 7: 0x10 }];
      for (const changes of fragments) {
        expect(verifyPacket(withIpChecksum(patched(UDP_PACKET, changes)))).toEqual({ ip: true, transport: null });
      }
    });

    it('reports transport null for another protocol such as GRE (47)', () => {
      expect(verifyPacket(withIpChecksum(patched(UDP_PACKET, { 9: 47 })))).toEqual({ ip: true, transport: null });
      expect(verifyPacket(patched(UDP_PACKET, { 9: 47 }))).toEqual({ ip: false, transport: null });
    });

    it('verifies a bare header with total length 20 and no transport (another protocol)', () => {
      const header = withIpChecksum(hex('4500 0014 0000 0000 4032 0000 0a00 0001 0a00 0002'));
      expect(verifyPacket(header)).toEqual({ ip: true, transport: null });
    });

    it.each(malformed)('never throws: %s gives { ip: false, transport: false }', (_name, packet) => {
      expect(verifyPacket(packet as Uint8Array)).toEqual({ ip: false, transport: false });
    });

    it('property: never throws on random bytes, and answers with booleans or null', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 80 }), fc.boolean(), (bytes, looksLikeIPv4) => {
          const packet = looksLikeIPv4 && bytes.length > 0 ? patched(bytes, { 0: 0x45 }) : bytes;
          const result = verifyPacket(packet);
          expect(typeof result.ip).toBe('boolean');
          expect([true, false, null]).toContain(result.transport);
        }),
        { numRuns: 200 },
      );
    });

    it('property: flipping any one bit of the header outside the IHL makes ip false', () => {
      fc.assert(
        fc.property(specs, fc.nat(), (spec, bitChoice) => {
          const packet = assembleCorrect(spec);
          const headerBits = (20 + spec.options.length) * 8;
          // The IHL (bits 4-7) is left out: changing it moves the end of the header.
          const choice = bitChoice % (headerBits - 4);
          const bit = choice < 4 ? choice : choice + 4;
          packet[bit >> 3]! ^= 0x80 >> (bit & 7);
          expect(verifyPacket(packet).ip).toBe(false);
        }),
        { numRuns: 200 },
      );
    });

    it('property: flipping any one bit of the segment makes transport false (null once a UDP field is 0)', () => {
      fc.assert(
        fc.property(specs, fc.nat(), (spec, bitChoice) => {
          const packet = assembleCorrect(spec);
          const start = 20 + spec.options.length;
          const bit = start * 8 + (bitChoice % (spec.segment.length * 8));
          packet[bit >> 3]! ^= 0x80 >> (bit & 7);
          const udpField = start + CHECKSUM_AT[UDP]!;
          const sentNone = spec.protocol === UDP && packet[udpField] === 0 && packet[udpField + 1] === 0;
          expect(verifyPacket(packet).transport).toBe(sentNone ? null : false);
        }),
        { numRuns: 200 },
      );
    });
  });
});
