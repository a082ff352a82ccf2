/**
 * Subnet calculator: reference solution.
 *
 * An IPv4 address is an unsigned 32-bit integer held in an ordinary number.
 * JavaScript's bitwise operators work on signed 32-bit values, so a bitwise
 * result that may have its top bit set is brought back with `>>> 0`. Values
 * that can reach 2^32 (the size of a /0, the end of the last block) never go
 * through a bitwise operator: they use plain arithmetic, exact up to 2^53.
 */

export class AddressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AddressError';
  }
}

export interface SubnetInfo {
  network: string;
  broadcast: string;
  mask: string;
  wildcard: string;
  prefix: number;
  firstHost: string;
  lastHost: string;
  totalAddresses: number;
  usableHosts: number;
  addressClass: 'A' | 'B' | 'C' | 'D' | 'E';
  isPrivate: boolean;
}

// ASCII digits only and no leading zeros: inet_aton() would read "010" as octal 8.
const OCTET = /^(0|[1-9][0-9]{0,2})$/;
const PREFIX_LENGTH = /^(0|[1-9][0-9]?)$/;
// A listing is refused above this many subnets, before any string is built.
const MAX_LISTED_SUBNETS = 65_536;

/** A parsed `a.b.c.d/n`. */
interface Block {
  /** The address as written, host bits included. */
  address: number;
  network: number;
  prefix: number;
  /** 2^(32 - prefix): reaches 2^32 for a /0, so only plain arithmetic on it. */
  size: number;
}

export function parseIPv4(text: string): number {
  if (typeof text !== 'string') {
    throw new AddressError(`expected an IPv4 address string, got ${typeof text}`);
  }
  const octets = text.split('.');
  if (octets.length !== 4) {
    throw new AddressError(`"${text}" is not four dot-separated octets`);
  }
  let value = 0;
  for (const octet of octets) {
    if (!OCTET.test(octet) || Number(octet) > 255) {
      throw new AddressError(`invalid octet "${octet}" in "${text}"`);
    }
    // Multiply rather than shift: `value << 8` turns negative once bit 31 is set.
    value = value * 256 + Number(octet);
  }
  return value;
}

export function formatIPv4(value: number): string {
  checkUint32(value, 'address');
  return [value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff].join('.');
}

export function prefixToMask(prefix: number): number {
  checkPrefix(prefix);
  // Shift counts are taken mod 32, so `0xffffffff << 32` keeps every bit: /0 needs its own case.
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

export function maskToPrefix(mask: string | number): number {
  const value = typeof mask === 'string' ? parseIPv4(mask) : checkUint32(mask, 'mask');
  // Count the leading ones, then rebuild the mask: any stray bit shows up as a mismatch.
  const prefix = Math.clz32(~value);
  if (prefixToMask(prefix) !== value) {
    throw new AddressError(`mask ${formatIPv4(value)} is not contiguous`);
  }
  return prefix;
}

export function describeSubnet(cidr: string): SubnetInfo {
  const block = parseCidr(cidr);
  const { network, prefix, size } = block;
  const mask = prefixToMask(prefix);
  const broadcast = network + size - 1;
  // RFC 3021: a /31 point-to-point link reserves no network or broadcast
  // address, and a /32 names a single host; only /0 to /30 lose those two.
  const reserved = prefix <= 30 ? 1 : 0;
  return {
    network: formatIPv4(network),
    broadcast: formatIPv4(broadcast),
    mask: formatIPv4(mask),
    wildcard: formatIPv4(~mask >>> 0),
    prefix,
    firstHost: formatIPv4(network + reserved),
    lastHost: formatIPv4(broadcast - reserved),
    totalAddresses: size,
    usableHosts: size - 2 * reserved,
    addressClass: classOf(network),
    isPrivate: PRIVATE_RANGES.some((range) => isWithin(block, range)),
  };
}

export function contains(cidr: string, address: string): boolean {
  const { network, size } = parseCidr(cidr);
  const value = parseIPv4(address);
  return value >= network && value < network + size;
}

export function splitBySubnetCount(
  cidr: string,
  count: number,
): { prefix: number; mask: string; subnets: string[] } {
  const block = parseCidr(cidr);
  checkPositiveInteger(count, 'subnet count');
  // Borrow the fewest host bits that give 2^bits >= count subnets.
  let bits = 0;
  while (2 ** bits < count) bits++;
  const prefix = block.prefix + bits;
  if (prefix > 32) {
    throw new AddressError(`cannot split ${cidr} into ${count} subnets: that needs a /${prefix}`);
  }
  return listSubnets(block, prefix);
}

export function splitByHostCount(
  cidr: string,
  hosts: number,
): { prefix: number; mask: string; subnets: string[] } {
  const block = parseCidr(cidr);
  checkPositiveInteger(hosts, 'host count');
  const hostBits = hostBitsFor(hosts);
  if (hostBits > 32 - block.prefix) {
    throw new AddressError(`cannot fit ${hosts} hosts in ${cidr}: they need a block of ${2 ** hostBits} addresses`);
  }
  return listSubnets(block, 32 - hostBits);
}

export function allocateVlsm(cidr: string, hostCounts: number[]): Array<{ hosts: number; subnet: string }> {
  const block = parseCidr(cidr);
  if (!Array.isArray(hostCounts)) {
    throw new AddressError('host counts must be an array');
  }
  // Array.from rather than map: map skips the holes of a sparse array instead of rejecting them.
  const requirements = Array.from(hostCounts, (hosts, index) => {
    checkPositiveInteger(hosts, 'host count');
    return { hosts, index, hostBits: hostBitsFor(hosts) };
  });
  // Largest first; sort is stable, so equal sizes keep their input order.
  // Every size is a power of two no larger than any placed before it, so the
  // running offset is always a multiple of the current size: a bump pointer
  // hands out aligned blocks and never leaves a gap.
  const largestFirst = [...requirements].sort((a, b) => b.hostBits - a.hostBits);
  const subnets: string[] = [];
  const end = block.network + block.size;
  let next = block.network;
  for (const { hosts, index, hostBits } of largestFirst) {
    const size = 2 ** hostBits;
    if (next + size > end) {
      throw new AddressError(
        `cannot fit ${hosts} hosts (requirement ${index + 1}) in ${cidr}: ` +
          `they need ${size} addresses and ${end - next} are left`,
      );
    }
    subnets[index] = cidrOf(next, 32 - hostBits);
    next += size;
  }
  return requirements.map(({ hosts, index }) => ({ hosts, subnet: subnets[index] }));
}

export function summarize(cidrs: string[]): string[] {
  if (!Array.isArray(cidrs)) {
    throw new AddressError('expected an array of CIDR strings');
  }
  // Half-open ranges [start, end): end reaches 2^32 for the last block.
  const ranges = Array.from(cidrs, (cidr) => parseCidr(cidr))
    .map(({ network, size }) => ({ start: network, end: network + size }))
    .sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    // `<=` merges ranges that merely touch as well as those that overlap.
    if (last && range.start <= last.end) {
      last.end = Math.max(last.end, range.end);
    } else {
      merged.push(range);
    }
  }
  const result: string[] = [];
  for (const { start, end } of merged) {
    let cursor = start;
    while (cursor < end) {
      // The largest block that is aligned at `cursor` and ends by `end`.
      let prefix = 0;
      while (cursor % blockSize(prefix) !== 0 || cursor + blockSize(prefix) > end) prefix++;
      result.push(cidrOf(cursor, prefix));
      cursor += blockSize(prefix);
    }
  }
  return result;
}

function parseCidr(cidr: string): Block {
  if (typeof cidr !== 'string') {
    throw new AddressError(`expected a CIDR string, got ${typeof cidr}`);
  }
  const slash = cidr.indexOf('/');
  if (slash === -1) {
    throw new AddressError(`missing "/prefix" in "${cidr}"`);
  }
  const address = parseIPv4(cidr.slice(0, slash));
  const prefixText = cidr.slice(slash + 1);
  if (!PREFIX_LENGTH.test(prefixText)) {
    throw new AddressError(`invalid prefix "${prefixText}" in "${cidr}"`);
  }
  const prefix = Number(prefixText);
  const network = (address & prefixToMask(prefix)) >>> 0;
  return { address, network, prefix, size: blockSize(prefix) };
}

// RFC 1918 private address space.
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((cidr) => parseCidr(cidr));

/** Aligned blocks either nest or are disjoint, so the start and the prefix decide. */
function isWithin(inner: Block, outer: Block): boolean {
  return (
    inner.prefix >= outer.prefix && inner.network >= outer.network && inner.network < outer.network + outer.size
  );
}

// Classful addressing: RFC 791 defines A to C, RFC 1112 adds D (multicast) and E (reserved).
function classOf(address: number): SubnetInfo['addressClass'] {
  const firstOctet = address >>> 24;
  if (firstOctet < 128) return 'A';
  if (firstOctet < 192) return 'B';
  if (firstOctet < 224) return 'C';
  if (firstOctet < 240) return 'D';
  return 'E';
}

/**
 * The host bits of the smallest block with room for `hosts` besides its
 * network and broadcast addresses (2^h - 2 >= hosts), so never less than a /30.
 * May exceed 32 when no IPv4 block is big enough.
 */
function hostBitsFor(hosts: number): number {
  let hostBits = 2;
  while (2 ** hostBits - 2 < hosts) hostBits++;
  return hostBits;
}

/** Every /`prefix` inside `block`, in address order. */
function listSubnets(block: Block, prefix: number): { prefix: number; mask: string; subnets: string[] } {
  const count = 2 ** (prefix - block.prefix);
  if (count > MAX_LISTED_SUBNETS) {
    throw new AddressError(
      `splitting ${cidrOf(block.network, block.prefix)} into /${prefix} gives ${count} subnets, ` +
        `more than the ${MAX_LISTED_SUBNETS} that can be listed`,
    );
  }
  const size = blockSize(prefix);
  const subnets = Array.from({ length: count }, (_, i) => cidrOf(block.network + i * size, prefix));
  return { prefix, mask: formatIPv4(prefixToMask(prefix)), subnets };
}

function blockSize(prefix: number): number {
  return 2 ** (32 - prefix);
}

function cidrOf(network: number, prefix: number): string {
  return `${formatIPv4(network)}/${prefix}`;
}

function checkUint32(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    throw new AddressError(`${what} ${String(value)} is not an integer from 0 to 4294967295`);
  }
  return value;
}

function checkPrefix(prefix: unknown): void {
  if (typeof prefix !== 'number' || !Number.isInteger(prefix)) {
    throw new AddressError(`prefix ${String(prefix)} is not an integer`);
  }
  if (prefix < 0 || prefix > 32) {
    throw new AddressError(`prefix ${prefix} out of range 0-32`);
  }
}

function checkPositiveInteger(value: unknown, what: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new AddressError(`${what} must be a positive integer, got ${String(value)}`);
  }
}
