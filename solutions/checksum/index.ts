/**
 * Internet checksum: reference solution.
 *
 * The Internet checksum (RFC 1071) is the ones' complement of the ones'
 * complement sum of a buffer's 16-bit big-endian words. IPv4 covers its header
 * with it (RFC 791); TCP (RFC 9293) and UDP (RFC 768) cover a pseudo-header and
 * the whole segment; ICMP (RFC 792) covers its message alone.
 *
 * Sums are kept in plain numbers, exact up to 2^53, and folded to 16 bits with
 * the end-around carry only when needed: `&`, `|` and `~` are 32-bit signed
 * operations and would corrupt a larger sum.
 */

export class PacketError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PacketError';
  }
}

export interface IPv4Header {
  version: number;
  ihl: number;
  tos: number;
  totalLength: number;
  identification: number;
  dontFragment: boolean;
  moreFragments: boolean;
  fragmentOffset: number;
  ttl: number;
  protocol: number;
  checksum: number;
  source: string;
  destination: string;
  options: Uint8Array;
}

/** A transport protocol this module checksums. */
interface Transport {
  name: string;
  protocol: number;
  /** Its shortest valid header, in bytes. */
  minLength: number;
  /** Where its checksum field sits inside the segment. */
  checksumAt: number;
  /** TCP and UDP sum an IPv4 pseudo-header first; ICMP does not. */
  pseudoHeader: boolean;
}

const ICMP: Transport = { name: 'ICMP', protocol: 1, minLength: 4, checksumAt: 2, pseudoHeader: false };
const TCP: Transport = { name: 'TCP', protocol: 6, minLength: 20, checksumAt: 16, pseudoHeader: true };
const UDP: Transport = { name: 'UDP', protocol: 17, minLength: 8, checksumAt: 6, pseudoHeader: true };
const TRANSPORTS = new Map([ICMP, TCP, UDP].map((transport) => [transport.protocol, transport]));

/** A packet whose header and total length have been checked. */
interface Datagram {
  headerLength: number;
  totalLength: number;
  protocol: number;
  fragment: boolean;
}

// 2^20 32-bit words add up to less than 2^52: still exact in a double, so fold once per block.
const BYTES_PER_FOLD = 4 * 2 ** 20;

export function onesComplementSum(data: Uint8Array, initial = 0): number {
  checkBytes(data);
  if (typeof initial !== 'number' || !Number.isInteger(initial) || initial < 0 || initial > 0xffff) {
    throw new PacketError(`initial sum ${String(initial)} is not an integer from 0 to 0xffff`);
  }
  return fold(initial + sumWords(data, 0, data.length));
}

export function internetChecksum(data: Uint8Array): number {
  return ~onesComplementSum(data) & 0xffff;
}

export function verifyChecksum(data: Uint8Array): boolean {
  // RFC 1071 §1: summed together with its checksum, intact data gives all ones.
  return onesComplementSum(data) === 0xffff;
}

export function parseIPv4Header(packet: Uint8Array): IPv4Header {
  const headerLength = checkHeader(packet);
  const flagsAndOffset = word(packet, 6);
  // RFC 791 §3.1: the field layout of the header.
  return {
    version: packet[0]! >> 4,
    ihl: packet[0]! & 0x0f,
    tos: packet[1]!,
    totalLength: word(packet, 2),
    identification: word(packet, 4),
    dontFragment: (flagsAndOffset & 0x4000) !== 0,
    moreFragments: (flagsAndOffset & 0x2000) !== 0,
    // The offset is counted in units of 8 bytes.
    fragmentOffset: (flagsAndOffset & 0x1fff) * 8,
    ttl: packet[8]!,
    protocol: packet[9]!,
    checksum: word(packet, 10),
    source: packet.slice(12, 16).join('.'),
    destination: packet.slice(16, 20).join('.'),
    options: packet.slice(20, headerLength),
  };
}

export function ipv4HeaderChecksum(packet: Uint8Array): number {
  const headerLength = checkHeader(packet);
  // RFC 791 §3.1: the checksum field (bytes 10-11) counts as zero while it is computed.
  return ~fold(sumWords(packet, 0, 10) + sumWords(packet, 12, headerLength)) & 0xffff;
}

export function transportChecksum(packet: Uint8Array): number {
  const datagram = checkDatagram(packet);
  if (datagram.fragment) {
    // The transport checksum covers the whole reassembled segment, which a fragment does not hold.
    throw new PacketError('cannot checksum a fragment (MF set or offset non-zero): reassemble it first');
  }
  const transport = TRANSPORTS.get(datagram.protocol);
  if (!transport) {
    throw new PacketError(`unsupported protocol ${datagram.protocol}: expected TCP (6), UDP (17) or ICMP (1)`);
  }
  return segmentChecksum(packet, datagram, transport);
}

export function fillChecksums(packet: Uint8Array): Uint8Array {
  const datagram = checkDatagram(packet);
  const copy = packet.slice();
  const transport = datagram.fragment ? undefined : TRANSPORTS.get(datagram.protocol);
  if (transport) {
    writeWord(copy, datagram.headerLength + transport.checksumAt, segmentChecksum(copy, datagram, transport));
  }
  writeWord(copy, 10, ipv4HeaderChecksum(copy));
  return copy;
}

export function verifyPacket(packet: Uint8Array): { ip: boolean; transport: boolean | null } {
  try {
    const datagram = checkDatagram(packet);
    const ip = headerChecksumHolds(packet, datagram);
    const transport = datagram.fragment ? undefined : TRANSPORTS.get(datagram.protocol);
    if (!transport) return { ip, transport: null };
    const start = checkSegment(packet, datagram, transport);
    // RFC 768: a UDP checksum field of zero means the sender computed none.
    if (transport === UDP && word(packet, start + UDP.checksumAt) === 0) return { ip, transport: null };
    // Summed with the checksum in place, an intact segment gives all ones.
    const sum = pseudoHeaderSum(packet, datagram, transport) + sumWords(packet, start, datagram.totalLength);
    return { ip, transport: fold(sum) === 0xffff };
  } catch {
    // Whatever is malformed, the answer is "not verified": this function never throws.
    return { ip: false, transport: false };
  }
}

export function updateChecksum(checksum: number, oldWord: number, newWord: number): number {
  checkWord(checksum, 'checksum');
  checkWord(oldWord, 'old word');
  checkWord(newWord, 'new word');
  // RFC 1624 eqn 3: HC' = ~(~HC + ~m + m'). The older RFC 1141 form, HC + m + ~m',
  // gives 0xffff (minus zero) where a full recomputation gives 0x0000.
  return ~fold((~checksum & 0xffff) + (~oldWord & 0xffff) + newWord) & 0xffff;
}

export function decrementTtl(packet: Uint8Array): Uint8Array {
  const datagram = checkDatagram(packet);
  // RFC 1812 §5.2.2: a router drops a packet whose header checksum is wrong.
  if (!headerChecksumHolds(packet, datagram)) {
    throw new PacketError(`header checksum 0x${word(packet, 10).toString(16)} is wrong: the packet is dropped`);
  }
  const ttl = packet[8]!;
  // RFC 1812 §5.3.1: a TTL that would reach zero is not forwarded; the router sends ICMP Time Exceeded.
  if (ttl <= 1) {
    throw new PacketError(`TTL ${ttl} expires here: drop the packet and send ICMP Time Exceeded`);
  }
  const copy = packet.slice();
  copy[8] = ttl - 1;
  // The TTL is the high byte of the 16-bit word at offset 8; the protocol is its low byte.
  writeWord(copy, 10, updateChecksum(word(packet, 10), word(packet, 8), word(copy, 8)));
  return copy;
}

/**
 * The ones' complement sum, folded to 16 bits, of data[start..end) read as
 * big-endian 16-bit words (RFC 1071 §4.1), four bytes at a time: a 32-bit word
 * is two 16-bit words, and folding adds its halves together.
 */
function sumWords(data: Uint8Array, start: number, end: number): number {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let sum = 0;
  let i = start;
  const lastWordStart = end - 3;
  while (i < lastWordStart) {
    const stop = Math.min(lastWordStart, i + BYTES_PER_FOLD);
    for (; i < stop; i += 4) sum += view.getUint32(i);
    sum = fold(sum);
  }
  if (end - i >= 2) {
    sum += view.getUint16(i);
    i += 2;
  }
  // An odd last byte is padded on the right with a zero: it is the high byte of its word.
  if (i < end) sum += data[i]! * 256;
  return fold(sum);
}

/** Adds the carries above bit 15 back in (the end-around carry) until the sum fits in 16 bits. */
function fold(sum: number): number {
  while (sum > 0xffff) sum = (sum % 0x10000) + Math.floor(sum / 0x10000);
  return sum;
}

/** RFC 9293 §3.1 and RFC 768: source, destination, zero, protocol and the segment length from the IP header. */
function pseudoHeaderSum(packet: Uint8Array, datagram: Datagram, transport: Transport): number {
  if (!transport.pseudoHeader) return 0;
  const segmentLength = datagram.totalLength - datagram.headerLength;
  return sumWords(packet, 12, 20) + transport.protocol + segmentLength;
}

/** The transport checksum to send, with the checksum field counted as zero. */
function segmentChecksum(packet: Uint8Array, datagram: Datagram, transport: Transport): number {
  const start = checkSegment(packet, datagram, transport);
  const field = start + transport.checksumAt;
  const sum =
    pseudoHeaderSum(packet, datagram, transport) +
    sumWords(packet, start, field) +
    sumWords(packet, field + 2, datagram.totalLength);
  const checksum = ~fold(sum) & 0xffff;
  // RFC 768: zero means "no checksum" in UDP, so a computed zero is sent as all ones.
  return transport === UDP && checksum === 0 ? 0xffff : checksum;
}

function headerChecksumHolds(packet: Uint8Array, datagram: Datagram): boolean {
  return sumWords(packet, 0, datagram.headerLength) === 0xffff;
}

function checkBytes(data: unknown): asserts data is Uint8Array {
  if (!(data instanceof Uint8Array)) {
    throw new PacketError(`expected a Uint8Array, got ${data === null ? 'null' : typeof data}`);
  }
}

/** Checks what the header alone can show and returns its length in bytes. */
function checkHeader(packet: Uint8Array): number {
  checkBytes(packet);
  if (packet.length < 20) {
    throw new PacketError(`${packet.length} bytes are too short for an IPv4 header (at least 20)`);
  }
  const version = packet[0]! >> 4;
  if (version !== 4) {
    throw new PacketError(`IP version ${version} is not 4`);
  }
  const ihl = packet[0]! & 0x0f;
  if (ihl < 5) {
    throw new PacketError(`IHL ${ihl} is below the minimum of 5 (a 20-byte header)`);
  }
  const headerLength = ihl * 4;
  if (packet.length < headerLength) {
    throw new PacketError(`IHL ${ihl} means a ${headerLength}-byte header, but only ${packet.length} bytes were given`);
  }
  return headerLength;
}

/** Checks the header and that the total length lies between the header's length and the buffer's. */
function checkDatagram(packet: Uint8Array): Datagram {
  const headerLength = checkHeader(packet);
  const totalLength = word(packet, 2);
  if (totalLength < headerLength) {
    throw new PacketError(`total length ${totalLength} is shorter than the ${headerLength}-byte header`);
  }
  if (totalLength > packet.length) {
    throw new PacketError(`total length ${totalLength} is more than the ${packet.length} bytes given`);
  }
  const flagsAndOffset = word(packet, 6);
  // RFC 791: every fragment but the last has MF set; every one but the first has an offset.
  const fragment = (flagsAndOffset & 0x2000) !== 0 || (flagsAndOffset & 0x1fff) !== 0;
  return { headerLength, totalLength, protocol: packet[9]!, fragment };
}

/** Checks that the segment holds a whole transport header and returns where it starts. */
function checkSegment(packet: Uint8Array, datagram: Datagram, transport: Transport): number {
  const start = datagram.headerLength;
  const length = datagram.totalLength - start;
  if (length < transport.minLength) {
    throw new PacketError(`${transport.name} header truncated: ${length} bytes, need at least ${transport.minLength}`);
  }
  if (transport === TCP) {
    // RFC 9293 §3.1: the data offset counts the TCP header, options included, in 32-bit words.
    const headerLength = (packet[start + 12]! >> 4) * 4;
    if (headerLength < TCP.minLength || headerLength > length) {
      throw new PacketError(`TCP header truncated: data offset gives ${headerLength} bytes, segment has ${length}`);
    }
  }
  return start;
}

function checkWord(value: unknown, what: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffff) {
    throw new PacketError(`${what} ${String(value)} is not a 16-bit integer (0 to 0xffff)`);
  }
}

function word(bytes: Uint8Array, offset: number): number {
  return (bytes[offset]! << 8) | bytes[offset + 1]!;
}

function writeWord(bytes: Uint8Array, offset: number, value: number): void {
  bytes[offset] = value >> 8;
  bytes[offset + 1] = value & 0xff;
}
