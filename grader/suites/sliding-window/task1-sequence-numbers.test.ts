import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { seqAdd, seqDiff, seqLe, seqLt } from '@impl/sliding-window';
import { HALF, MOD, NEAR_WRAPS } from './reference.ts';

const MAX = MOD - 1;

/** Any sequence number, with the ones next to the wrap and to 2^31 well represented. */
const seqs = fc.oneof(fc.integer({ min: 0, max: MAX }), fc.constantFrom(0, 1, MAX, MAX - 1, HALF, HALF - 1, HALF + 1, ...NEAR_WRAPS));
/** A distance the short way round: (−2^31, 2^31]. */
const distances = fc.oneof(
  fc.integer({ min: -HALF + 1, max: HALF }),
  fc.constantFrom(0, 1, -1, HALF, HALF - 1, -HALF + 1),
  fc.integer({ min: -2000, max: 2000 }),
);

/** a − b the slow way: count forward from b, then take the shorter way round, +2^31 on a tie. */
function referenceDiff(a: number, b: number): number {
  const forward = (((a - b) % MOD) + MOD) % MOD;
  return forward > HALF ? forward - MOD : forward;
}

describe('task 1: sequence numbers', () => {
  describe('seqAdd', () => {
    it.each([
      [1000, 500, 1500],
      [MAX, 1, 0],
      [MAX - 9, 20, 10],
      [0, 0, 0],
      [HALF - 1, 1, HALF],
      [HALF, HALF, 0],
      [MAX, MAX, MAX - 1],
    ])('seqAdd(%i, %i) is %i: modulo 2^32, never 2^32 or more', (seq, n, expected) => {
      expect(seqAdd(seq, n)).toBe(expected);
    });

    it.each([
      [5, -10, MOD - 5],
      [0, -1, MAX],
      [100, -100, 0],
      [10, -HALF, HALF + 10],
    ])('seqAdd(%i, %i) is %i: a negative n counts backwards round the wrap, never below 0', (seq, n, expected) => {
      expect(seqAdd(seq, n)).toBe(expected);
    });

    it('seqAdd(7, 2^32) is 7: a whole turn of the circle changes nothing', () => {
      expect(seqAdd(7, MOD)).toBe(7);
      expect(seqAdd(7, -MOD)).toBe(7);
    });

    it('property: always a whole number from 0 to 2^32 − 1, equal to (seq + n) mod 2^32', () => {
      fc.assert(
        fc.property(seqs, fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), (seq, n) => {
          const sum = seqAdd(seq, n);
          expect(Number.isInteger(sum) && sum >= 0 && sum < MOD).toBe(true);
          expect(sum).toBe((((seq + n) % MOD) + MOD) % MOD);
        }),
        { numRuns: 300, seed: 101, includeErrorInReport: true },
      );
    });
  });

  describe('seqDiff', () => {
    it.each([
      [1500, 1000, 500],
      [1000, 1500, -500],
      [5, MOD - 5, 10],
      [MOD - 5, 5, -10],
      [0, MAX, 1],
      [MAX, 0, -1],
      [1234, 1234, 0],
    ])('seqDiff(%i, %i) is %i: the short way round, even across the wrap', (a, b, expected) => {
      expect(seqDiff(a, b)).toBe(expected);
    });

    it('gives +2^31 both ways for numbers exactly 2^31 apart: the range is (−2^31, 2^31]', () => {
      expect(seqDiff(0, HALF)).toBe(HALF);
      expect(seqDiff(HALF, 0)).toBe(HALF);
      expect(seqDiff(MAX, HALF - 1)).toBe(HALF);
      expect(seqDiff(HALF - 1, MAX)).toBe(HALF);
    });

    it('gives ±(2^31 − 1) one step away from the tie', () => {
      expect(seqDiff(HALF - 1, 0)).toBe(HALF - 1);
      expect(seqDiff(0, HALF - 1)).toBe(-(HALF - 1));
      expect(seqDiff(0, HALF + 1)).toBe(HALF - 1);
      expect(seqDiff(HALF + 1, 0)).toBe(-(HALF - 1));
    });

    it('property: equals the difference counted the slow way', () => {
      fc.assert(
        fc.property(seqs, seqs, (a, b) => {
          expect(seqDiff(a, b)).toBe(referenceDiff(a, b));
        }),
        { numRuns: 500, seed: 102, includeErrorInReport: true },
      );
    });

    it('property: undoes seqAdd, seqDiff(seqAdd(b, d), b) === d, for every d in (−2^31, 2^31]', () => {
      fc.assert(
        fc.property(seqs, distances, (b, d) => {
          expect(seqDiff(seqAdd(b, d), b)).toBe(d);
        }),
        { numRuns: 500, seed: 103, includeErrorInReport: true },
      );
    });

    it('property: swapping the arguments negates the result, except at the 2^31 tie', () => {
      fc.assert(
        fc.property(seqs, distances, (b, d) => {
          fc.pre(d !== HALF);
          const a = seqAdd(b, d);
          expect(seqDiff(b, a)).toBe(-d === 0 ? 0 : -d);
        }),
        { numRuns: 300, seed: 104, includeErrorInReport: true },
      );
    });
  });

  describe('seqLt and seqLe', () => {
    it.each([
      [1000, 1001],
      [MAX, 0],
      [MAX - 100, 100],
      [HALF - 1, HALF],
      [HALF + 5, 4],
    ])('%i comes before %i', (a, b) => {
      expect(seqLt(a, b)).toBe(true);
      expect(seqLe(a, b)).toBe(true);
      expect(seqLt(b, a)).toBe(false);
      expect(seqLe(b, a)).toBe(false);
    });

    it('0 comes after 2^32 − 1 (plain < gets this wrong)', () => {
      expect(seqLt(0, MAX)).toBe(false);
      expect(seqLt(MAX, 0)).toBe(true);
    });

    it('a number is not before itself, but is before-or-equal', () => {
      for (const a of [0, 1, HALF, MAX]) {
        expect(seqLt(a, a)).toBe(false);
        expect(seqLe(a, a)).toBe(true);
      }
    });

    it('of two numbers exactly 2^31 apart, neither comes before the other', () => {
      for (const [a, b] of [
        [0, HALF],
        [HALF, 0],
        [7, HALF + 7],
        [MAX, HALF - 1],
      ] as const) {
        expect(seqLt(a, b)).toBe(false);
        expect(seqLe(a, b)).toBe(false);
      }
    });

    it('property: seqLt(a, b) is seqDiff(a, b) < 0, and seqLe(a, b) is seqDiff(a, b) <= 0', () => {
      fc.assert(
        fc.property(seqs, seqs, (a, b) => {
          expect(seqLt(a, b)).toBe(referenceDiff(a, b) < 0);
          expect(seqLe(a, b)).toBe(referenceDiff(a, b) <= 0);
        }),
        { numRuns: 500, seed: 105, includeErrorInReport: true },
      );
    });

    it('property: b + d comes after b for d from 1 to 2^31 − 1, and before it for −d, across the wrap', () => {
      fc.assert(
        fc.property(seqs, fc.oneof(fc.integer({ min: 1, max: HALF - 1 }), fc.integer({ min: 1, max: 3000 })), (b, d) => {
          expect(seqLt(b, seqAdd(b, d))).toBe(true);
          expect(seqLt(seqAdd(b, -d), b)).toBe(true);
          expect(seqLe(seqAdd(b, d), b)).toBe(false);
        }),
        { numRuns: 300, seed: 106, includeErrorInReport: true },
      );
    });
  });
});
