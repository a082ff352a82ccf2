// GitHub Actions: a Markdown job summary a teacher can read at a glance, and `::error` annotations on
// the learner's own lines.
import type { ExerciseOutcome, RunOutcome, TestOutcome } from '../results.ts';
import { escapeCommandData, escapeCommandProperty } from './safety.ts';

/** GitHub shows at most 10 error annotations per step. */
const ANNOTATION_LIMIT = 10;

/** A fence longer than any run of backticks inside, so learner text cannot close it. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Markdown table cells hold our own names only, but `|` would still split a cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|');

function firstFailure(exercise: ExerciseOutcome): TestOutcome | undefined {
  return exercise.tests.find((test) => test.status !== 'pass');
}

function failureText(test: TestOutcome): string {
  const lines = [test.message ?? test.status];
  if (test.expected !== undefined && test.actual !== undefined) lines.push(`expected: ${test.expected}`, `actual:   ${test.actual}`);
  if (test.location) lines.push(`at ${test.location.file}:${test.location.line}`);
  if (test.output) lines.push(`output: ${test.output}`);
  return lines.join('\n');
}

export function toGithubSummary(run: RunOutcome): string {
  const icon = (ok: boolean) => (ok ? '✅' : '❌');
  const lines = [
    `## ${icon(run.status === 'pass')} netprep: ${run.score}/${run.max_score} tasks`,
    '',
    `Graded \`${run.target}\` against the hidden suites.`,
    '',
    '| Exercise | Task | Tests passed | Score |',
    '|---|---|---|---|',
  ];
  for (const exercise of run.exercises) {
    const passed = exercise.tests.filter((t) => t.status === 'pass').length;
    lines.push(`| ${icon(exercise.status === 'pass')} **${cell(exercise.slug)}** | all tasks | ${passed}/${exercise.tests.length} | **${exercise.score}/${exercise.max_score}** |`);
    for (const task of exercise.tasks) {
      const done = task.total > 0 && task.passed === task.total;
      lines.push(`| | ${icon(done)} ${task.id}. ${cell(task.title)} | ${task.passed}/${task.total} | ${done ? 1 : 0}/1 |`);
    }
  }
  if (run.message !== null) lines.push('', '> [!WARNING]', `> ${run.message.split('\n')[0]}`);
  for (const exercise of run.exercises) {
    for (const warning of exercise.warnings ?? []) lines.push('', '> [!WARNING]', `> **${exercise.slug}**: ${warning}`);
  }
  for (const exercise of run.exercises) {
    const failure = firstFailure(exercise);
    const problem = exercise.message ?? (failure ? failureText(failure) : null);
    if (problem === null) continue;
    const title = failure && exercise.message === null ? failure.name : 'the hidden suite did not load';
    lines.push('', `<details><summary><b>${exercise.slug}</b>: first failure · ${html(title)}</summary>`, '', fenced(problem), '', '</details>');
  }
  return lines.join('\n') + '\n';
}

/** One `::error` per failing exercise, on the learner's line where the stack shows one. */
export function githubAnnotations(run: RunOutcome): string[] {
  return run.exercises
    .flatMap((exercise) => {
      // Prefer a failure whose stack reaches the learner's code: that annotation lands on their line.
      const failure = exercise.tests.find((t) => t.status !== 'pass' && t.location) ?? firstFailure(exercise);
      if (exercise.message === null && !failure) return [];
      const properties = [`title=${escapeCommandProperty(`${exercise.slug}: ${failure && exercise.message === null ? failure.name : 'suite did not load'}`)}`];
      if (failure?.location) properties.unshift(`file=${escapeCommandProperty(failure.location.file)}`, `line=${failure.location.line}`);
      const message = exercise.message ?? failure!.message ?? failure!.status;
      return [`::error ${properties.join(',')}::${escapeCommandData(message)}`];
    })
    .slice(0, ANNOTATION_LIMIT);
}

export function githubWarnings(run: RunOutcome): string[] {
  return run.exercises.flatMap((exercise) =>
    (exercise.warnings ?? []).map((warning) => `::warning title=${escapeCommandProperty(exercise.slug)}::${escapeCommandData(warning)}`),
  );
}
