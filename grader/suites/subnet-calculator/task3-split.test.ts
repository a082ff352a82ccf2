import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { AddressError, splitByHostCount, splitBySubnetCount } from '@impl/subnet-calculator';

// Test-side helpers use plain arithmetic so they do not share bugs with bitwise code.
const fmt = (value: number): string =>
  [2 ** 24, 2 ** 16, 2 ** 8, 1].map((unit) => Math.floor(value / unit) % 256).join('.');
const networkOf = (address: number, prefix: number): number => address - (address % 2 ** (32 - prefix));
/** Every /prefix block inside network/outer, in address order. */
const tiling = (network: number, outer: number, prefix: number): string[] =>
  Array.from({ length: 2 ** (prefix - outer) }, (_, i) => `${fmt(network + i * 2 ** (32 - prefix))}/${prefix}`);

const uint32 = fc.integer({ min: 0, max: 0xffffffff });

describe('task 3: split a block', () => {
  describe('splitBySubnetCount', () => {
    it('splits 172.16.0.0/16 into 32 /21s when 30 subnets are needed', () => {
      const result = splitBySubnetCount('172.16.0.0/16', 30);
      expect(result.prefix).toBe(21);
      expect(result.mask).toBe('255.255.248.0');
      expect(result.subnets).toEqual(tiling(0xac100000, 16, 21));
      expect(result.subnets.slice(0, 3)).toEqual(['172.16.0.0/21', '172.16.8.0/21', '172.16.16.0/21']);
      expect(result.subnets.at(-1)).toBe('172.16.248.0/21');
    });

    it('gives the block itself for a count of 1', () => {
      expect(splitBySubnetCount('172.16.0.0/16', 1)).toEqual({
        prefix: 16,
        mask: '255.255.0.0',
        subnets: ['172.16.0.0/16'],
      });
    });

    it('borrows exactly two bits for 4 subnets (a power of two needs no extra bit)', () => {
      expect(splitBySubnetCount('192.168.1.0/24', 4)).toEqual({
        prefix: 26,
        mask: '255.255.255.192',
        subnets: ['192.168.1.0/26', '192.168.1.64/26', '192.168.1.128/26', '192.168.1.192/26'],
      });
    });

    it('rounds 3 subnets up to 4 (/26 in a /24), not down to 2', () => {
      expect(splitBySubnetCount('192.168.1.0/24', 3).prefix).toBe(26);
      expect(splitBySubnetCount('192.168.1.0/24', 3).subnets).toHaveLength(4);
    });

    it('rounds 5 subnets up to 8 /27s', () => {
      const result = splitBySubnetCount('192.168.1.0/24', 5);
      expect(result.prefix).toBe(27);
      expect(result.mask).toBe('255.255.255.224');
      expect(result.subnets).toHaveLength(8);
      expect(result.subnets.at(-1)).toBe('192.168.1.224/27');
    });

    it('splits 2 into two halves', () => {
      expect(splitBySubnetCount('10.0.0.0/8', 2).subnets).toEqual(['10.0.0.0/9', '10.128.0.0/9']);
    });

    it('derives the network when host bits are set (10.1.2.3/16 into 2)', () => {
      expect(splitBySubnetCount('10.1.2.3/16', 2).subnets).toEqual(['10.1.0.0/17', '10.1.128.0/17']);
    });

    it('splits 0.0.0.0/0 into two /1s with mask 128.0.0.0', () => {
      expect(splitBySubnetCount('0.0.0.0/0', 2)).toEqual({
        prefix: 1,
        mask: '128.0.0.0',
        subnets: ['0.0.0.0/1', '128.0.0.0/1'],
      });
    });

    it('splits a /30 into four /32s', () => {
      expect(splitBySubnetCount('10.0.0.4/30', 4)).toEqual({
        prefix: 32,
        mask: '255.255.255.255',
        subnets: ['10.0.0.4/32', '10.0.0.5/32', '10.0.0.6/32', '10.0.0.7/32'],
      });
    });

    it('splits the top /31 of the address space into its two /32s', () => {
      expect(splitBySubnetCount('255.255.255.254/31', 2).subnets).toEqual([
        '255.255.255.254/32',
        '255.255.255.255/32',
      ]);
    });

    it('returns a /32 itself for a count of 1', () => {
      expect(splitBySubnetCount('10.0.0.1/32', 1).subnets).toEqual(['10.0.0.1/32']);
    });

    it('rejects a split that would need a prefix longer than /32', () => {
      expect(() => splitBySubnetCount('10.0.0.0/30', 5)).toThrow(AddressError);
      expect(() => splitBySubnetCount('10.0.0.1/32', 2)).toThrow(AddressError);
    });

    it('lists exactly 65,536 subnets when splitting 0.0.0.0/0 into 65,536', () => {
      const result = splitBySubnetCount('0.0.0.0/0', 65536);
      expect(result.prefix).toBe(16);
      expect(result.subnets).toHaveLength(65536);
      expect(result.subnets[1]).toBe('0.1.0.0/16');
      expect(result.subnets.at(-1)).toBe('255.255.0.0/16');
    });

    it('refuses to list more than 65,536 subnets (10.0.0.0/8 into 65,537)', () => {
      expect(() => splitBySubnetCount('10.0.0.0/8', 65537)).toThrow(AddressError);
    });

    it.each([
      ['rejects a count of 0', 0],
      ['rejects a negative count', -2],
      ['rejects a fractional count such as 2.5', 2.5],
      ['rejects a NaN count', NaN],
      ['rejects an infinite count', Infinity],
      ['rejects a count given as a string', '4' as unknown as number],
    ])('%s', (_name, count) => {
      expect(() => splitBySubnetCount('10.0.0.0/8', count)).toThrow(AddressError);
    });

    it('rejects an invalid block such as 10.0.0.0/33 or 10.0.0.0/08', () => {
      expect(() => splitBySubnetCount('10.0.0.0/33', 2)).toThrow(AddressError);
      expect(() => splitBySubnetCount('10.0.0.0/08', 2)).toThrow(AddressError);
    });

    it('property: uses the fewest borrowed bits giving at least count subnets, and lists them all in order', () => {
      const input = fc
        .integer({ min: 0, max: 32 })
        .chain((prefix) =>
          fc.tuple(
            uint32,
            fc.constant(prefix),
            fc.integer({ min: 1, max: 2 ** Math.min(8, 32 - prefix) }),
          ),
        );
      fc.assert(
        fc.property(input, ([address, prefix, count]) => {
          const result = splitBySubnetCount(`${fmt(address)}/${prefix}`, count);
          const bits = result.prefix - prefix;
          expect(2 ** bits).toBeGreaterThanOrEqual(count);
          if (bits > 0) expect(2 ** (bits - 1)).toBeLessThan(count);
          expect(result.mask).toBe(fmt(2 ** 32 - 2 ** (32 - result.prefix)));
          expect(result.subnets).toEqual(tiling(networkOf(address, prefix), prefix, result.prefix));
        }),
        { numRuns: 200 },
      );
    });

    it('property: rejects any count that needs more than 32 prefix bits', () => {
      const input = fc
        .integer({ min: 20, max: 32 })
        .chain((prefix) => fc.tuple(fc.constant(prefix), fc.integer({ min: 2 ** (32 - prefix) + 1, max: 2 ** 40 })));
      fc.assert(
        fc.property(uint32, input, (address, [prefix, count]) => {
          expect(() => splitBySubnetCount(`${fmt(address)}/${prefix}`, count)).toThrow(AddressError);
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('splitByHostCount', () => {
    it('splits 192.168.1.0/24 into four /26s for 50 hosts', () => {
      expect(splitByHostCount('192.168.1.0/24', 50)).toEqual({
        prefix: 26,
        mask: '255.255.255.192',
        subnets: ['192.168.1.0/26', '192.168.1.64/26', '192.168.1.128/26', '192.168.1.192/26'],
      });
    });

    it.each([
      [1, 30],
      [2, 30],
      [3, 29],
      [6, 29],
      [7, 28],
      [14, 28],
      [15, 27],
      [62, 26],
      [63, 25],
      [126, 25],
      [127, 24],
      [254, 24],
    ])('sizes %i hosts as a /%i (2^h - 2 >= hosts)', (hosts, prefix) => {
      expect(splitByHostCount('10.0.0.0/16', hosts).prefix).toBe(prefix);
    });

    it('gives 1 or 2 hosts a /30, never a /31 or /32', () => {
      expect(splitByHostCount('10.0.0.0/28', 1)).toEqual({
        prefix: 30,
        mask: '255.255.255.252',
        subnets: ['10.0.0.0/30', '10.0.0.4/30', '10.0.0.8/30', '10.0.0.12/30'],
      });
      expect(splitByHostCount('10.0.0.0/28', 2).prefix).toBe(30);
    });

    it('returns the block itself when it is exactly the needed size (254 hosts in a /24)', () => {
      expect(splitByHostCount('192.168.7.99/24', 254).subnets).toEqual(['192.168.7.0/24']);
    });

    it('rejects 255 hosts in a /24', () => {
      expect(() => splitByHostCount('192.168.1.0/24', 255)).toThrow(AddressError);
    });

    it('rejects any host count in a /31 or /32, which are smaller than a /30', () => {
      expect(() => splitByHostCount('10.0.0.0/31', 1)).toThrow(AddressError);
      expect(() => splitByHostCount('10.0.0.0/32', 1)).toThrow(AddressError);
    });

    it('fits 4294967294 hosts in 0.0.0.0/0 but not 4294967295', () => {
      expect(splitByHostCount('0.0.0.0/0', 4294967294)).toEqual({ prefix: 0, mask: '0.0.0.0', subnets: ['0.0.0.0/0'] });
      expect(() => splitByHostCount('0.0.0.0/0', 4294967295)).toThrow(AddressError);
    });

    it('lists exactly 65,536 /30s for 1 host in 10.0.0.0/14', () => {
      const result = splitByHostCount('10.0.0.0/14', 1);
      expect(result.subnets).toHaveLength(65536);
      expect(result.subnets.at(-1)).toBe('10.3.255.252/30');
    });

    it('refuses to list more than 65,536 subnets (1 host in 10.0.0.0/13)', () => {
      expect(() => splitByHostCount('10.0.0.0/13', 1)).toThrow(AddressError);
    });

    it('names the host count in the error message when the block is too small', () => {
      expect(() => splitByHostCount('192.168.1.0/24', 300)).toThrow(/300/);
    });

    it.each([
      ['rejects a host count of 0', 0],
      ['rejects a negative host count', -5],
      ['rejects a fractional host count such as 2.5', 2.5],
      ['rejects a NaN host count', NaN],
      ['rejects a host count given as a string', '50' as unknown as number],
    ])('%s', (_name, hosts) => {
      expect(() => splitByHostCount('10.0.0.0/8', hosts)).toThrow(AddressError);
    });

    it('rejects an invalid block such as 10.0.0/24', () => {
      expect(() => splitByHostCount('10.0.0/24', 10)).toThrow(AddressError);
    });

    it('property: picks the smallest block with 2^h - 2 >= hosts and lists every one in order', () => {
      // h host bits fit hosts in (2^(h-1) - 2, 2^h - 2]; the block keeps the list to at most 2^8 entries.
      const input = fc.integer({ min: 2, max: 24 }).chain((hostBits) =>
        fc.tuple(
          fc.constant(hostBits),
          fc.integer({ min: hostBits === 2 ? 1 : 2 ** (hostBits - 1) - 1, max: 2 ** hostBits - 2 }),
          fc.integer({ min: Math.max(0, 32 - hostBits - 8), max: 32 - hostBits }),
          uint32,
        ),
      );
      fc.assert(
        fc.property(input, ([hostBits, hosts, prefix, address]) => {
          const result = splitByHostCount(`${fmt(address)}/${prefix}`, hosts);
          expect(result.prefix).toBe(32 - hostBits);
          expect(result.mask).toBe(fmt(2 ** 32 - 2 ** hostBits));
          expect(result.subnets).toEqual(tiling(networkOf(address, prefix), prefix, 32 - hostBits));
        }),
        { numRuns: 200 },
      );
    });

    it('property: rejects a block smaller than the needed subnet', () => {
      const input = fc.integer({ min: 2, max: 31 }).chain((hostBits) =>
        fc.tuple(
          fc.integer({ min: hostBits === 2 ? 1 : 2 ** (hostBits - 1) - 1, max: 2 ** hostBits - 2 }),
          fc.integer({ min: 33 - hostBits, max: 32 }),
          uint32,
        ),
      );
      fc.assert(
        fc.property(input, ([hosts, prefix, address]) => {
          expect(() => splitByHostCount(`${fmt(address)}/${prefix}`, hosts)).toThrow(AddressError);
        }),
        { numRuns: 200 },
      );
    });
  });
});
