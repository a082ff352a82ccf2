/**
 * Internet checksum.
 *
 * Packets are `Uint8Array`s holding an IPv4 datagram, header first, exactly as
 * it travels on the wire. 16-bit fields and words are big-endian (network byte
 * order). Every invalid input must throw a `PacketError` whose message names
 * the problem, for example `IP version 6 is not 4`, `unsupported protocol 47`
 * or `cannot checksum a fragment`.
 *
 * Read README.md for the tasks, then replace each `throw new Error('Not implemented')`.
 * You may add helper functions and constants of your own.
 */

/** Thrown for every invalid input. Already complete: use it, don't change it. */
export class PacketError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PacketError';
  }
}

/** The fields of an IPv4 header (RFC 791 §3.1), as `parseIPv4Header` returns them. */
export interface IPv4Header {
  /** The high 4 bits of byte 0: always 4. */
  version: number;
  /** The low 4 bits of byte 0: the header length in 32-bit words, 5 to 15. */
  ihl: number;
  /** Byte 1, the type of service (DSCP and ECN) as one number. */
  tos: number;
  /** Bytes 2-3: the length of the whole datagram, header included, in bytes. */
  totalLength: number;
  /** Bytes 4-5. */
  identification: number;
  /** The DF flag (bit 0x4000 of bytes 6-7). */
  dontFragment: boolean;
  /** The MF flag (bit 0x2000 of bytes 6-7). */
  moreFragments: boolean;
  /** The fragment offset **in bytes**: the low 13 bits of bytes 6-7, times 8. */
  fragmentOffset: number;
  /** Byte 8. */
  ttl: number;
  /** Byte 9: 1 ICMP, 6 TCP, 17 UDP, … */
  protocol: number;
  /** Bytes 10-11, as found in the packet. */
  checksum: number;
  /** Bytes 12-15 in dotted decimal, e.g. `192.168.0.1`. */
  source: string;
  /** Bytes 16-19 in dotted decimal. */
  destination: string;
  /** Bytes 20 to IHL × 4 (empty when IHL is 5), as a copy: changing it leaves the packet alone. */
  options: Uint8Array;
}

// ---------------------------------------------------------------------------
// Task 1: Ones' complement sum
// ---------------------------------------------------------------------------

/**
 * The 16-bit ones' complement sum of `data` (RFC 1071), not complemented.
 *
 * - Read the bytes as 16-bit **big-endian** words: `00 01 f2 03` is 0x0001 + 0xf203.
 * - An odd last byte is padded with a zero **on the right**: a lone `ab` is the word 0xab00.
 * - Every carry out of bit 15 is added back in at the bottom (the end-around
 *   carry) until the result fits in 16 bits.
 * - `initial` (default 0) is added in too, so sums can be chained:
 *   `onesComplementSum(b, onesComplementSum(a))` sums `a` then `b` when `a` has even length.
 *
 * The result is from 0 to 0xffff; it is 0 only when every byte is zero and
 * `initial` is 0. Aim for speed: at least 1 GB/s on a 64 MiB buffer.
 *
 * Throws `PacketError` when `data` is not a `Uint8Array` or `initial` is not an
 * integer from 0 to 0xffff.
 *
 * @example onesComplementSum(Uint8Array.of(0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7)) === 0xddf2
 */
export function onesComplementSum(data: Uint8Array, initial?: number): number {
  throw new Error('Not implemented');
}

/**
 * The Internet checksum of `data`: the ones' complement (bitwise NOT) of
 * `onesComplementSum(data)`, as a number from 0 to 0xffff (never negative).
 *
 * Throws `PacketError` when `data` is not a `Uint8Array`.
 *
 * @example internetChecksum(Uint8Array.of(0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7)) === 0x220d
 */
export function internetChecksum(data: Uint8Array): number {
  throw new Error('Not implemented');
}

/**
 * Whether `data`, which contains its own checksum somewhere at an even offset,
 * is intact: its ones' complement sum, checksum included, is 0xffff.
 *
 * Throws `PacketError` when `data` is not a `Uint8Array`.
 *
 * @example verifyChecksum(Uint8Array.of(0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7, 0x22, 0x0d)) === true
 */
export function verifyChecksum(data: Uint8Array): boolean {
  throw new Error('Not implemented');
}

// ---------------------------------------------------------------------------
// Task 2: The IPv4 header
// ---------------------------------------------------------------------------

/**
 * Reads the IPv4 header at the start of `packet`.
 *
 * Only the header is needed: `packet` may be a bare header even when its total
 * length promises more. Throws `PacketError` when `packet` is not a
 * `Uint8Array`, is shorter than 20 bytes, has a version other than 4 (the
 * message contains the word "version"), has an IHL below 5 (the message
 * contains "IHL"), or is shorter than the IHL × 4 bytes the header claims.
 *
 * @example parseIPv4Header(packet).fragmentOffset === 1480  // offset field 185, times 8
 */
export function parseIPv4Header(packet: Uint8Array): IPv4Header {
  throw new Error('Not implemented');
}

/**
 * The header checksum that belongs in bytes 10-11: the Internet checksum of
 * the IHL × 4 header bytes (options included, nothing after the header), with
 * the checksum field counted as zero whatever it holds.
 *
 * Throws `PacketError` for the same malformed headers as `parseIPv4Header`.
 *
 * @example ipv4HeaderChecksum(hex('4500 0073 0000 4000 4011 0000 c0a8 0001 c0a8 00c7')) === 0xb861
 */
export function ipv4HeaderChecksum(packet: Uint8Array): number {
  throw new Error('Not implemented');
}

// ---------------------------------------------------------------------------
// Task 3: Transport checksums
// ---------------------------------------------------------------------------

/**
 * The checksum that belongs in the TCP, UDP or ICMP header carried by `packet`.
 *
 * The segment is the bytes from IHL × 4 up to the total length; bytes beyond
 * the total length (link-layer padding) are ignored. The segment's own
 * checksum field (offset 16 in TCP, 6 in UDP, 2 in ICMP) counts as zero.
 *
 * - TCP (protocol 6) and UDP (17) first sum a pseudo-header: source address,
 *   destination address, a zero byte, the protocol byte and the segment length
 *   as a 16-bit word, taken from the IP header (total length − IHL × 4), not
 *   from UDP's own length field.
 * - ICMP (1) has no pseudo-header.
 * - UDP sends a computed checksum of 0 as 0xffff (RFC 768), because 0 in its
 *   checksum field means "no checksum".
 *
 * Throws `PacketError` when: the header is malformed (as for `parseIPv4Header`);
 * the total length is less than IHL × 4 or more than the buffer holds; the
 * packet is a fragment (MF set or a non-zero offset: the first fragment counts
 * too), with a message that mentions "fragment"; the protocol is not 1, 6 or 17
 * (the message names the protocol number); or the transport header is truncated
 * (ICMP under 4 bytes, UDP under 8, TCP under 20 or shorter than its data
 * offset × 4, or a data offset below 5).
 */
export function transportChecksum(packet: Uint8Array): number {
  throw new Error('Not implemented');
}

// ---------------------------------------------------------------------------
// Task 4: Whole packets
// ---------------------------------------------------------------------------

/**
 * Returns a copy of `packet` (same length, padding included) with its
 * checksums written in, big-endian. `packet` itself is never changed.
 *
 * - The IPv4 header checksum is always written.
 * - The transport checksum is written too for an unfragmented TCP, UDP or ICMP
 *   packet; for a fragment or another protocol the segment is copied unchanged.
 *
 * Throws `PacketError` for a malformed header, a total length less than
 * IHL × 4 or more than the buffer holds, or a truncated TCP, UDP or ICMP header.
 */
export function fillChecksums(packet: Uint8Array): Uint8Array {
  throw new Error('Not implemented');
}

/**
 * Checks both checksums of a received packet. Never throws.
 *
 * - `ip`: whether the header, summed with its checksum in place, gives 0xffff.
 * - `transport`: the same test over the pseudo-header (TCP, UDP) and the whole
 *   segment; `null` when it cannot be checked: a fragment, a protocol other
 *   than TCP, UDP or ICMP, or a UDP checksum field of 0 (no checksum sent).
 * - Input that any function above would reject as malformed (not a
 *   `Uint8Array`, a bad header, a bad total length, a truncated transport
 *   header) gives `{ ip: false, transport: false }`.
 */
export function verifyPacket(packet: Uint8Array): { ip: boolean; transport: boolean | null } {
  throw new Error('Not implemented');
}

// ---------------------------------------------------------------------------
// Task 5: Incremental update
// ---------------------------------------------------------------------------

/**
 * The new checksum after one 16-bit word covered by `checksum` changes from
 * `oldWord` to `newWord`, without summing the data again (RFC 1624 eqn 3):
 *
 *     HC' = ~(~HC + ~m + m')
 *
 * where `+` is ones' complement addition (with end-around carry) and `~` is a
 * 16-bit NOT. The result equals a full recomputation, including when that
 * gives 0x0000 (the older RFC 1141 form, HC + m + ~m', gives 0xffff there).
 *
 * Throws `PacketError` unless all three arguments are integers from 0 to 0xffff.
 *
 * @example updateChecksum(0xdd2f, 0x5555, 0x3285) === 0x0000
 */
export function updateChecksum(checksum: number, oldWord: number, newWord: number): number {
  throw new Error('Not implemented');
}

/**
 * What a router does before forwarding (RFC 1812): returns a copy of `packet`
 * with the TTL lowered by one and the header checksum updated incrementally
 * with `updateChecksum`. The result equals `ipv4HeaderChecksum` of the copy.
 * `packet` itself is never changed.
 *
 * Throws `PacketError` when: the header or total length is malformed (as for
 * `transportChecksum`); the incoming header checksum is wrong (the message
 * mentions "checksum"); or the TTL is 0 or 1, since the packet must then be
 * dropped and an ICMP Time Exceeded sent (the message mentions "TTL").
 */
export function decrementTtl(packet: Uint8Array): Uint8Array {
  throw new Error('Not implemented');
}
