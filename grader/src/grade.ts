import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Exercise } from './exercise.ts';
import { formatExercise, formatProgress, formatSummary } from './report.ts';
import { capRun } from './formats/safety.ts';
import { checkManifest } from './manifest.ts';
import { scoreExercise, summarizeRun, writeResultsFile, type ExerciseOutcome, type RunOutcome } from './results.ts';
import { defaultLimits, gradeExercise, type GradeOptions } from './run.ts';
import { recordGrade } from './state.ts';
import type { Workspace } from './workspace.ts';

export interface GradeRequest extends GradeOptions {
  target: string;
  jsonFile?: string;
  /** Save scores as the learner's progress (only for their own code against the real hidden suites). */
  recordProgress: boolean;
  print: (text: string) => void;
}

/** Runs `limit` at a time and hands results over in the input order, as soon as each is ready. */
async function inOrder<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>, ready: (result: R, item: T) => void) {
  let active = 0;
  const waiting: Array<() => void> = [];
  const limited = async (item: T): Promise<R> => {
    if (active < limit) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await run(item);
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
  const results = items.map(limited);
  for (const result of results) result.catch(() => {}); // rejections surface below, in order
  for (const [index, item] of items.entries()) ready(await results[index]!, item);
}

/** Grades one exercise, unless its exercise.json was changed since export; says if public tests were. */
async function gradeChecked(ws: Workspace, exercise: Exercise, options: GradeOptions): Promise<ExerciseOutcome> {
  const tampering = checkManifest(ws, exercise.slug);
  const metadata = `exercises/${exercise.slug}/exercise.json`;
  if (tampering?.metadata) {
    return scoreExercise(exercise, [], [`${metadata} was modified; restore it (git checkout -- ${metadata}) to be graded`], 0);
  }
  const outcome = await gradeExercise(ws, exercise, options);
  if (!tampering || tampering.tests.length === 0) return outcome;
  return { ...outcome, warnings: [`public tests were modified: ${tampering.tests.join(', ')} (the hidden suites grade you either way)`] };
}

export async function gradeExercises(ws: Workspace, exercises: Exercise[], request: GradeRequest): Promise<RunOutcome> {
  const finished: ExerciseOutcome[] = [];
  let crash: string | null = null;
  const saveResults = () => {
    if (request.jsonFile) writeResultsFile(request.jsonFile, capRun(summarizeRun(request.target, finished, crash)));
  };
  // Ctrl-C still leaves a results file behind, with what was graded so far.
  const onInterrupt = () => {
    crash = 'interrupted before every exercise was graded';
    saveResults();
    process.exit(130);
  };
  process.once('SIGINT', onInterrupt);
  try {
    await inOrder(
      exercises,
      Math.max(1, Math.min(2, os.availableParallelism())),
      (exercise) => gradeChecked(ws, exercise, request),
      (outcome, exercise) => {
        finished.push(outcome);
        if (request.recordProgress) recordGrade(ws, outcome);
        request.print(formatExercise(exercise, outcome));
        request.print(formatProgress(finished, exercises) + '\n');
      },
    );
  } catch (error) {
    crash = `the grader crashed: ${(error as Error).stack ?? String(error)}`;
  } finally {
    process.off('SIGINT', onInterrupt);
    saveResults();
  }
  const run = summarizeRun(request.target, finished, crash);
  request.print(formatSummary(run));
  if (request.jsonFile) request.print(`Results written to ${path.relative(process.cwd(), path.resolve(request.jsonFile))}`);
  return run;
}

/** What `watch` does on every save: the learner's code against the hidden suite, saved as progress. */
export async function gradeLearnerCode(ws: Workspace, exercise: Exercise): Promise<ExerciseOutcome> {
  const outcome = await gradeExercise(ws, exercise, {
    implRoot: ws.exercisesDir,
    suitesDir: ws.suitesDir,
    // A learner repository has no hidden suites; its public tests are what watch can run.
    publicTests: !existsSync(ws.suitesDir),
    ...defaultLimits,
  });
  recordGrade(ws, outcome);
  return outcome;
}
