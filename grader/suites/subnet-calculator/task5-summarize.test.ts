import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { AddressError, summarize } from '@impl/subnet-calculator';

// Test-side helpers use plain arithmetic so they do not share bugs with bitwise code.
const fmt = (value: number): string =>
  [2 ** 24, 2 ** 16, 2 ** 8, 1].map((unit) => Math.floor(value / unit) % 256).join('.');
const parse = (text: string): number => text.split('.').reduce((value, octet) => value * 256 + Number(octet), 0);

interface Range {
  start: number;
  /** Exclusive; may be 2^32. */
  end: number;
  prefix: number;
}

/** A CIDR as a half-open range of addresses, host bits dropped. */
function rangeOf(cidr: string): Range {
  const [address, prefixText] = cidr.split('/');
  const prefix = Number(prefixText);
  const size = 2 ** (32 - prefix);
  const value = parse(address!);
  const start = value - (value % size);
  return { start, end: start + size, prefix };
}

/** The union of the ranges as sorted, disjoint, non-touching intervals. */
function union(ranges: Range[]): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Array<[number, number]> = [];
  for (const { start, end } of sorted) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Clusters of blocks inside a random root block, so neighbours and overlaps are common. */
const clusteredCidrs = fc
  .tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 28 }))
  .chain(([root, rootPrefix]) => {
    const rootSize = 2 ** (32 - rootPrefix);
    const rootStart = root - (root % rootSize);
    return fc.array(
      fc
        .tuple(fc.integer({ min: 0, max: rootSize - 1 }), fc.integer({ min: rootPrefix, max: Math.min(32, rootPrefix + 4) }))
        .map(([offset, prefix]) => `${fmt(rootStart + offset)}/${prefix}`),
      { maxLength: 12 },
    );
  });

/** Blocks inside 10.0.0.0/24 only, small enough to check address by address. */
const smallCidrs = fc.array(
  fc.tuple(fc.nat(255), fc.integer({ min: 24, max: 32 })).map(([offset, prefix]) => `10.0.0.${offset}/${prefix}`),
  { maxLength: 12 },
);

describe('task 5: route summarisation', () => {
  it('merges two adjacent /24s into a /23', () => {
    expect(summarize(['10.0.0.0/24', '10.0.1.0/24'])).toEqual(['10.0.0.0/23']);
  });

  it('merges four consecutive /24s into a /22', () => {
    expect(summarize(['10.0.3.0/24', '10.0.1.0/24', '10.0.0.0/24', '10.0.2.0/24'])).toEqual(['10.0.0.0/22']);
  });

  it('keeps neighbours that do not form an aligned block apart (10.0.1.0/24 and 10.0.2.0/24)', () => {
    expect(summarize(['10.0.1.0/24', '10.0.2.0/24'])).toEqual(['10.0.1.0/24', '10.0.2.0/24']);
  });

  it('cuts three /24s into a /23 and a /24', () => {
    expect(summarize(['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/24'])).toEqual(['10.0.0.0/23', '10.0.2.0/24']);
  });

  it('cuts 10.0.1.0 to 10.0.4.255 into the maximal aligned blocks /24, /23, /24', () => {
    expect(summarize(['10.0.1.0/24', '10.0.2.0/24', '10.0.3.0/24', '10.0.4.0/24'])).toEqual([
      '10.0.1.0/24',
      '10.0.2.0/23',
      '10.0.4.0/24',
    ]);
  });

  it('cuts six consecutive /32s from 10.0.0.1 into /32, /31, /31, /32', () => {
    const hosts = [1, 2, 3, 4, 5, 6].map((last) => `10.0.0.${last}/32`);
    expect(summarize(hosts)).toEqual(['10.0.0.1/32', '10.0.0.2/31', '10.0.0.4/31', '10.0.0.6/32']);
  });

  it('merges eight shuffled /32s into a /29', () => {
    const hosts = [5, 0, 7, 2, 1, 6, 3, 4].map((last) => `192.168.9.${last}/32`);
    expect(summarize(hosts)).toEqual(['192.168.9.0/29']);
  });

  it('collapses duplicates', () => {
    expect(summarize(['10.0.0.0/24', '10.0.0.0/24', '10.0.0.0/24'])).toEqual(['10.0.0.0/24']);
  });

  it('drops a block contained in another, whichever comes first', () => {
    expect(summarize(['10.0.0.0/8', '10.1.0.0/16'])).toEqual(['10.0.0.0/8']);
    expect(summarize(['10.1.0.0/16', '10.0.0.0/8'])).toEqual(['10.0.0.0/8']);
  });

  it('does not let a contained block cut short the block around it (10/8, 10.1/16, 11/8 give 10/7)', () => {
    expect(summarize(['10.0.0.0/8', '10.1.0.0/16', '11.0.0.0/8'])).toEqual(['10.0.0.0/7']);
  });

  it('merges a block with the two halves of its sibling (10.0.0.0/25 + 10.0.0.128/26 + 10.0.0.192/26)', () => {
    expect(summarize(['10.0.0.192/26', '10.0.0.0/25', '10.0.0.128/26'])).toEqual(['10.0.0.0/24']);
  });

  it('ignores host bits in the input (10.0.0.5/24 means 10.0.0.0/24)', () => {
    expect(summarize(['10.0.0.5/24'])).toEqual(['10.0.0.0/24']);
    expect(summarize(['10.0.0.5/24', '10.0.1.77/24'])).toEqual(['10.0.0.0/23']);
  });

  it('sorts the result by address, including blocks in the upper half of the address space', () => {
    expect(summarize(['192.168.0.0/16', '10.0.0.0/8', '172.16.0.0/12', '128.0.0.0/8'])).toEqual([
      '10.0.0.0/8',
      '128.0.0.0/8',
      '172.16.0.0/12',
      '192.168.0.0/16',
    ]);
  });

  it('merges the two /1s into 0.0.0.0/0', () => {
    expect(summarize(['128.0.0.0/1', '0.0.0.0/1'])).toEqual(['0.0.0.0/0']);
  });

  it('lets 0.0.0.0/0 swallow everything else', () => {
    expect(summarize(['10.0.0.0/8', '0.0.0.0/0', '255.255.255.255/32'])).toEqual(['0.0.0.0/0']);
  });

  it('treats 1.2.3.4/0 as 0.0.0.0/0', () => {
    expect(summarize(['1.2.3.4/0'])).toEqual(['0.0.0.0/0']);
  });

  it('merges the last two addresses of the address space into 255.255.255.254/31', () => {
    expect(summarize(['255.255.255.255/32', '255.255.255.254/32'])).toEqual(['255.255.255.254/31']);
  });

  it('merges the top half of the address space from its pieces (128/2 + 192/2 give 128/1)', () => {
    expect(summarize(['192.0.0.0/2', '128.0.0.0/2'])).toEqual(['128.0.0.0/1']);
  });

  it('keeps a single /32', () => {
    expect(summarize(['10.0.0.1/32'])).toEqual(['10.0.0.1/32']);
  });

  it('returns [] for an empty list', () => {
    expect(summarize([])).toEqual([]);
  });

  it('leaves the input array untouched', () => {
    const cidrs = ['10.0.1.0/24', '10.0.0.0/24'];
    summarize(cidrs);
    expect(cidrs).toEqual(['10.0.1.0/24', '10.0.0.0/24']);
  });

  it('rejects a list containing an invalid CIDR', () => {
    expect(() => summarize(['10.0.0.0/24', '10.0.1.0/33'])).toThrow(AddressError);
    expect(() => summarize(['10.0.0.0/24', '10.0.1.0'])).toThrow(AddressError);
    expect(() => summarize(['10.0.0.0/24', '10.0.01.0/24'])).toThrow(AddressError);
  });

  it('rejects an argument that is not an array', () => {
    expect(() => summarize('10.0.0.0/24' as unknown as string[])).toThrow(AddressError);
  });

  it('property: matches an address-by-address computation inside 10.0.0.0/24', () => {
    fc.assert(
      fc.property(smallCidrs, (cidrs) => {
        const covered = new Array<boolean>(256).fill(false);
        for (const cidr of cidrs) {
          const { start, end } = rangeOf(cidr);
          for (let a = start; a < end; a++) covered[a - parse('10.0.0.0')] = true;
        }
        // Walk the addresses, taking the largest aligned, fully covered block at each step.
        const expected: string[] = [];
        for (let a = 0; a < 256; ) {
          if (!covered[a]) {
            a++;
            continue;
          }
          let size = 256;
          while (a % size !== 0 || a + size > 256 || covered.slice(a, a + size).includes(false)) size /= 2;
          expected.push(`10.0.0.${a}/${32 - Math.log2(size)}`);
          a += size;
        }
        expect(summarize(cidrs)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('property: covers exactly the same addresses with sorted, aligned, disjoint blocks and no mergeable pair', () => {
    fc.assert(
      fc.property(clusteredCidrs, (cidrs) => {
        const result = summarize(cidrs);
        const ranges = result.map(rangeOf);
        result.forEach((cidr, i) => {
          expect(`${fmt(ranges[i]!.start)}/${ranges[i]!.prefix}`, 'blocks are written with their network address').toBe(cidr);
        });
        for (let i = 1; i < ranges.length; i++) {
          const [before, after] = [ranges[i - 1]!, ranges[i]!];
          expect(after.start, 'blocks are sorted and disjoint').toBeGreaterThanOrEqual(before.end);
          const buddies =
            before.prefix === after.prefix &&
            before.end === after.start &&
            before.start % 2 ** (33 - before.prefix) === 0;
          expect(buddies, `${result[i - 1]} and ${result[i]} should have been merged`).toBe(false);
        }
        expect(union(ranges)).toEqual(union(cidrs.map(rangeOf)));
      }),
      { numRuns: 200 },
    );
  });

  it('property: the result does not depend on input order and summarising again changes nothing', () => {
    fc.assert(
      fc.property(clusteredCidrs, fc.nat(), (cidrs, seed) => {
        const result = summarize(cidrs);
        const rotated = cidrs.map((_, i) => cidrs[(i + seed) % cidrs.length]!).reverse();
        expect(summarize(rotated)).toEqual(result);
        expect(summarize(result)).toEqual(result);
      }),
      { numRuns: 200 },
    );
  });
});
