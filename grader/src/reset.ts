import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Exercise } from './exercise.ts';
import { updateProgress } from './state.ts';
import type { Workspace } from './workspace.ts';

export interface ResetPlan {
  /** Learner files that differ from the pristine stub. */
  changed: string[];
}

export function planReset(ws: Workspace, exercise: Exercise): ResetPlan {
  const changed = exercise.files.filter((file) => {
    const pristine = path.join(ws.stubsDir, exercise.slug, file);
    if (!existsSync(pristine)) throw new Error(`the pristine stub ${path.relative(ws.root, pristine)} is missing`);
    const current = path.join(ws.exercisesDir, exercise.slug, file);
    return !existsSync(current) || !readFileSync(current).equals(readFileSync(pristine));
  });
  return { changed };
}

/** Backs up every changed file, then restores the stub. Returns the backup folder. */
export function applyReset(ws: Workspace, exercise: Exercise, plan: ResetPlan, now = new Date()): string {
  const backup = path.join(ws.stateDir, 'backups', `${exercise.slug}-${now.toISOString().replace(/[:.]/g, '-')}`);
  mkdirSync(backup, { recursive: true });
  for (const file of plan.changed) {
    const current = path.join(ws.exercisesDir, exercise.slug, file);
    if (existsSync(current)) copyFileSync(current, path.join(backup, file));
  }
  for (const file of plan.changed) {
    copyFileSync(path.join(ws.stubsDir, exercise.slug, file), path.join(ws.exercisesDir, exercise.slug, file));
  }
  // The old grade described code that is gone.
  updateProgress(ws, exercise.slug, (progress) => {
    delete progress.lastGrade;
  });
  return backup;
}
