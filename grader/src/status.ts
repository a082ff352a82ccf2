import pc from 'picocolors';
import type { Exercise } from './exercise.ts';
import { progressBar } from './report.ts';
import { isDone, readProgress } from './state.ts';
import type { Workspace } from './workspace.ts';

/** The first exercise that is not done yet, in course order. */
export function currentExercise(ws: Workspace, exercises: Exercise[]): Exercise | undefined {
  const progress = readProgress(ws);
  return exercises.find((exercise) => !isDone(progress, exercise.slug));
}

export function formatStatus(ws: Workspace, exercises: Exercise[]): string {
  const progress = readProgress(ws);
  const current = currentExercise(ws, exercises);
  const rows = exercises.map((exercise) => {
    const own = progress[exercise.slug];
    const grade = own?.lastGrade;
    const tasks = grade ? `${grade.score}/${grade.maxScore} tasks` : pc.dim(`not graded (${exercise.tasks.length} tasks)`);
    const hints = Object.values(own?.hintsShown ?? {}).reduce((sum, n) => sum + n, 0);
    const markCell = isDone(progress, exercise.slug) ? pc.green('✓') : exercise === current ? pc.yellow('→') : ' ';
    const hintCell = hints > 0 ? pc.dim(`  ${hints} hint${hints === 1 ? '' : 's'} used`) : '';
    return `${markCell} ${String(exercise.order).padStart(2)}. ${exercise.slug.padEnd(22)} ${exercise.difficulty.padEnd(7)} ${tasks}${hintCell}`;
  });
  const done = exercises.filter((exercise) => isDone(progress, exercise.slug)).length;
  const footer = current
    ? `Next: ${pc.bold(current.slug)} — edit exercises/${current.slug}/${current.files[0]}, then \`npm run grade -- ${current.slug}\``
    : pc.green('Every exercise is done.');
  return [...rows, '', `${progressBar(done, exercises.length)} ${done}/${exercises.length} exercises done`, footer].join('\n');
}
