// GitHub Classroom: the result object its autograding reporter decodes from a step output named
// `result` (base64 JSON), one test per exercise task.
import type { RunOutcome } from '../results.ts';

export function toClassroom(run: RunOutcome): object {
  return {
    version: 1,
    status: run.status,
    max_score: run.max_score,
    tests: run.exercises.flatMap((exercise) =>
      exercise.tasks.map((task) => {
        const failure = exercise.tests.find((t) => t.task_id === task.id && t.status !== 'pass');
        const passed = task.total > 0 && task.passed === task.total && exercise.message === null;
        return {
          name: `${exercise.slug} · task ${task.id}: ${task.title}`,
          status: passed ? 'pass' : exercise.status === 'error' ? 'error' : 'fail',
          score: passed ? 1 : 0,
          message: exercise.message ?? (failure ? `${failure.name}: ${failure.message ?? failure.status}` : `${task.passed}/${task.total} tests pass`),
          test_code: `npm run grade -- ${exercise.slug} --task ${task.id}`,
          filename: failure?.location?.file ?? '',
          line_no: failure?.location?.line ?? 0,
          duration: exercise.tests.filter((t) => t.task_id === task.id).reduce((sum, t) => sum + t.durationMs, 0),
        };
      }),
    ),
  };
}

/** The `name=value` line for `$GITHUB_OUTPUT`. */
export function classroomOutputLine(run: RunOutcome): string {
  return `result=${Buffer.from(JSON.stringify(toClassroom(run))).toString('base64')}\n`;
}
