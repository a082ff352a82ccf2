// Gradescope's autograder results.json: one entry per exercise task, worth one point, like the grade.
import type { RunOutcome } from '../results.ts';

export function toGradescope(run: RunOutcome): object {
  const seconds = (ms: number) => Math.round(ms) / 1000;
  return {
    score: run.score,
    max_score: run.max_score,
    execution_time: seconds(run.exercises.reduce((sum, e) => sum + e.durationMs, 0)),
    output: [
      run.message ?? `${run.score}/${run.max_score} tasks pass against the hidden suites.`,
      ...run.exercises.flatMap((e) => (e.warnings ?? []).map((w) => `${e.slug}: ${w}`)),
    ].join('\n'),
    visibility: 'visible',
    stdout_visibility: 'hidden',
    tests: run.exercises.flatMap((exercise) =>
      exercise.tasks.map((task) => {
        const tests = exercise.tests.filter((t) => t.task_id === task.id);
        const failure = tests.find((t) => t.status !== 'pass');
        const passed = task.total > 0 && task.passed === task.total && exercise.message === null;
        const detail = exercise.message ?? (failure ? `First failure: ${failure.name}\n${failure.message ?? failure.status}` : '');
        return {
          name: `${exercise.slug} · task ${task.id}: ${task.title}`,
          score: passed ? 1 : 0,
          max_score: 1,
          status: passed ? 'passed' : 'failed',
          output: [`${task.passed}/${task.total} tests pass.`, detail].filter(Boolean).join('\n'),
          visibility: 'visible',
          execution_time: seconds(tests.reduce((sum, t) => sum + t.durationMs, 0)),
        };
      }),
    ),
  };
}
