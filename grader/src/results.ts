import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Exercise } from './exercise.ts';

export type Status = 'pass' | 'fail' | 'error';

export interface TestOutcome {
  name: string;
  task_id: number | null;
  status: Status;
  message: string | null;
  output: string;
  durationMs: number;
  /** For the terminal report only; results.json keeps Exercism's fields. */
  expected?: string;
  actual?: string;
  /** Where the graded code threw or failed, relative to the course root, when a stack shows it. */
  location?: { file: string; line: number };
}

export interface TaskSummary {
  id: number;
  title: string;
  passed: number;
  total: number;
}

export interface ExerciseOutcome {
  slug: string;
  status: Status;
  message: string | null;
  score: number;
  max_score: number;
  tests: TestOutcome[];
  tasks: TaskSummary[];
  durationMs: number;
  /** Problems that do not stop grading, such as modified public tests. */
  warnings?: string[];
}

export interface RunOutcome {
  version: 3;
  status: Status;
  message: string | null;
  target: string;
  score: number;
  max_score: number;
  exercises: ExerciseOutcome[];
}

export const OUTPUT_LIMIT = 500;
const TRUNCATION_MARKER = '… [output truncated]';

export function truncateOutput(text: string, limit = OUTPUT_LIMIT): string {
  return text.length <= limit ? text : text.slice(0, limit - TRUNCATION_MARKER.length) + TRUNCATION_MARKER;
}

/**
 * One point per task whose tests all pass. A suite file that failed to load hides which tasks it held,
 * so then no task can be confirmed.
 */
export function scoreExercise(
  exercise: Exercise,
  tests: TestOutcome[],
  loadErrors: string[],
  durationMs: number,
): ExerciseOutcome {
  const tasks = exercise.tasks.map((task) => {
    const own = tests.filter((test) => test.task_id === task.id);
    return { id: task.id, title: task.title, passed: own.filter((t) => t.status === 'pass').length, total: own.length };
  });
  const score = loadErrors.length > 0 ? 0 : tasks.filter((task) => task.total > 0 && task.passed === task.total).length;
  const nothingRan = tests.every((test) => test.status === 'error');
  const allPassed = tests.length > 0 && loadErrors.length === 0 && tests.every((test) => test.status === 'pass');
  return {
    slug: exercise.slug,
    status: nothingRan ? 'error' : allPassed ? 'pass' : 'fail',
    message: loadErrors.length > 0 ? loadErrors.join('\n') : null,
    score,
    max_score: exercise.tasks.length,
    tests,
    tasks,
    durationMs,
  };
}

export function summarizeRun(target: string, exercises: ExerciseOutcome[], message: string | null = null): RunOutcome {
  const status: Status =
    message !== null || exercises.length === 0 || exercises.every((e) => e.status === 'error')
      ? 'error'
      : exercises.every((e) => e.status === 'pass')
        ? 'pass'
        : 'fail';
  return {
    version: 3,
    status,
    message,
    target,
    score: exercises.reduce((sum, e) => sum + e.score, 0),
    max_score: exercises.reduce((sum, e) => sum + e.max_score, 0),
    exercises,
  };
}

/** The results file, modelled on Exercism's results.json v3. */
export function toResultsJson(run: RunOutcome): object {
  return {
    version: run.version,
    status: run.status,
    message: run.message,
    target: run.target,
    score: run.score,
    max_score: run.max_score,
    exercises: run.exercises.map((e) => ({
      slug: e.slug,
      status: e.status,
      message: e.message,
      score: e.score,
      max_score: e.max_score,
      ...(e.warnings ? { warnings: e.warnings } : {}),
      tests: e.tests.map((t) => ({
        name: t.name,
        task_id: t.task_id,
        status: t.status,
        message: t.message,
        output: truncateOutput(t.output),
      })),
    })),
  };
}

/** Written to a temporary name and renamed, so a reader never sees half a file. */
export function writeResultsFile(file: string, run: RunOutcome): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(toResultsJson(run), null, 2) + '\n');
  renameSync(temporary, file);
}
