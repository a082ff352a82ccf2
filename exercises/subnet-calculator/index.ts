/**
 * Subnet calculator.
 *
 * Represent an IPv4 address as an unsigned 32-bit integer (0 to 4294967295)
 * stored in an ordinary JavaScript number. Every invalid input must throw an
 * `AddressError` whose message names the bad part, for example
 * `invalid octet "01" in "192.168.01.1"` or `prefix 33 out of range 0-32`.
 *
 * Read README.md for the tasks, then replace each `throw new Error('Not implemented')`.
 * You may add helper functions and constants of your own.
 */

/** Thrown for every invalid input. Already complete: use it, don't change it. */
export class AddressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AddressError';
  }
}

/** Everything `describeSubnet` reports about a block. Addresses are dotted strings. */
export interface SubnetInfo {
  /** The first address of the block (the given address with its host bits cleared). */
  network: string;
  /** The last address of the block, whatever the prefix (for a /32 it is the address itself). */
  broadcast: string;
  /** The subnet mask, e.g. `255.255.255.0`. */
  mask: string;
  /** The inverse of the mask, e.g. `0.0.0.255`. */
  wildcard: string;
  /** The prefix length, 0 to 32. */
  prefix: number;
  /** The first usable address (see `describeSubnet` for /31 and /32). */
  firstHost: string;
  /** The last usable address (see `describeSubnet` for /31 and /32). */
  lastHost: string;
  /** 2^(32 - prefix); 4294967296 for a /0. */
  totalAddresses: number;
  /** totalAddresses - 2, except 2 for a /31 and 1 for a /32. */
  usableHosts: number;
  /** The class of the network address, from its first octet. */
  addressClass: 'A' | 'B' | 'C' | 'D' | 'E';
  /** True only when the whole block lies inside one RFC 1918 range. */
  isPrivate: boolean;
}

// ---------------------------------------------------------------------------
// Task 1: Addresses and masks
// ---------------------------------------------------------------------------

/**
 * Parses strict dotted decimal into an unsigned 32-bit integer.
 *
 * Exactly four octets separated by dots; each octet is `0` or an ASCII decimal
 * number from 1 to 255 with no leading zero. Everything else throws
 * `AddressError`: leading zeros (`01`), whitespace, signs, hex (`0x10`), empty
 * octets, three or five octets, non-ASCII digits, and non-string arguments.
 *
 * @example parseIPv4('192.168.0.100') === 3232235620
 * @example parseIPv4('255.255.255.255') === 4294967295
 */
export function parseIPv4(text: string): number {
  throw new Error('Not implemented');
}

/**
 * Formats an unsigned 32-bit integer as dotted decimal.
 *
 * Throws `AddressError` when `value` is not an integer from 0 to 4294967295
 * (so negative numbers, fractions, NaN and 2^32 are all rejected).
 *
 * @example formatIPv4(3232235620) === '192.168.0.100'
 */
export function formatIPv4(value: number): string {
  throw new Error('Not implemented');
}

/**
 * Returns the subnet mask for a prefix length, as an unsigned 32-bit integer.
 *
 * `prefix` must be an integer from 0 to 32, otherwise `AddressError`.
 *
 * @example prefixToMask(24) === 4294967040  // 255.255.255.0
 * @example prefixToMask(0) === 0
 */
export function prefixToMask(prefix: number): number {
  throw new Error('Not implemented');
}

/**
 * Returns the prefix length of a subnet mask given as a dotted string or as an
 * unsigned 32-bit integer.
 *
 * Throws `AddressError` when the mask is not contiguous (ones followed only by
 * zeros, like `255.0.255.0`), when the string is not a valid address, or when
 * the number is not an integer from 0 to 4294967295.
 *
 * @example maskToPrefix('255.255.240.0') === 20
 * @example maskToPrefix(0xffffff00) === 24
 */
export function maskToPrefix(mask: string | number): number {
  throw new Error('Not implemented');
}

// ---------------------------------------------------------------------------
// Task 2: Describe a subnet
// ---------------------------------------------------------------------------

/**
 * Describes the block written in CIDR notation `a.b.c.d/n`.
 *
 * `n` is decimal from 0 to 32 with no leading zero and nothing around it, so
 * `/08`, `/033`, `/+8`, `/ 8`, `/33` and a missing `/` throw `AddressError`.
 * The address may have host bits set: the network is derived from it.
 *
 * - `broadcast` is always the last address of the block.
 * - Usable hosts normally run from network + 1 to broadcast - 1
 *   (`usableHosts` = total - 2). Two exceptions:
 *   a /31 has two usable addresses (RFC 3021): firstHost = network,
 *   lastHost = broadcast, usableHosts = 2; a /32 has one:
 *   firstHost = lastHost = the address, usableHosts = 1.
 * - `addressClass` comes from the first octet of the network address:
 *   A 0-127, B 128-191, C 192-223, D 224-239, E 240-255.
 * - `isPrivate` is true only when the whole block lies inside one of
 *   10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (so 10.0.0.0/7 is not private).
 *
 * @example describeSubnet('192.168.1.77/26').network === '192.168.1.64'
 */
export function describeSubnet(cidr: string): SubnetInfo {
  throw new Error('Not implemented');
}

/**
 * Whether `address` lies inside the block `cidr` (network and broadcast
 * included). Either argument being invalid throws `AddressError`.
 *
 * @example contains('10.0.0.0/8', '10.255.255.255') === true
 * @example contains('10.0.0.0/8', '11.0.0.0') === false
 */
export function contains(cidr: string, address: string): boolean {
  throw new Error('Not implemented');
}

// ---------------------------------------------------------------------------
// Task 3: Split a block
// ---------------------------------------------------------------------------

/**
 * Splits `cidr` into at least `count` equal subnets, using the smallest prefix
 * that gives enough of them, and lists all of them in address order as
 * `a.b.c.d/n` strings. `count` 1 gives the block itself.
 *
 * Throws `AddressError` when `count` is not a positive integer, when the needed
 * prefix would exceed 32, or when the list would hold more than 65,536 subnets
 * (check before building it).
 *
 * @example splitBySubnetCount('172.16.0.0/16', 30)
 *   // { prefix: 21, mask: '255.255.248.0',
 *   //   subnets: ['172.16.0.0/21', '172.16.8.0/21', ... 32 entries] }
 */
export function splitBySubnetCount(
  cidr: string,
  count: number,
): { prefix: number; mask: string; subnets: string[] } {
  throw new Error('Not implemented');
}

/**
 * Splits `cidr` into subnets that each hold `hosts` hosts and lists every one
 * of them in address order.
 *
 * The subnet size is the smallest block of 2^h addresses with 2^h - 2 >= hosts
 * (network and broadcast are reserved), so never smaller than a /30.
 *
 * Throws `AddressError` when `hosts` is not a positive integer, when the block
 * is smaller than one such subnet, or when the list would hold more than
 * 65,536 subnets (check before building it).
 *
 * @example splitByHostCount('192.168.1.0/24', 50)
 *   // { prefix: 26, mask: '255.255.255.192',
 *   //   subnets: ['192.168.1.0/26', '192.168.1.64/26', '192.168.1.128/26', '192.168.1.192/26'] }
 */
export function splitByHostCount(
  cidr: string,
  hosts: number,
): { prefix: number; mask: string; subnets: string[] } {
  throw new Error('Not implemented');
}

// ---------------------------------------------------------------------------
// Task 4: VLSM allocation
// ---------------------------------------------------------------------------

/**
 * Carves one subnet per host requirement out of `cidr` (variable-length subnet
 * masking).
 *
 * - Each requirement gets the smallest block with 2^h - 2 >= hosts (at least a /30).
 * - Requirements are placed by block size, largest first; equal sizes keep
 *   their input order.
 * - Each block goes at the lowest free address aligned to its size, starting
 *   at the network address of `cidr`.
 * - The result is in the input order: `[{ hosts, subnet: 'a.b.c.d/n' }, ...]`.
 * - An empty list gives `[]`.
 *
 * Throws `AddressError` when a host count is not a positive integer, or when a
 * requirement does not fit (the message names it).
 *
 * @example allocateVlsm('192.168.1.0/24', [20, 100, 50])
 *   // [{ hosts: 20, subnet: '192.168.1.192/27' },
 *   //  { hosts: 100, subnet: '192.168.1.0/25' },
 *   //  { hosts: 50, subnet: '192.168.1.128/26' }]
 */
export function allocateVlsm(cidr: string, hostCounts: number[]): Array<{ hosts: number; subnet: string }> {
  throw new Error('Not implemented');
}

// ---------------------------------------------------------------------------
// Task 5: Route summarisation
// ---------------------------------------------------------------------------

/**
 * Returns the smallest list of CIDR blocks that covers exactly the addresses
 * covered by `cidrs`, sorted by address.
 *
 * Host bits in the input are ignored (`10.0.0.5/24` means `10.0.0.0/24`).
 * Overlapping, duplicate, contained and adjacent blocks merge, but only into
 * blocks that are properly aligned: `10.0.1.0/24` and `10.0.2.0/24` stay two
 * blocks. An empty list gives `[]`. Any invalid CIDR throws `AddressError`.
 *
 * A /0 holds 2^32 addresses: beware of 32-bit bitwise operators on values that
 * can reach 2^32.
 *
 * @example summarize(['10.0.0.0/24', '10.0.1.0/24']) // ['10.0.0.0/23']
 * @example summarize(['10.0.1.0/24', '10.0.2.0/24']) // ['10.0.1.0/24', '10.0.2.0/24']
 */
export function summarize(cidrs: string[]): string[] {
  throw new Error('Not implemented');
}
