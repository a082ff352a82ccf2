import pc from 'picocolors';
import type { Exercise } from './exercise.ts';
import type { ExerciseOutcome, RunOutcome, TestOutcome } from './results.ts';

const MESSAGE_LINES = 16;

export function progressBar(done: number, total: number, width = 24): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * width);
  return `${pc.green('█'.repeat(filled))}${pc.dim('░'.repeat(width - filled))}`;
}

function mark(passed: boolean): string {
  return passed ? pc.green('✓') : pc.red('✗');
}

/** Prefixes the first line and aligns the rest under it, cut to a screenful. */
function indent(text: string, prefix: string, continuation = prefix): string {
  const lines = text.split('\n');
  const shown = lines.slice(0, MESSAGE_LINES);
  if (lines.length > MESSAGE_LINES) shown.push(`… ${lines.length - MESSAGE_LINES} more lines`);
  return shown.map((line, i) => (i === 0 ? prefix : continuation) + line).join('\n');
}

export function formatFailure(test: TestOutcome): string {
  const lines = [`  ${pc.bold('First failure')}  ${test.name}`];
  if (test.expected !== undefined && test.actual !== undefined) {
    lines.push(indent(test.expected, `    ${pc.green('expected')}  `, ' '.repeat(14)));
    lines.push(indent(test.actual, `    ${pc.red('actual')}    `, ' '.repeat(14)));
  }
  if (test.message) lines.push(indent(test.message, '    '));
  if (test.output) lines.push(pc.dim(indent(`output: ${test.output}`, '    ')));
  return lines.join('\n');
}

/** One line for the exercise, one per task, then the first failure, if any. */
export function formatExercise(exercise: Exercise, outcome: ExerciseOutcome): string {
  const seconds = pc.dim(`${(outcome.durationMs / 1000).toFixed(1)}s`);
  const lines = [
    `${mark(outcome.status === 'pass')} ${pc.bold(exercise.slug)}  ${exercise.title}  ${outcome.score}/${outcome.max_score} tasks  ${seconds}`,
  ];
  for (const task of outcome.tasks) {
    const passed = task.total > 0 && task.passed === task.total && outcome.message === null;
    lines.push(`    ${mark(passed)} task ${task.id}  ${task.title.padEnd(28)} ${task.passed}/${task.total}`);
  }
  if (outcome.message) lines.push(indent(outcome.message, '  ' + pc.red('! ')));
  for (const warning of outcome.warnings ?? []) lines.push(indent(warning, '  ' + pc.yellow('! ')));
  const failure = outcome.tests.find((test) => test.status !== 'pass');
  if (failure) lines.push(formatFailure(failure));
  return lines.join('\n');
}

/** The bar fills with passing tasks across every exercise of the run. */
export function formatProgress(finished: ExerciseOutcome[], all: Exercise[]): string {
  const passing = finished.filter((e) => e.status === 'pass').length;
  const tasksDone = finished.reduce((sum, e) => sum + e.score, 0);
  const tasksTotal = all.reduce((sum, e) => sum + e.tasks.length, 0);
  return `  ${progressBar(tasksDone, tasksTotal)} ${tasksDone}/${tasksTotal} tasks · ${finished.length}/${all.length} exercises graded, ${passing} passing`;
}

export function formatSummary(run: RunOutcome): string {
  const verdict = run.status === 'pass' ? pc.green('All tasks pass.') : run.status === 'error' ? pc.red('Nothing could be graded.') : '';
  const crash = run.message ? `\n${pc.red(run.message)}` : '';
  return `${pc.bold(`Score ${run.score}/${run.max_score}`)} ${verdict}${crash}`.trimEnd();
}
