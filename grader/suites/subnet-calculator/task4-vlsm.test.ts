import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { AddressError, allocateVlsm } from '@impl/subnet-calculator';

// Test-side helpers use plain arithmetic so they do not share bugs with bitwise code.
const fmt = (value: number): string =>
  [2 ** 24, 2 ** 16, 2 ** 8, 1].map((unit) => Math.floor(value / unit) % 256).join('.');
const parse = (text: string): number => text.split('.').reduce((value, octet) => value * 256 + Number(octet), 0);
/** Host bits of the smallest block with 2^h - 2 >= hosts, never below a /30. */
const hostBitsFor = (hosts: number): number => Math.max(2, Math.ceil(Math.log2(hosts + 2)));

describe('task 4: vlsm allocation', () => {
  it('places 100, 50 and 20 hosts largest first and answers in input order', () => {
    expect(allocateVlsm('192.168.1.0/24', [20, 100, 50])).toEqual([
      { hosts: 20, subnet: '192.168.1.192/27' },
      { hosts: 100, subnet: '192.168.1.0/25' },
      { hosts: 50, subnet: '192.168.1.128/26' },
    ]);
  });

  it('allocates a typical office plan of 50, 20, 10, 2 and 2 hosts', () => {
    expect(allocateVlsm('192.168.1.0/24', [50, 20, 10, 2, 2])).toEqual([
      { hosts: 50, subnet: '192.168.1.0/26' },
      { hosts: 20, subnet: '192.168.1.64/27' },
      { hosts: 10, subnet: '192.168.1.96/28' },
      { hosts: 2, subnet: '192.168.1.112/30' },
      { hosts: 2, subnet: '192.168.1.116/30' },
    ]);
  });

  it('sorts small requirements after large ones even when they come first (2, 2, 60)', () => {
    expect(allocateVlsm('10.0.0.0/25', [2, 2, 60])).toEqual([
      { hosts: 2, subnet: '10.0.0.64/30' },
      { hosts: 2, subnet: '10.0.0.68/30' },
      { hosts: 60, subnet: '10.0.0.0/26' },
    ]);
  });

  it('keeps the input order for requirements of the same block size (5 before 6, both /29)', () => {
    expect(allocateVlsm('10.0.0.0/24', [5, 6])).toEqual([
      { hosts: 5, subnet: '10.0.0.0/29' },
      { hosts: 6, subnet: '10.0.0.8/29' },
    ]);
  });

  it('keeps the input order among equal sizes mixed with other sizes (3, 30, 6, 20, 4)', () => {
    expect(allocateVlsm('10.0.0.0/24', [3, 30, 6, 20, 4])).toEqual([
      { hosts: 3, subnet: '10.0.0.64/29' },
      { hosts: 30, subnet: '10.0.0.0/27' },
      { hosts: 6, subnet: '10.0.0.72/29' },
      { hosts: 20, subnet: '10.0.0.32/27' },
      { hosts: 4, subnet: '10.0.0.80/29' },
    ]);
  });

  it('gives 1 or 2 hosts a /30', () => {
    expect(allocateVlsm('10.0.0.0/29', [1, 2])).toEqual([
      { hosts: 1, subnet: '10.0.0.0/30' },
      { hosts: 2, subnet: '10.0.0.4/30' },
    ]);
  });

  it('gives 3 hosts a /29 and 7 hosts a /28 (network and broadcast are reserved)', () => {
    expect(allocateVlsm('10.0.0.0/24', [3, 7])).toEqual([
      { hosts: 3, subnet: '10.0.0.16/29' },
      { hosts: 7, subnet: '10.0.0.0/28' },
    ]);
  });

  it('gives 254 hosts a whole /24', () => {
    expect(allocateVlsm('192.168.1.0/24', [254])).toEqual([{ hosts: 254, subnet: '192.168.1.0/24' }]);
  });

  it('starts at the network address when the block has host bits set (192.168.1.77/24)', () => {
    expect(allocateVlsm('192.168.1.77/24', [100])).toEqual([{ hosts: 100, subnet: '192.168.1.0/25' }]);
  });

  it('fills a block exactly (two /25s in a /24)', () => {
    expect(allocateVlsm('192.168.1.0/24', [126, 126])).toEqual([
      { hosts: 126, subnet: '192.168.1.0/25' },
      { hosts: 126, subnet: '192.168.1.128/25' },
    ]);
  });

  it('fills the whole address space with two /1s', () => {
    expect(allocateVlsm('0.0.0.0/0', [2 ** 31 - 2, 2 ** 31 - 2])).toEqual([
      { hosts: 2147483646, subnet: '0.0.0.0/1' },
      { hosts: 2147483646, subnet: '128.0.0.0/1' },
    ]);
  });

  it('allocates at the very top of the address space (255.255.255.252/30)', () => {
    expect(allocateVlsm('255.255.255.252/30', [2])).toEqual([{ hosts: 2, subnet: '255.255.255.252/30' }]);
  });

  it('returns [] for an empty list', () => {
    expect(allocateVlsm('10.0.0.0/8', [])).toEqual([]);
  });

  it('leaves the input array untouched', () => {
    const hostCounts = [2, 100, 50];
    allocateVlsm('192.168.1.0/24', hostCounts);
    expect(hostCounts).toEqual([2, 100, 50]);
  });

  it('rejects requirements that do not fit (126, 126 and 1 more in a /24)', () => {
    expect(() => allocateVlsm('192.168.1.0/24', [126, 126, 1])).toThrow(AddressError);
  });

  it('rejects a single requirement larger than the block (255 hosts in a /24)', () => {
    expect(() => allocateVlsm('192.168.1.0/24', [255])).toThrow(AddressError);
  });

  it('rejects 1 host in a /31, which is smaller than a /30', () => {
    expect(() => allocateVlsm('10.0.0.0/31', [1])).toThrow(AddressError);
  });

  it('names the requirement that does not fit in the error message (100 hosts after 200)', () => {
    expect(() => allocateVlsm('192.168.1.0/24', [200, 100])).toThrow(/100/);
  });

  it.each([
    ['rejects a host count of 0', [10, 0]],
    ['rejects a negative host count', [-1]],
    ['rejects a fractional host count such as 2.5', [2.5]],
    ['rejects a NaN host count', [NaN]],
    ['rejects a host count given as a string', ['5' as unknown as number]],
  ])('%s', (_name, hostCounts) => {
    expect(() => allocateVlsm('10.0.0.0/8', hostCounts)).toThrow(AddressError);
  });

  it('rejects host counts that are not an array', () => {
    expect(() => allocateVlsm('10.0.0.0/8', 5 as unknown as number[])).toThrow(AddressError);
  });

  it('rejects an invalid block such as 10.0.0.0/33 or 10.0.0.0', () => {
    expect(() => allocateVlsm('10.0.0.0/33', [2])).toThrow(AddressError);
    expect(() => allocateVlsm('10.0.0.0', [2])).toThrow(AddressError);
  });

  it('property: succeeds exactly when the blocks fit, and packs them largest first, aligned, without gaps', () => {
    const input = fc.integer({ min: 14, max: 30 }).chain((prefix) =>
      fc.tuple(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.constant(prefix),
        fc.array(fc.integer({ min: 1, max: 2 ** (32 - prefix) }), { maxLength: 8 }),
      ),
    );
    fc.assert(
      fc.property(input, ([address, prefix, hostCounts]) => {
        const cidr = `${fmt(address)}/${prefix}`;
        const blockSize = 2 ** (32 - prefix);
        const sizes = hostCounts.map((hosts) => 2 ** hostBitsFor(hosts));
        if (sizes.reduce((sum, size) => sum + size, 0) > blockSize) {
          expect(() => allocateVlsm(cidr, hostCounts)).toThrow(AddressError);
          return;
        }
        const result = allocateVlsm(cidr, hostCounts);
        expect(result.map((entry) => entry.hosts)).toEqual(hostCounts);
        // Placement order: larger blocks first, input order among equal sizes.
        const order = hostCounts.map((_, index) => index).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
        let next = address - (address % blockSize);
        for (const index of order) {
          expect(result[index]!.subnet).toBe(`${fmt(next)}/${32 - hostBitsFor(hostCounts[index]!)}`);
          next += sizes[index]!;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('property: every subnet is aligned, big enough, minimal, inside the block and disjoint from the others', () => {
    const input = fc.integer({ min: 16, max: 28 }).chain((prefix) =>
      fc.tuple(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.constant(prefix),
        fc.array(fc.integer({ min: 1, max: 2 ** (32 - prefix - 2) - 2 }), { maxLength: 4 }),
      ),
    );
    fc.assert(
      fc.property(input, ([address, prefix, hostCounts]) => {
        // At most 4 requirements of at most a quarter of the block each: always fits.
        const blockStart = address - (address % 2 ** (32 - prefix));
        const blockEnd = blockStart + 2 ** (32 - prefix);
        const ranges = allocateVlsm(`${fmt(address)}/${prefix}`, hostCounts).map(({ hosts, subnet }) => {
          const [text, prefixText] = subnet.split('/');
          const start = parse(text!);
          const size = 2 ** (32 - Number(prefixText));
          expect(start % size, `${subnet} is aligned`).toBe(0);
          expect(size - 2, `${subnet} holds ${hosts} hosts`).toBeGreaterThanOrEqual(hosts);
          if (size > 4) expect(size / 2 - 2, `${subnet} is the smallest block for ${hosts} hosts`).toBeLessThan(hosts);
          expect(start >= blockStart && start + size <= blockEnd, `${subnet} lies inside the block`).toBe(true);
          return { start, end: start + size };
        });
        ranges.sort((a, b) => a.start - b.start);
        for (let i = 1; i < ranges.length; i++) {
          expect(ranges[i]!.start).toBeGreaterThanOrEqual(ranges[i - 1]!.end);
        }
      }),
      { numRuns: 200 },
    );
  });
});
