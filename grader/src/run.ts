import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { taskIdOf, type Exercise } from './exercise.ts';
import { JOB_VARIABLE, parseJournal, type CollectedTest, type ForkJob, type ForkMessage, type SerializedFailure } from './fork-protocol.ts';
import { scoreExercise, type ExerciseOutcome, type TestOutcome } from './results.ts';
import type { Workspace } from './workspace.ts';

export interface GradeOptions {
  /** Folder holding `<slug>/index.ts`: the learner's exercises, the solutions, or anything else. */
  implRoot: string;
  /** Folder holding `<slug>/*.test.ts` hidden suites; ignored with `publicTests`. */
  suitesDir: string;
  /** Run the exercise's public tests instead of the hidden suite. */
  publicTests: boolean;
  testTimeoutMs: number;
  /** Whole-exercise limit, start-up included. */
  timeLimitMs: number;
  /** Grade this task alone. */
  task?: number;
}

export const defaultLimits = { testTimeoutMs: 5_000, timeLimitMs: 120_000 };

const forkConfig = fileURLToPath(new URL('./fork-config.ts', import.meta.url));
const vitestCli = fileURLToPath(new URL('vitest.mjs', import.meta.resolve('vitest/package.json')));
const STDERR_KEPT = 4_000;

/** Learner code sees no CI secrets or tokens: only what Node and the tools need to run. */
export function learnerEnv(): NodeJS.ProcessEnv {
  const kept = ['PATH', 'Path', 'HOME', 'USERPROFILE', 'TMPDIR', 'TEMP', 'TMP', 'SystemRoot', 'ComSpec', 'LANG'];
  const env: NodeJS.ProcessEnv = { NO_COLOR: '1' };
  for (const name of kept) if (process.env[name] !== undefined) env[name] = process.env[name];
  return env;
}

type Stop = { reason: 'stalled' | 'time-limit'; limitMs: number } | { reason: 'crashed'; detail: string };

interface ForkState {
  files: Array<{ file: string; tests: CollectedTest[] }>;
  results: Map<string, { passed: boolean; failure?: SerializedFailure; output: string; durationMs: number }>;
  loadErrors: string[];
  unhandledErrors: string[];
}

export async function gradeExercise(ws: Workspace, exercise: Exercise, options: GradeOptions): Promise<ExerciseOutcome> {
  const testDir = options.publicTests
    ? path.join(ws.exercisesDir, exercise.slug)
    : path.join(options.suitesDir, exercise.slug);
  const started = Date.now();
  if (!existsSync(testDir)) {
    return scoreExercise(exercise, [], [`no test suite for ${exercise.slug} in ${testDir}`], 0);
  }
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'netprep-'));
  try {
    const job: ForkJob = {
      testDir,
      implRoot: options.implRoot,
      testTimeoutMs: options.testTimeoutMs,
      ...(options.task ? { testNamePattern: `^task ${options.task}:` } : {}),
      journalFile: path.join(scratch, 'journal.ndjson'),
      // A cache per fork: forks running side by side must not write into one folder.
      cacheDir: path.join(scratch, 'cache'),
    };
    const { state, stop } = await runFork(job, options);
    const journal = existsSync(job.journalFile) ? parseJournal(readFileSync(job.journalFile, 'utf8')) : [];
    for (const entry of journal) {
      if (entry.kind === 'end' && !state.results.has(entry.id)) {
        state.results.set(entry.id, { passed: entry.passed, ...(entry.failure ? { failure: entry.failure } : {}), output: '', durationMs: 0 });
      }
    }
    const hung = stop ? journal.findLast((entry) => entry.kind === 'start' && !state.results.has(entry.id))?.id : undefined;
    return scoreExercise(exercise, collectOutcomes(ws.root, state, stop, hung), describeLoadProblems(state, stop, hung), Date.now() - started);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function runFork(job: ForkJob, options: GradeOptions): Promise<{ state: ForkState; stop: Stop | null }> {
  const state: ForkState = { files: [], results: new Map(), loadErrors: [], unhandledErrors: [] };
  return new Promise((resolve) => {
    const child = fork(vitestCli, ['run', '--config', forkConfig], {
      cwd: job.testDir,
      execArgv: [], // the grader's own loaders (tsx) have no business in the learner's fork
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: { ...learnerEnv(), [JOB_VARIABLE]: JSON.stringify(job) },
    });
    const startedAt = Date.now();
    let lastProgress = startedAt;
    let running = false;
    let finished = false;
    let stop: Stop | null = null;
    let stderr = '';
    child.stdout?.resume(); // learner output that bypassed the console; drained and dropped
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < STDERR_KEPT) stderr += chunk.toString();
    });
    // Vitest times out async tests itself; a synchronous loop blocks its timer, so the parent steps in.
    // Loading (transforming and importing the suite) gets twice as long, so a busy machine is not taken for a loop.
    const idleLimitMs = options.testTimeoutMs * 1.5 + 1_000;
    const watchdog = setInterval(() => {
      const now = Date.now();
      const limitMs = state.files.length > 0 ? idleLimitMs : 2 * idleLimitMs;
      if (now - startedAt > options.timeLimitMs) stop = { reason: 'time-limit', limitMs: options.timeLimitMs };
      else if (running && now - lastProgress > limitMs) stop = { reason: 'stalled', limitMs };
      if (stop) child.kill('SIGKILL');
    }, 100);
    child.on('message', (message: ForkMessage) => {
      lastProgress = Date.now();
      switch (message.type) {
        case 'started':
          running = true;
          break;
        case 'collected':
          state.files.push({ file: message.file, tests: message.tests });
          break;
        case 'result':
          state.results.set(message.id, {
            passed: message.passed,
            ...(message.failure ? { failure: message.failure } : {}),
            output: message.output,
            durationMs: message.durationMs,
          });
          break;
        case 'load-error':
          state.loadErrors.push(`${message.file} could not load: ${message.message}`);
          break;
        case 'finished':
          finished = true;
          state.unhandledErrors = message.unhandledErrors;
          break;
      }
    });
    child.on('exit', (code, signal) => {
      clearInterval(watchdog);
      if (!stop && !finished) {
        const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        stop = { reason: 'crashed', detail: `the test process ${how} before the tests finished${tail(stderr)}` };
      }
      resolve({ state, stop });
    });
  });
}

function tail(text: string): string {
  const trimmed = text.trim();
  return trimmed ? `:\n${trimmed.slice(-1_000)}` : '';
}

function stopMessage(stop: Stop): string {
  if (stop.reason === 'crashed') return stop.detail;
  const seconds = (stop.limitMs / 1000).toFixed(1);
  return stop.reason === 'stalled'
    ? `stopped after ${seconds}s without a result (an infinite loop?)`
    : `stopped at the exercise's time limit of ${seconds}s`;
}

function collectOutcomes(root: string, state: ForkState, stop: Stop | null, hung: string | undefined): TestOutcome[] {
  const files = [...state.files].sort((a, b) => a.file.localeCompare(b.file));
  const hungName = files.flatMap((f) => f.tests).find((test) => test.id === hung)?.name;
  return files.flatMap(({ tests }) =>
    tests.map((test): TestOutcome => {
      const base = { name: test.name, task_id: taskIdOf(test.name) };
      const result = state.results.get(test.id);
      if (result) {
        return {
          ...base,
          status: result.passed ? 'pass' : 'fail',
          message: result.passed ? null : (result.failure?.message ?? 'failed'),
          output: result.output,
          durationMs: result.durationMs,
          ...(result.failure?.expected !== undefined ? { expected: result.failure.expected } : {}),
          ...(result.failure?.actual !== undefined ? { actual: result.failure.actual } : {}),
          ...(result.failure?.location
            ? { location: { file: path.relative(root, result.failure.location.file).split(path.sep).join('/'), line: result.failure.location.line } }
            : {}),
        };
      }
      const message = !stop
        ? 'did not run'
        : `${stopMessage(stop)}${hungName ? ` while "${hungName}" was running` : ''}; this test did not finish`;
      return { ...base, status: 'error', message, output: '', durationMs: 0 };
    }),
  );
}

function describeLoadProblems(state: ForkState, stop: Stop | null, hung: string | undefined): string[] {
  const problems = [...state.loadErrors, ...state.unhandledErrors.map((e) => `unhandled error: ${e}`)];
  const collected = state.files.reduce((sum, f) => sum + f.tests.length, 0);
  if (stop && !hung) problems.push(collected === 0 ? `${stopMessage(stop)} while loading the tests` : stopMessage(stop));
  return problems;
}
