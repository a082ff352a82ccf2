import pc from 'picocolors';
import type { Exercise } from './exercise.ts';
import { readProgress, updateProgress } from './state.ts';
import type { Workspace } from './workspace.ts';

/**
 * Reveals the next hint of the first task that is not yet passing, one hint at a time, and says so when
 * every hint of the unfinished tasks has been shown.
 */
export function revealHint(ws: Workspace, exercise: Exercise): string {
  const progress = readProgress(ws)[exercise.slug];
  const passed = new Set(progress?.lastGrade?.passedTasks ?? []);
  const open = exercise.tasks.filter((task) => !passed.has(task.id));
  if (open.length === 0) return `${pc.green('✓')} Every task of ${exercise.slug} passes: no hint needed.`;
  const shown = (id: number) => progress?.hintsShown[id] ?? 0;
  const task = open.find((t) => shown(t.id) < t.hints.length);
  if (!task) {
    const all = open.flatMap((t) => t.hints.map((hint, i) => `  task ${t.id}, hint ${i + 1}: ${hint}`));
    return [`No more hints for ${exercise.slug}; these are all of them:`, ...all].join('\n');
  }
  const index = shown(task.id);
  updateProgress(ws, exercise.slug, (own) => {
    own.hintsShown[task.id] = index + 1;
  });
  const heading = pc.bold(`Hint ${index + 1} of ${task.hints.length} for task ${task.id} (${task.title})`);
  return `${heading}\n  ${task.hints[index]}`;
}
