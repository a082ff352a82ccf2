import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { AddressError, contains, describeSubnet } from '@impl/subnet-calculator';

// Test-side helpers use plain arithmetic so they do not share bugs with bitwise code.
const fmt = (value: number): string =>
  [2 ** 24, 2 ** 16, 2 ** 8, 1].map((unit) => Math.floor(value / unit) % 256).join('.');
const block = (address: number, prefix: number) => {
  const size = 2 ** (32 - prefix);
  const network = address - (address % size);
  return { network, size, broadcast: network + size - 1 };
};
const PRIVATE = [
  { start: 10 * 2 ** 24, size: 2 ** 24 },
  { start: (172 * 256 + 16) * 2 ** 16, size: 2 ** 20 },
  { start: (192 * 256 + 168) * 2 ** 16, size: 2 ** 16 },
];
const classOf = (network: number): string => {
  const first = Math.floor(network / 2 ** 24);
  return first < 128 ? 'A' : first < 192 ? 'B' : first < 224 ? 'C' : first < 240 ? 'D' : 'E';
};

const uint32 = fc.integer({ min: 0, max: 0xffffffff });
/** Addresses spread over the whole space, with extra weight in and around the RFC 1918 ranges. */
const address = fc.oneof(
  uint32,
  fc.constantFrom(...PRIVATE).chain(({ start, size }) =>
    fc.integer({ min: start - size, max: start + 2 * size - 1 }),
  ),
);
/** Prefix lengths with extra weight on the special cases /0, /30, /31 and /32. */
const prefixLength = fc.oneof(fc.integer({ min: 0, max: 32 }), fc.constantFrom(0, 30, 31, 32));

function expectedInfo(address: number, prefix: number) {
  const { network, size, broadcast } = block(address, prefix);
  const reserved = prefix <= 30 ? 1 : 0;
  return {
    network: fmt(network),
    broadcast: fmt(broadcast),
    mask: fmt(2 ** 32 - size),
    wildcard: fmt(size - 1),
    prefix,
    firstHost: fmt(network + reserved),
    lastHost: fmt(broadcast - reserved),
    totalAddresses: size,
    usableHosts: size - 2 * reserved,
    addressClass: classOf(network),
    isPrivate: PRIVATE.some((range) => network >= range.start && broadcast < range.start + range.size),
  };
}

describe('task 2: describe a subnet', () => {
  describe('describeSubnet', () => {
    it('describes 192.168.1.77/26 completely', () => {
      expect(describeSubnet('192.168.1.77/26')).toEqual({
        network: '192.168.1.64',
        broadcast: '192.168.1.127',
        mask: '255.255.255.192',
        wildcard: '0.0.0.63',
        prefix: 26,
        firstHost: '192.168.1.65',
        lastHost: '192.168.1.126',
        totalAddresses: 64,
        usableHosts: 62,
        addressClass: 'C',
        isPrivate: true,
      });
    });

    it('describes 172.16.5.4/12 completely', () => {
      expect(describeSubnet('172.16.5.4/12')).toEqual({
        network: '172.16.0.0',
        broadcast: '172.31.255.255',
        mask: '255.240.0.0',
        wildcard: '0.15.255.255',
        prefix: 12,
        firstHost: '172.16.0.1',
        lastHost: '172.31.255.254',
        totalAddresses: 1048576,
        usableHosts: 1048574,
        addressClass: 'B',
        isPrivate: true,
      });
    });

    it('describes 0.0.0.0/0 with 4294967296 addresses and a 0.0.0.0 mask', () => {
      expect(describeSubnet('0.0.0.0/0')).toEqual({
        network: '0.0.0.0',
        broadcast: '255.255.255.255',
        mask: '0.0.0.0',
        wildcard: '255.255.255.255',
        prefix: 0,
        firstHost: '0.0.0.1',
        lastHost: '255.255.255.254',
        totalAddresses: 4294967296,
        usableHosts: 4294967294,
        addressClass: 'A',
        isPrivate: false,
      });
    });

    it('describes a /30 with two usable hosts between network and broadcast', () => {
      const info = describeSubnet('10.0.0.9/30');
      expect(info).toMatchObject({
        network: '10.0.0.8',
        broadcast: '10.0.0.11',
        firstHost: '10.0.0.9',
        lastHost: '10.0.0.10',
        totalAddresses: 4,
        usableHosts: 2,
      });
    });

    it('gives a /31 two usable addresses, first = network and last = broadcast (RFC 3021)', () => {
      expect(describeSubnet('10.0.0.5/31')).toEqual({
        network: '10.0.0.4',
        broadcast: '10.0.0.5',
        mask: '255.255.255.254',
        wildcard: '0.0.0.1',
        prefix: 31,
        firstHost: '10.0.0.4',
        lastHost: '10.0.0.5',
        totalAddresses: 2,
        usableHosts: 2,
        addressClass: 'A',
        isPrivate: true,
      });
    });

    it('gives a /32 one usable address: the address itself is network, broadcast, first and last', () => {
      expect(describeSubnet('203.0.113.7/32')).toEqual({
        network: '203.0.113.7',
        broadcast: '203.0.113.7',
        mask: '255.255.255.255',
        wildcard: '0.0.0.0',
        prefix: 32,
        firstHost: '203.0.113.7',
        lastHost: '203.0.113.7',
        totalAddresses: 1,
        usableHosts: 1,
        addressClass: 'C',
        isPrivate: false,
      });
    });

    it('describes 255.255.255.255/32 (class E, top of the address space)', () => {
      expect(describeSubnet('255.255.255.255/32')).toMatchObject({
        network: '255.255.255.255',
        broadcast: '255.255.255.255',
        firstHost: '255.255.255.255',
        usableHosts: 1,
        addressClass: 'E',
      });
    });

    it('describes 255.255.255.254/31 (top /31 of the address space)', () => {
      expect(describeSubnet('255.255.255.254/31')).toMatchObject({
        network: '255.255.255.254',
        broadcast: '255.255.255.255',
        firstHost: '255.255.255.254',
        lastHost: '255.255.255.255',
        usableHosts: 2,
      });
    });

    it('derives the network when host bits are set (10.1.2.3/8 is 10.0.0.0/8)', () => {
      expect(describeSubnet('10.1.2.3/8')).toMatchObject({
        network: '10.0.0.0',
        broadcast: '10.255.255.255',
        firstHost: '10.0.0.1',
        lastHost: '10.255.255.254',
      });
    });

    it.each([
      ['0.0.0.0/32', 'A'],
      ['127.255.255.255/32', 'A'],
      ['128.0.0.0/32', 'B'],
      ['191.255.255.255/32', 'B'],
      ['192.0.0.0/32', 'C'],
      ['223.255.255.255/32', 'C'],
      ['224.0.0.0/32', 'D'],
      ['239.255.255.255/32', 'D'],
      ['240.0.0.0/32', 'E'],
    ])('gives %s class %s', (cidr, expected) => {
      expect(describeSubnet(cidr).addressClass).toBe(expected);
    });

    it('takes the class from the network address: 200.1.1.1/1 is class B (network 128.0.0.0)', () => {
      expect(describeSubnet('200.1.1.1/1').addressClass).toBe('B');
    });

    it('takes the class from the network address: 250.1.1.1/2 is class C (network 192.0.0.0)', () => {
      expect(describeSubnet('250.1.1.1/2').addressClass).toBe('C');
    });

    it('takes the class from the network address: 192.168.1.1/0 is class A (network 0.0.0.0)', () => {
      expect(describeSubnet('192.168.1.1/0').addressClass).toBe('A');
    });

    it.each([
      ['10.0.0.0/8', true],
      ['10.20.30.40/32', true],
      ['10.0.0.0/7', false],
      ['11.0.0.0/8', false],
      ['172.16.0.0/12', true],
      ['172.31.255.255/32', true],
      ['172.16.0.0/11', false],
      ['172.15.255.255/32', false],
      ['172.32.0.0/16', false],
      ['192.168.0.0/16', true],
      ['192.168.100.0/24', true],
      ['192.168.0.0/15', false],
      ['192.169.0.0/16', false],
      ['8.8.8.8/32', false],
      ['0.0.0.0/0', false],
    ])('reports %s as private: %s', (cidr, expected) => {
      expect(describeSubnet(cidr).isPrivate).toBe(expected);
    });

    it.each([
      ['rejects a missing slash such as 10.0.0.0', '10.0.0.0'],
      ['rejects an empty prefix such as 10.0.0.0/', '10.0.0.0/'],
      ['rejects a prefix with a leading zero such as /08', '10.0.0.0/08'],
      ['rejects a prefix with a leading zero such as /033', '10.0.0.0/033'],
      ['rejects a doubled zero prefix such as /00', '10.0.0.0/00'],
      ['rejects a signed prefix such as /+8', '10.0.0.0/+8'],
      ['rejects a negative prefix such as /-1', '10.0.0.0/-1'],
      ['rejects a space after the slash such as "/ 8"', '10.0.0.0/ 8'],
      ['rejects a space before the slash such as "10.0.0.0 /8"', '10.0.0.0 /8'],
      ['rejects trailing whitespace such as "10.0.0.0/8 "', '10.0.0.0/8 '],
      ['rejects prefix 33', '10.0.0.0/33'],
      ['rejects prefix 100', '10.0.0.0/100'],
      ['rejects a fractional prefix such as /8.0', '10.0.0.0/8.0'],
      ['rejects a hex prefix such as /0x8', '10.0.0.0/0x8'],
      ['rejects two slashes such as 10.0.0.0/8/8', '10.0.0.0/8/8'],
      ['rejects a missing address such as /8', '/8'],
      ['rejects an invalid address such as 10.0.0.256/8', '10.0.0.256/8'],
      ['rejects an address with leading zeros such as 10.0.0.01/8', '10.0.0.01/8'],
      ['rejects the empty string', ''],
    ])('%s', (_name, cidr) => {
      expect(() => describeSubnet(cidr)).toThrow(AddressError);
    });

    it('rejects a non-string argument', () => {
      expect(() => describeSubnet(null as unknown as string)).toThrow(AddressError);
      expect(() => describeSubnet(167772160 as unknown as string)).toThrow(AddressError);
    });

    it('names the bad prefix in the error message for 10.0.0.0/33', () => {
      expect(() => describeSubnet('10.0.0.0/33')).toThrow(/33/);
    });

    it('property: every field matches an independent computation for any address and prefix', () => {
      fc.assert(
        fc.property(address, prefixLength, (value, prefix) => {
          expect(describeSubnet(`${fmt(value)}/${prefix}`)).toEqual(expectedInfo(value, prefix));
        }),
        { numRuns: 200 },
      );
    });

    it('property: host bits do not matter (a.b.c.d/n describes the same block as its network/n)', () => {
      fc.assert(
        fc.property(address, prefixLength, (value, prefix) => {
          const { network } = block(value, prefix);
          expect(describeSubnet(`${fmt(value)}/${prefix}`)).toEqual(describeSubnet(`${fmt(network)}/${prefix}`));
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('contains', () => {
    it('includes the network and broadcast addresses', () => {
      expect(contains('192.168.1.0/24', '192.168.1.0')).toBe(true);
      expect(contains('192.168.1.0/24', '192.168.1.255')).toBe(true);
    });

    it('excludes the addresses just outside the block', () => {
      expect(contains('192.168.1.0/24', '192.168.0.255')).toBe(false);
      expect(contains('192.168.1.0/24', '192.168.2.0')).toBe(false);
    });

    it('ignores host bits in the block (10.1.2.3/8 contains 10.200.0.1)', () => {
      expect(contains('10.1.2.3/8', '10.200.0.1')).toBe(true);
      expect(contains('10.1.2.3/8', '11.0.0.0')).toBe(false);
    });

    it('lets 0.0.0.0/0 contain every address, including 255.255.255.255', () => {
      expect(contains('0.0.0.0/0', '0.0.0.0')).toBe(true);
      expect(contains('0.0.0.0/0', '255.255.255.255')).toBe(true);
      expect(contains('0.0.0.0/0', '128.0.0.0')).toBe(true);
    });

    it('lets a /32 contain only its own address', () => {
      expect(contains('10.0.0.1/32', '10.0.0.1')).toBe(true);
      expect(contains('10.0.0.1/32', '10.0.0.0')).toBe(false);
      expect(contains('10.0.0.1/32', '10.0.0.2')).toBe(false);
    });

    it('handles blocks in the upper half of the address space (200.0.0.0/8)', () => {
      expect(contains('200.0.0.0/8', '200.255.255.255')).toBe(true);
      expect(contains('200.0.0.0/8', '201.0.0.0')).toBe(false);
      expect(contains('128.0.0.0/1', '255.255.255.255')).toBe(true);
      expect(contains('128.0.0.0/1', '127.255.255.255')).toBe(false);
    });

    it('rejects an invalid block', () => {
      expect(() => contains('10.0.0.0/33', '10.0.0.1')).toThrow(AddressError);
      expect(() => contains('10.0.0.0', '10.0.0.1')).toThrow(AddressError);
      expect(() => contains('10.0.0.0/08', '10.0.0.1')).toThrow(AddressError);
    });

    it('rejects an invalid address', () => {
      expect(() => contains('10.0.0.0/8', '10.0.0.256')).toThrow(AddressError);
      expect(() => contains('10.0.0.0/8', '10.0.0.1/32')).toThrow(AddressError);
      expect(() => contains('10.0.0.0/8', '010.0.0.1')).toThrow(AddressError);
    });

    it('property: agrees with an independent range check for addresses near the block edges', () => {
      fc.assert(
        fc.property(address, prefixLength, fc.integer({ min: -2, max: 2 }), fc.boolean(), (value, prefix, delta, atEnd) => {
          const { network, broadcast } = block(value, prefix);
          const probe = (atEnd ? broadcast : network) + delta;
          fc.pre(probe >= 0 && probe <= 0xffffffff);
          expect(contains(`${fmt(value)}/${prefix}`, fmt(probe))).toBe(probe >= network && probe <= broadcast);
        }),
        { numRuns: 200 },
      );
    });

    it('property: agrees with an independent range check for any address', () => {
      fc.assert(
        fc.property(address, prefixLength, uint32, (value, prefix, probe) => {
          const { network, broadcast } = block(value, prefix);
          expect(contains(`${fmt(value)}/${prefix}`, fmt(probe))).toBe(probe >= network && probe <= broadcast);
        }),
        { numRuns: 200 },
      );
    });

    it('property: a block contains its own network, broadcast, first and last host', () => {
      fc.assert(
        fc.property(address, prefixLength, (value, prefix) => {
          const cidr = `${fmt(value)}/${prefix}`;
          const info = describeSubnet(cidr);
          for (const member of [info.network, info.broadcast, info.firstHost, info.lastHost]) {
            expect(contains(cidr, member)).toBe(true);
          }
        }),
        { numRuns: 200 },
      );
    });
  });
});
