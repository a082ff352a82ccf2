import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { PacketError, decrementTtl, ipv4HeaderChecksum, updateChecksum } from '@impl/checksum';
import { hex, patched, referenceSum } from './reference.ts';

/** The correct IP header checksum of `packet`, computed in full over IHL × 4 bytes. */
function referenceHeaderChecksum(packet: Uint8Array): number {
  return 0xffff - referenceSum(patched(packet, { 10: 0, 11: 0 }).subarray(0, (packet[0]! % 16) * 4));
}

/** A copy of `packet` with the correct IP header checksum. */
function withIpChecksum(packet: Uint8Array): Uint8Array {
  const checksum = referenceHeaderChecksum(packet);
  return patched(packet, { 10: Math.floor(checksum / 256), 11: checksum % 256 });
}

/** A 16-bit word list as bytes, big-endian. */
function wordsToBytes(words: number[]): Uint8Array {
  return Uint8Array.from(words.flatMap((word) => [Math.floor(word / 256), word % 256]));
}

// UDP 192.168.0.1:12345 -> 192.168.0.199:53 carrying "abcd", TTL 64, header checksum 0x9c6e.
const UDP_PACKET = hex('4500 0020 1c46 4000 4011 9c6e c0a8 0001 c0a8 00c7 3039 0035 000c 8888 6162 6364');
// A bare TCP header-only datagram, TTL 64, checksum 0xfeff: with TTL 63 the checksum is exactly 0x0000.
const TO_ZERO = hex('4500 0014 23c1 0000 4006 feff ac10 0001 ac10 0002');
// IHL 6 (Router Alert) with TTL 64 and its checksum recomputed, then UDP carrying "xyz".
const WITH_OPTIONS = withIpChecksum(
  hex('4600 0023 4242 0000 4011 0000 c000 0201 c633 6407 9404 0000 04d2 162e 000b 0622 7879 7a'),
);

const byte = fc.nat(255);
/** A datagram with a correct header checksum: options, any TTL from 2, any protocol and flags, some payload. */
const forwardable = fc
  .record({
    options: fc.nat(10).chain((words) => fc.array(byte, { minLength: 4 * words, maxLength: 4 * words })),
    ttl: fc.integer({ min: 2, max: 255 }),
    protocol: byte,
    tos: byte,
    flagsAndOffset: fc.nat(0xffff),
    identification: fc.nat(0xffff),
    addresses: fc.array(byte, { minLength: 8, maxLength: 8 }),
    payload: fc.array(byte, { maxLength: 40 }),
    padding: fc.array(byte, { maxLength: 6 }),
  })
  .map((f) => {
    const headerLength = 20 + f.options.length;
    const totalLength = headerLength + f.payload.length;
    return withIpChecksum(
      Uint8Array.of(
        0x40 + headerLength / 4, f.tos, Math.floor(totalLength / 256), totalLength % 256,
        Math.floor(f.identification / 256), f.identification % 256,
        Math.floor(f.flagsAndOffset / 256), f.flagsAndOffset % 256,
        f.ttl, f.protocol, 0, 0,
        ...f.addresses, ...f.options, ...f.payload, ...f.padding,
      ),
    );
  });

describe('task 5: incremental update', () => {
  describe('updateChecksum', () => {
    it('gives 0x0000 for the RFC 1624 example (0xdd2f, 0x5555 -> 0x3285), where RFC 1141 gave 0xffff', () => {
      expect(updateChecksum(0xdd2f, 0x5555, 0x3285)).toBe(0x0000);
    });

    it('undoes itself: changing 0x3285 back to 0x5555 turns 0x0000 back into 0xdd2f', () => {
      expect(updateChecksum(0x0000, 0x3285, 0x5555)).toBe(0xdd2f);
    });

    it('follows a TTL change from 64 to 63 (word 0x4011 -> 0x3f11): 0xb861 becomes 0xb961', () => {
      expect(updateChecksum(0xb861, 0x4011, 0x3f11)).toBe(0xb961);
    });

    it('adds the end-around carry: 0x0000, word 0x0000 -> 0x0001 gives 0xfffe', () => {
      expect(updateChecksum(0x0000, 0x0000, 0x0001)).toBe(0xfffe);
    });

    it('leaves the checksum alone when the word does not change', () => {
      expect(updateChecksum(0xb861, 0x4011, 0x4011)).toBe(0xb861);
      expect(updateChecksum(0x1234, 0x0000, 0x0000)).toBe(0x1234);
    });

    it.each([
      ['a negative checksum', [-1, 0, 0]],
      ['a checksum above 0xffff', [0x10000, 0, 0]],
      ['a fractional old word', [0, 1.5, 0]],
      ['an old word above 0xffff', [0, 0x10000, 0]],
      ['a NaN new word', [0, 0, Number.NaN]],
      ['a new word given as a string', [0, 0, '1']],
      ['a missing new word', [0, 0, undefined]],
    ])('rejects %s', (_name, args) => {
      const [checksum, oldWord, newWord] = args as [number, number, number];
      expect(() => updateChecksum(checksum, oldWord, newWord)).toThrow(PacketError);
    });

    it('property: equals a full recomputation after any one word of any data changes', () => {
      fc.assert(
        fc.property(
          fc.array(fc.nat(0xffff), { minLength: 1, maxLength: 30 }),
          fc.nat(),
          fc.nat(0xffff),
          (words, indexChoice, newWord) => {
            const index = indexChoice % words.length;
            const changed = words.with(index, newWord);
            // All-zero data has two valid checksums (0x0000 and 0xffff): no real header is all zeros.
            fc.pre(changed.some((word) => word !== 0));
            const before = 0xffff - referenceSum(wordsToBytes(words));
            const after = 0xffff - referenceSum(wordsToBytes(changed));
            expect(updateChecksum(before, words[index]!, newWord)).toBe(after);
          },
        ),
        { numRuns: 200 },
      );
    });

    it('property: gives 0x0000, never 0xffff, when the new data sums to 0xffff', () => {
      fc.assert(
        fc.property(fc.array(fc.nat(0xffff), { minLength: 2, maxLength: 20 }), fc.nat(0xffff), (words, oldWord) => {
          // Choose the last word so that the changed data sums to exactly 0xffff.
          const rest = referenceSum(wordsToBytes(words.slice(0, -1)));
          const newWord = 0xffff - rest;
          const before = 0xffff - referenceSum(wordsToBytes([...words.slice(0, -1), oldWord]));
          expect(updateChecksum(before, oldWord, newWord)).toBe(0x0000);
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('decrementTtl', () => {
    it('lowers the TTL from 64 to 63 and the checksum from 0x9c6e to 0x9d6e', () => {
      const forwarded = decrementTtl(UDP_PACKET);
      expect(forwarded[8]).toBe(63);
      expect([forwarded[10], forwarded[11]]).toEqual([0x9d, 0x6e]);
    });

    it('changes nothing else: protocol, addresses and payload stay as they were', () => {
      const forwarded = decrementTtl(UDP_PACKET);
      expect(patched(forwarded, { 8: 64, 10: 0x9c, 11: 0x6e })).toEqual(UDP_PACKET);
    });

    it('returns a new array and leaves its argument untouched', () => {
      const packet = UDP_PACKET.slice();
      const forwarded = decrementTtl(packet);
      expect(forwarded).not.toBe(packet);
      expect(packet).toEqual(UDP_PACKET);
    });

    it('writes 0x0000 when the full recomputation gives 0x0000 (not 0xffff, the RFC 1141 answer)', () => {
      const forwarded = decrementTtl(TO_ZERO);
      expect(forwarded[8]).toBe(63);
      expect([forwarded[10], forwarded[11]]).toEqual([0x00, 0x00]);
    });

    it('updates the checksum of a header with options (IHL 6)', () => {
      const forwarded = decrementTtl(WITH_OPTIONS);
      expect(forwarded[8]).toBe(63);
      expect(forwarded).toEqual(withIpChecksum(patched(WITH_OPTIONS, { 8: 63 })));
    });

    it('forwards a TTL of 2 as 1', () => {
      const packet = withIpChecksum(patched(UDP_PACKET, { 8: 2 }));
      expect(decrementTtl(packet)[8]).toBe(1);
      expect(decrementTtl(packet)).toEqual(withIpChecksum(patched(UDP_PACKET, { 8: 1 })));
    });

    it('forwards a TTL of 255 as 254', () => {
      const packet = withIpChecksum(patched(UDP_PACKET, { 8: 255 }));
      expect(decrementTtl(packet)).toEqual(withIpChecksum(patched(UDP_PACKET, { 8: 254 })));
    });

    it('forwards fragments and other protocols too: a router does not look at the transport header', () => {
      const fragment = withIpChecksum(patched(UDP_PACKET, { 6: 0x20, 7: 0x01 }));
      const gre = withIpChecksum(patched(UDP_PACKET, { 9: 47 }));
      expect(decrementTtl(fragment)).toEqual(withIpChecksum(patched(fragment, { 8: 63 })));
      expect(decrementTtl(gre)).toEqual(withIpChecksum(patched(gre, { 8: 63 })));
    });

    it('keeps link-layer padding after the total length in the copy', () => {
      const padded = Uint8Array.of(...UDP_PACKET, 0xaa, 0xbb);
      expect(decrementTtl(padded).slice(32)).toEqual(Uint8Array.of(0xaa, 0xbb));
    });

    it('refuses a TTL of 1: the packet is dropped and ICMP Time Exceeded sent (RFC 1812)', () => {
      const expiring = withIpChecksum(patched(UDP_PACKET, { 8: 1 }));
      expect(() => decrementTtl(expiring)).toThrow(PacketError);
      expect(() => decrementTtl(expiring)).toThrow(/TTL/i);
    });

    it('refuses a TTL of 0', () => {
      const expired = withIpChecksum(patched(UDP_PACKET, { 8: 0 }));
      expect(() => decrementTtl(expired)).toThrow(PacketError);
      expect(() => decrementTtl(expired)).toThrow(/TTL/i);
    });

    it('refuses a packet whose incoming header checksum is wrong (RFC 1812)', () => {
      const damaged = patched(UDP_PACKET, { 11: 0x6f });
      expect(() => decrementTtl(damaged)).toThrow(PacketError);
      expect(() => decrementTtl(damaged)).toThrow(/checksum/i);
    });

    it('refuses a header whose checksum field was left at zero', () => {
      expect(() => decrementTtl(patched(UDP_PACKET, { 10: 0, 11: 0 }))).toThrow(PacketError);
    });

    it('checks the checksum over the options too', () => {
      expect(() => decrementTtl(patched(WITH_OPTIONS, { 21: 0x05 }))).toThrow(PacketError);
    });

    it.each([
      ['IP version 6', withIpChecksum(patched(UDP_PACKET, { 0: 0x65 }))],
      ['IHL 4', patched(UDP_PACKET, { 0: 0x44 })],
      ['a total length larger than the buffer', withIpChecksum(patched(UDP_PACKET, { 3: 0x21 }))],
      ['a total length smaller than the header', withIpChecksum(patched(UDP_PACKET, { 3: 0x13 }))],
      ['19 bytes', UDP_PACKET.slice(0, 19)],
      ['a plain array', [...UDP_PACKET]],
    ])('rejects %s', (_name, packet) => {
      expect(() => decrementTtl(packet as Uint8Array)).toThrow(PacketError);
    });

    it('property: agrees with a full recomputation and with ipv4HeaderChecksum, changing only TTL and checksum', () => {
      fc.assert(
        fc.property(forwardable, (packet) => {
          const forwarded = decrementTtl(packet);
          const expected = withIpChecksum(patched(packet, { 8: packet[8]! - 1 }));
          expect(forwarded).toEqual(expected);
          expect(forwarded[10]! * 256 + forwarded[11]!).toBe(ipv4HeaderChecksum(forwarded));
        }),
        { numRuns: 200 },
      );
    });

    it('property: refuses any packet whose header checksum is off', () => {
      fc.assert(
        fc.property(forwardable, fc.integer({ min: 1, max: 0xfffe }), (packet, error) => {
          const correct = packet[10]! * 256 + packet[11]!;
          const wrong = (correct + error) % 0x10000;
          // 0x0000 and 0xffff are both zero in ones' complement: either verifies.
          fc.pre(!(correct === 0 && wrong === 0xffff) && !(correct === 0xffff && wrong === 0));
          const damaged = patched(packet, { 10: Math.floor(wrong / 256), 11: wrong % 256 });
          expect(() => decrementTtl(damaged)).toThrow(PacketError);
        }),
        { numRuns: 200 },
      );
    });

    it('property: refuses TTL 0 and 1 whatever else the header holds', () => {
      fc.assert(
        fc.property(forwardable, fc.nat(1), (packet, ttl) => {
          expect(() => decrementTtl(withIpChecksum(patched(packet, { 8: ttl })))).toThrow(PacketError);
        }),
        { numRuns: 200 },
      );
    });
  });
});
