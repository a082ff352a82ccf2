import { describe, it, expect } from 'vitest';
import {
  PacketError,
  decrementTtl,
  fillChecksums,
  internetChecksum,
  ipv4HeaderChecksum,
  onesComplementSum,
  parseIPv4Header,
  transportChecksum,
  updateChecksum,
  verifyChecksum,
  verifyPacket,
} from '@impl/checksum';

/** Bytes written as hex, spaces ignored: hex('4500 0014') is 45 00 00 14. */
function hex(text: string): Uint8Array {
  const digits = text.replace(/\s+/g, '');
  return Uint8Array.from({ length: digits.length / 2 }, (_, i) => parseInt(digits.slice(2 * i, 2 * i + 2), 16));
}

// The header of RFC 1071-style worked examples: UDP from 192.168.0.1 to 192.168.0.199, checksum 0xb861.
const HEADER = hex('4500 0073 0000 4000 4011 b861 c0a8 0001 c0a8 00c7');
// UDP 12345 -> 53 carrying "abcd", both checksums correct (IP 0x9c6e, UDP 0x8888).
const UDP_PACKET = hex('4500 0020 1c46 4000 4011 9c6e c0a8 0001 c0a8 00c7 3039 0035 000c 8888 6162 6364');
// TCP SYN 10.0.0.1:50000 -> 10.0.0.2:80 with an MSS option (data offset 6), checksum 0xc591.
const TCP_SYN = hex(
  '4500 002c 0001 4000 4006 26c9 0a00 0001 0a00 0002 c350 0050 0000 0001 0000 0000 6002 faf0 c591 0000 0204 05b4',
);
// ICMP echo request to 8.8.8.8 with the 3-byte payload "abc": an odd-length message, checksum 0x2168.
const ICMP_ECHO = hex('4500 001f abcd 0000 4001 b500 0a00 0001 0808 0808 0800 2168 1234 0001 6162 63');

/** A copy with the bytes at `offset` and `offset + 1` cleared. */
function withZeroWord(packet: Uint8Array, offset: number): Uint8Array {
  const copy = packet.slice();
  copy[offset] = 0;
  copy[offset + 1] = 0;
  return copy;
}

describe("task 1: ones' complement sum", () => {
  const rfc1071 = hex('0001 f203 f4f5 f6f7');

  it('sums 00 01 f2 03 f4 f5 f6 f7 to 0xddf2, carries folded back in (RFC 1071)', () => {
    expect(onesComplementSum(rfc1071)).toBe(0xddf2);
  });

  it('gives that data the checksum 0x220d', () => {
    expect(internetChecksum(rfc1071)).toBe(0x220d);
  });

  it('pads an odd last byte with a zero on the right: ab sums to 0xab00', () => {
    expect(onesComplementSum(hex('ab'))).toBe(0xab00);
  });

  it('chains sums through the initial value', () => {
    expect(onesComplementSum(hex('f4f5 f6f7'), onesComplementSum(hex('0001 f203')))).toBe(0xddf2);
  });

  it('verifies data that carries its own checksum, and rejects it once a byte changes', () => {
    expect(verifyChecksum(hex('0001 f203 f4f5 f6f7 220d'))).toBe(true);
    expect(verifyChecksum(hex('0001 f203 f4f5 f6f8 220d'))).toBe(false);
  });

  it('rejects an argument that is not a Uint8Array', () => {
    expect(() => onesComplementSum([0, 1] as unknown as Uint8Array)).toThrow(PacketError);
  });
});

describe('task 2: the ipv4 header', () => {
  it('reads the fields of a header', () => {
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

  it('gives the fragment offset in bytes (field value times 8)', () => {
    const fragment = hex('4500 05dc 1234 20b9 4011 0000 0a00 0001 0a00 0002');
    expect(parseIPv4Header(fragment).fragmentOffset).toBe(185 * 8);
    expect(parseIPv4Header(fragment).moreFragments).toBe(true);
  });

  it('computes the header checksum 0xb861, whatever the checksum field holds', () => {
    expect(ipv4HeaderChecksum(HEADER)).toBe(0xb861);
    expect(ipv4HeaderChecksum(withZeroWord(HEADER, 10))).toBe(0xb861);
  });

  it('rejects IP version 6', () => {
    expect(() => parseIPv4Header(hex('6500 0073 0000 4000 4011 b861 c0a8 0001 c0a8 00c7'))).toThrow(PacketError);
  });

  it('rejects a header shorter than its IHL says (IHL 6 needs 24 bytes)', () => {
    expect(() => parseIPv4Header(hex('4600 0073 0000 4000 4011 b861 c0a8 0001 c0a8 00c7'))).toThrow(PacketError);
  });
});

describe('task 3: transport checksums', () => {
  it('computes the UDP checksum 0x8888 over pseudo-header and segment', () => {
    expect(transportChecksum(UDP_PACKET)).toBe(0x8888);
  });

  it('computes the TCP checksum 0xc591 of a SYN with options', () => {
    expect(transportChecksum(TCP_SYN)).toBe(0xc591);
  });

  it('computes the ICMP checksum 0x2168, without a pseudo-header, over an odd-length message', () => {
    expect(transportChecksum(ICMP_ECHO)).toBe(0x2168);
  });

  it('rejects a fragment: its transport checksum covers data it does not hold', () => {
    const firstFragment = UDP_PACKET.slice();
    firstFragment[6] = 0x20; // MF set, offset 0
    expect(() => transportChecksum(firstFragment)).toThrow(PacketError);
  });

  it('rejects an unsupported protocol such as GRE (47)', () => {
    const gre = UDP_PACKET.slice();
    gre[9] = 47;
    expect(() => transportChecksum(gre)).toThrow(PacketError);
  });
});

describe('task 4: whole packets', () => {
  it('fills in both checksums of a UDP packet whose checksum fields are zero', () => {
    const blank = withZeroWord(withZeroWord(UDP_PACKET, 10), 26);
    expect(fillChecksums(blank)).toEqual(UDP_PACKET);
  });

  it('returns a copy and leaves its argument alone', () => {
    const blank = withZeroWord(TCP_SYN, 10);
    const filled = fillChecksums(blank);
    expect(filled).toEqual(TCP_SYN);
    expect(blank[10]).toBe(0);
  });

  it('accepts intact packets', () => {
    expect(verifyPacket(UDP_PACKET)).toEqual({ ip: true, transport: true });
    expect(verifyPacket(TCP_SYN)).toEqual({ ip: true, transport: true });
    expect(verifyPacket(ICMP_ECHO)).toEqual({ ip: true, transport: true });
  });

  it('notices a changed payload byte', () => {
    const damaged = UDP_PACKET.slice();
    damaged[29] ^= 0x01;
    expect(verifyPacket(damaged)).toEqual({ ip: true, transport: false });
  });

  it('reports transport null when UDP sent no checksum (field 0)', () => {
    expect(verifyPacket(withZeroWord(UDP_PACKET, 26))).toEqual({ ip: true, transport: null });
  });

  it('never throws: garbage gives { ip: false, transport: false }', () => {
    expect(verifyPacket(hex('0102 0304'))).toEqual({ ip: false, transport: false });
  });
});

describe('task 5: incremental update', () => {
  it('updates 0xdd2f when 0x5555 becomes 0x3285, giving 0x0000 (RFC 1624)', () => {
    expect(updateChecksum(0xdd2f, 0x5555, 0x3285)).toBe(0x0000);
  });

  it('leaves the checksum alone when the word does not change', () => {
    expect(updateChecksum(0xb861, 0x4011, 0x4011)).toBe(0xb861);
  });

  it('lowers the TTL from 64 to 63 and the header checksum from 0x9c6e to 0x9d6e, in a copy', () => {
    const forwarded = decrementTtl(UDP_PACKET);
    expect(forwarded[8]).toBe(63);
    expect([forwarded[10], forwarded[11]]).toEqual([0x9d, 0x6e]); // 0x9c6e + 0x0100
    expect(UDP_PACKET[8]).toBe(64);
  });

  it('refuses to forward a packet whose TTL is 1', () => {
    const expiring = UDP_PACKET.slice();
    expiring[8] = 1;
    expiring[10] = 0xdb; // 0x9c6e + 0x3f00: the header checksum stays correct for TTL 1
    expiring[11] = 0x6e;
    expect(() => decrementTtl(expiring)).toThrow(PacketError);
  });
});
