// The hidden suite's own byte handling, written the slow, obvious way and never taken from the solution,
// plus the timing check for linear work. Shared by the task files; not a test file itself.
import fc from 'fast-check';
import { expect } from 'vitest';

const encoder = new TextEncoder();

/** The UTF-8 bytes of `text`. */
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** `parts` one after the other: strings as UTF-8, numbers as single bytes (valid UTF-8 or not). */
export function bytes(...parts: Array<string | number[] | Uint8Array>): Uint8Array {
  const arrays = parts.map((part) => (typeof part === 'string' ? utf8(part) : Uint8Array.from(part)));
  const all = new Uint8Array(arrays.reduce((sum, array) => sum + array.length, 0));
  let at = 0;
  for (const array of arrays) {
    all.set(array, at);
    at += array.length;
  }
  return all;
}

/** `data` cut at the given offsets (any order, duplicates and out-of-range ones ignored). */
export function cutAt(data: Uint8Array, offsets: number[]): Uint8Array[] {
  const cuts = [...new Set(offsets.filter((offset) => offset > 0 && offset < data.length))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const cut of [...cuts, data.length]) {
    chunks.push(data.slice(start, cut));
    start = cut;
  }
  return chunks;
}

/** `data` in chunks of `size` bytes (the last may be shorter). */
export function chunksOf(data: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < data.length; at += size) chunks.push(data.slice(at, at + size));
  return chunks;
}

/** What a correct line decoder makes of a whole stream: each line's text and its length in bytes. */
export function referenceLines(data: Uint8Array): Array<{ text: string; byteLength: number }> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const lines: Array<{ text: string; byteLength: number }> = [];
  let start = 0;
  for (let i = 0; i <= data.length; i++) {
    const atEnd = i === data.length;
    if (!atEnd && data[i] !== 0x0a) continue;
    let end = i;
    if (end > start && data[end - 1] === 0x0d) end--; // CRLF, or a final CR that never got its LF
    // An unterminated last line counts only if something is left of it.
    if (!atEnd || end > start) lines.push({ text: decoder.decode(data.subarray(start, end)), byteLength: end - start });
    start = i + 1;
  }
  return lines;
}

/** A frame laid out by hand: the length as 4 bytes, most significant first, then the payload. */
export function referenceFrame(payload: Uint8Array): Uint8Array {
  const n = payload.length;
  return bytes([Math.floor(n / 2 ** 24) % 256, Math.floor(n / 2 ** 16) % 256, Math.floor(n / 256) % 256, n % 256], payload);
}

/** Runs `action` and returns what it threw (failing the test if it threw nothing). */
export function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return expect.fail('expected an error, but nothing was thrown');
}

/** Text with every kind of line ending, multi-byte characters, byte-order marks and lone CRs. */
export const linePieces = fc.array(
  fc.oneof(
    fc.constantFrom('\n', '\r\n', '\r', '\n\n', 'a', 'é', '€', '😀', '\uFEFF', ' '),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
  ),
  { maxLength: 40 },
);

/** Arbitrary bytes, valid UTF-8 or not, with plenty of LF and CR among them. */
export const lineBytes = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x0a, 0x0d, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0xc3)), {
    maxLength: 200,
  })
  .map((values) => Uint8Array.from(values));

/** Cut offsets for a stream: up to 30 of them, anywhere. */
export const cuts = fc.array(fc.nat(400), { maxLength: 30 });

/** How long `action` takes, by the wall clock and in CPU time (which a busy machine does not inflate). */
function timeOf(action: () => void): { wall: number; cpu: number } {
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  action();
  const wall = performance.now() - wallBefore;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/**
 * Fails when `run(size)` takes more than linear time. Each round times size 2n and size n in the same
 * run, n twice as often so that both handle the same bytes and allocate as much: linear work then takes
 * about as long for both, so twice the bytes take about 2× as long per run, and quadratic work 4×. The
 * median over the rounds counts, by the wall clock or in CPU time, whichever is lower, so a busy machine
 * does not decide the outcome; one that still looks superlinear is measured once more. The whole check
 * takes a few seconds at most: a run that is far too slow fails at once.
 */
export function expectLinearTime(what: string, n: number, run: (size: number) => void): void {
  const tooSlowMs = 200;
  const started = performance.now();
  // Warm up, letting the JIT compile the code under test. Then time growing sizes, and stop as soon as
  // one takes too long: each size at most doubles the time of the one before it for linear code and
  // quadruples it for quadratic code, so a failing check never waits long.
  run(n >> 4);
  run(n >> 4);
  let fastest = Infinity;
  for (const size of [n >> 2, n >> 1, n, n]) {
    const { wall, cpu } = timeOf(() => run(size));
    // CPU time does not count the moments another process had the core.
    const ms = Math.min(wall, cpu);
    if (ms > tooSlowMs) {
      expect.fail(
        `${what}: ${size} bytes took ${ms.toFixed(0)} ms, where linear work takes a few milliseconds. ` +
          'Is each push copying or scanning everything held so far?',
      );
    }
    if (size === n) fastest = Math.min(fastest, wall);
  }
  // Enough runs per sample for it to last about 10 ms: long enough for a clock tick not to count.
  const repeats = Math.min(50, Math.max(1, Math.ceil(10 / Math.max(fastest, 0.05))));
  const measure = (): number => {
    const wall: number[] = [];
    const cpu: number[] = [];
    const since = performance.now();
    for (let round = 0; round < 9 && (round === 0 || performance.now() - since < 500); round++) {
      const double = timeOf(() => {
        for (let i = 0; i < repeats; i++) run(2 * n);
      });
      const single = timeOf(() => {
        for (let i = 0; i < 2 * repeats; i++) run(n);
      });
      wall.push((2 * double.wall) / single.wall);
      cpu.push(single.cpu > 0 ? (2 * double.cpu) / single.cpu : Infinity);
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    return Math.min(median(wall), median(cpu));
  };
  let ratio = measure();
  if (ratio >= 3 && performance.now() - started < 1_500) ratio = Math.min(ratio, measure());
  expect(
    ratio,
    `${what}: twice the bytes took ${ratio.toFixed(1)}× as long per run (${n} bytes took ${fastest.toFixed(1)} ms at ` +
      'best); linear work takes about 2×, quadratic work 4×',
  ).toBeLessThan(3);
}
