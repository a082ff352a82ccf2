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
