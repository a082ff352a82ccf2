import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExerciseOutcome } from './results.ts';
import type { Workspace } from './workspace.ts';

/** A learner's saved progress, kept in the gitignored `.netprep/progress.json`. */
export interface ExerciseProgress {
  /** How many hints of each task have been shown, by task id. */
  hintsShown: Record<string, number>;
  /** The last grade against the hidden suite. */
  lastGrade?: { score: number; maxScore: number; passedTasks: number[]; at: string };
}

export type Progress = Record<string, ExerciseProgress>;

const progressFile = (ws: Workspace) => path.join(ws.stateDir, 'progress.json');

export function readProgress(ws: Workspace): Progress {
  try {
    return JSON.parse(readFileSync(progressFile(ws), 'utf8')) as Progress;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    // A damaged file must not stop grading; it is kept aside for the learner to inspect.
    renameSync(progressFile(ws), `${progressFile(ws)}.damaged-${Date.now()}`);
    return {};
  }
}

export function updateProgress(ws: Workspace, slug: string, change: (progress: ExerciseProgress) => void): Progress {
  const all = readProgress(ws);
  const own = (all[slug] ??= { hintsShown: {} });
  change(own);
  mkdirSync(ws.stateDir, { recursive: true });
  const temporary = `${progressFile(ws)}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(all, null, 2) + '\n');
  renameSync(temporary, progressFile(ws));
  return all;
}

export function isDone(progress: Progress, slug: string): boolean {
  const grade = progress[slug]?.lastGrade;
  return grade !== undefined && grade.score === grade.maxScore;
}

export function recordGrade(ws: Workspace, outcome: ExerciseOutcome): void {
  updateProgress(ws, outcome.slug, (progress) => {
    progress.lastGrade = {
      score: outcome.score,
      maxScore: outcome.max_score,
      passedTasks: outcome.message ? [] : outcome.tasks.filter((t) => t.total > 0 && t.passed === t.total).map((t) => t.id),
      at: new Date().toISOString(),
    };
  });
}
