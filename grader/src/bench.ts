// `npm run bench`: how long grading takes, as absolute figures and as ratios to a bare Node start timed
// in the same run, so that a slow or busy machine can be told apart from a slower grader.
import { execFileSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import pc from 'picocolors';
import { loadExercises } from './exercise.ts';
import { gradeExercises } from './grade.ts';
import { defaultLimits, gradeExercise } from './run.ts';
import { repoWorkspace as ws } from './workspace.ts';
import { internetChecksum } from '../../solutions/checksum/index.ts';

async function medianMs(runs: number, task: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const exercises = loadExercises(ws);
const solutions = { implRoot: ws.solutionsDir, suitesDir: ws.suitesDir, publicTests: false, ...defaultLimits };

const baseline = await medianMs(5, () => execFileSync(process.execPath, ['-e', '0']));
const figures = [
  {
    name: `grade every hidden suite against solutions/ (${exercises.length} exercises)`,
    targetMs: 10_000,
    ms: await medianMs(3, async () => {
      const run = await gradeExercises(ws, exercises, { ...solutions, target: 'solutions', recordProgress: false, print: () => {} });
      if (run.status !== 'pass') throw new Error('the solutions no longer pass their hidden suites');
    }),
  },
  {
    name: `one watch re-grade (${exercises[0]!.slug})`,
    targetMs: 1_500,
    ms: await medianMs(5, () => gradeExercise(ws, exercises[0]!, solutions)),
  },
];

console.log(`baseline: a bare Node start takes ${baseline.toFixed(0)} ms (median of 5)\n`);
for (const figure of figures) {
  const verdict = figure.ms <= figure.targetMs ? pc.green('within target') : pc.red('over target');
  console.log(
    `${figure.name}\n  ${(figure.ms / 1000).toFixed(2)} s median · ${(figure.ms / baseline).toFixed(1)}× baseline · target ${figure.targetMs / 1000} s · ${verdict}`,
  );
}

// The reference checksum against the simplest correct loop, a byte at a time, on the same 64 MiB.
const data = randomFillSync(new Uint8Array(64 * 1024 * 1024));
function byteAtATime(bytes: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i++) sum += i % 2 === 0 ? bytes[i]! << 8 : bytes[i]!;
  while (sum > 0xffff) sum = (sum & 0xffff) + Math.floor(sum / 0x10000);
  return ~sum & 0xffff;
}
if (byteAtATime(data) !== internetChecksum(data)) throw new Error('the byte loop and the reference disagree');
const referenceMs = await medianMs(5, () => internetChecksum(data));
const byteLoopMs = await medianMs(3, () => byteAtATime(data));
const gbPerSecond = data.length / (referenceMs / 1000) / 1e9;
const speedup = byteLoopMs / referenceMs;
const ok = gbPerSecond >= 1 && speedup >= 3;
console.log(
  `internetChecksum on 64 MiB (reference solution)\n  ${gbPerSecond.toFixed(2)} GB/s · ${speedup.toFixed(1)}× a byte-at-a-time loop (${(byteLoopMs).toFixed(0)} ms) · target ≥ 1 GB/s and ≥ 3× · ${ok ? pc.green('within target') : pc.red('over target')}`,
);

// Framing (reference solution). LineDecoder against Node's readline on the same 100 MB of text in the
// same 64 KiB chunks; FrameDecoder's cost per byte at 1-byte chunks against 64 KiB chunks.
{
  const { createInterface } = await import('node:readline');
  const { Readable } = await import('node:stream');
  const { FrameDecoder, LineDecoder, encodeFrame } = await import('../../solutions/framing/index.ts');
  const verdict = (ok: boolean) => (ok ? pc.green('within target') : pc.red('over target'));
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const chunked = (bytes: Uint8Array, size: number) =>
    Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));

  // Log-like lines of 0 to 11 words, about a third of them not ASCII, half ending in \r\n.
  const words = ['GET', '/index.html', 'HTTP/1.1', '200', 'OK', 'user=alice', 'lat=12ms', 'lorem', 'ipsum', 'café', 'naïve', '€', '😀'];
  let lines = '';
  while (lines.length < 1 << 20) {
    const count = Math.floor(random() * 12);
    lines += Array.from({ length: count }, () => words[Math.floor(random() * words.length)]).join(' ');
    lines += random() < 0.5 ? '\r\n' : '\n';
  }
  const block = new TextEncoder().encode(lines);
  const text = new Uint8Array(100_000_000);
  for (let at = 0; at < text.length; at += block.length) text.set(block.subarray(0, text.length - at), at);
  const textChunks = chunked(text, 64 * 1024);
  let decoderLines = 0;
  const decoderMs = await medianMs(3, () => {
    const decoder = new LineDecoder();
    decoderLines = 0;
    for (const chunk of textChunks) decoderLines += decoder.push(chunk).length;
    decoderLines += decoder.end().length;
  });
  let readlineLines = 0;
  const readlineMs = await medianMs(3, async () => {
    const buffers = textChunks.map((chunk) => Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
    const reader = createInterface({ input: Readable.from(buffers), crlfDelay: Infinity });
    readlineLines = 0;
    reader.on('line', () => readlineLines++);
    await new Promise((resolve) => reader.once('close', resolve));
  });
  if (decoderLines !== readlineLines) throw new Error(`LineDecoder found ${decoderLines} lines and readline ${readlineLines}`);
  const lineRatio = readlineMs / decoderMs;
  console.log(
    `LineDecoder on 100 MB of text in 64 KiB chunks, ${decoderLines} lines (reference solution)\n  ${(100_000 / decoderMs).toFixed(0)} MB/s · readline ${(100_000 / readlineMs).toFixed(0)} MB/s · ${lineRatio.toFixed(2)}× readline · target ≥ 1.0× · ${verdict(lineRatio >= 1)}`,
  );

  // Frames with payloads of 0 to 1024 bytes: 64 MiB in 64 KiB chunks, and the first 256 KiB a byte at a time.
  const frames: Uint8Array[] = [];
  let streamLength = 0;
  while (streamLength < 64 * 1024 * 1024) {
    const frame = encodeFrame(new Uint8Array(Math.floor(random() * 1025)).fill(0x61));
    frames.push(frame);
    streamLength += frame.length;
  }
  const stream = new Uint8Array(streamLength);
  let offset = 0;
  for (const frame of frames) {
    stream.set(frame, offset);
    offset += frame.length;
  }
  const large = chunked(stream, 64 * 1024);
  const single = chunked(stream.subarray(0, 256 * 1024), 1);
  const pushAll = (chunks: Uint8Array[]) => {
    const decoder = new FrameDecoder();
    for (const chunk of chunks) decoder.push(chunk);
  };
  pushAll(single); // warm-up: the 1-byte path is compiled apart from the other
  const largeNs = ((await medianMs(5, () => pushAll(large))) * 1e6) / stream.length;
  const singleNs = ((await medianMs(9, () => pushAll(single))) * 1e6) / single.length;
  const frameRatio = singleNs / largeNs;
  console.log(
    `FrameDecoder cost per byte, payloads of 0 to 1024 bytes (reference solution)\n  ${singleNs.toFixed(1)} ns/byte at 1-byte chunks · ${largeNs.toFixed(2)} ns/byte at 64 KiB chunks · ${frameRatio.toFixed(1)}× · target ≤ 50× · ${verdict(frameRatio <= 50)}`,
  );
}
