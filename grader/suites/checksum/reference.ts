// The hidden suite's own arithmetic and byte layouts, written the slow, obvious way and never taken from the
// solution. Shared by the task files; not a test file itself.

/** Bytes written as hex, spaces ignored. */
export function hex(text: string): Uint8Array {
  const digits = text.replace(/\s+/g, '');
  return Uint8Array.from({ length: digits.length / 2 }, (_, i) => parseInt(digits.slice(2 * i, 2 * i + 2), 16));
}

/** RFC 1071 the slow, obvious way: byte by byte, even bytes high, carries folded back in at the end. */
export function referenceSum(bytes: ArrayLike<number>, initial = 0): number {
  let sum = initial;
  for (let i = 0; i < bytes.length; i++) sum += i % 2 === 0 ? bytes[i]! * 256 : bytes[i]!;
  while (sum > 0xffff) sum = (sum % 0x10000) + Math.floor(sum / 0x10000);
  return sum;
}

/** A copy of `bytes` with some of them replaced. */
export function patched(bytes: Uint8Array, changes: Record<number, number>): Uint8Array {
  const copy = bytes.slice();
  for (const [offset, value] of Object.entries(changes)) copy[Number(offset)] = value;
  return copy;
}

export const ICMP = 1;
export const TCP = 6;
export const UDP = 17;
export const CHECKSUM_AT: Record<number, number> = { [ICMP]: 2, [TCP]: 16, [UDP]: 6 };
export const MIN_LENGTH: Record<number, number> = { [ICMP]: 4, [TCP]: 20, [UDP]: 8 };

// Sample packets, checked by hand and against tcpdump.
// UDP 192.168.0.1:12345 -> 192.168.0.199:53 carrying "abcd": IP checksum 0x9c6e, UDP 0x8888.
export const UDP_PACKET = hex('4500 0020 1c46 4000 4011 9c6e c0a8 0001 c0a8 00c7 3039 0035 000c 8888 6162 6364');
// TCP SYN with an MSS option: IP checksum 0x26c9, TCP 0xc591.
export const TCP_SYN = hex(
  '4500 002c 0001 4000 4006 26c9 0a00 0001 0a00 0002 c350 0050 0000 0001 0000 0000 6002 faf0 c591 0000 0204 05b4',
);
// ICMP echo request with the odd-length payload "abc": IP checksum 0xb500, ICMP 0x2168.
export const ICMP_ECHO = hex('4500 001f abcd 0000 4001 b500 0a00 0001 0808 0808 0800 2168 1234 0001 6162 63');
// IHL 6 (Router Alert), UDP carrying "xyz": IP checksum 0xf647, UDP 0x0622.
export const WITH_OPTIONS = hex('4600 0023 4242 0000 0111 f647 c000 0201 c633 6407 9404 0000 04d2 162e 000b 0622 7879 7a');
// A TCP ACK followed by 6 bytes of Ethernet padding: IP checksum 0xe6cb, TCP 0xd82e.
export const PADDED_ACK = hex(
  '4500 0028 0002 4000 8006 e6cb 0a00 0002 0a00 0001 0050 c350 0000 0001 0000 0002 5010 ffff d82e 0000 0102 0304 0506',
);
// UDP whose checksum computes to 0 and is therefore sent as 0xffff: IP checksum 0x90c4.
export const UDP_ZERO = hex('4500 0020 0102 0000 1111 90c4 0a01 0203 0a03 0201 1f90 1f91 000c ffff 6869 4044');
