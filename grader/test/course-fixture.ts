import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import { loadExercise } from '../src/exercise.ts';
import { gradeExercise } from '../src/run.ts';
import { workspaceAt } from '../src/workspace.ts';

export const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** A throwaway copy of the one-exercise fixture course, so a test may edit, grade and reset it. */
export function copyCourse() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'netprep-course-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  cpSync(path.join(fixturesDir, 'course'), root, { recursive: true });
  const ws = workspaceAt(root);
  return { ws, exercise: loadExercise(ws, 'echo') };
}

/** Short limits keep the loop cases quick; the grader itself defaults to 5 s per test. */
export const fastLimits = { testTimeoutMs: 3_000, timeLimitMs: 60_000 };

/** Grades one of the fixture implementations in `fixtures/impls/<variant>/echo`. */
export function gradeVariant(variant: string, limits = fastLimits) {
  const { ws, exercise } = copyCourse();
  return gradeExercise(ws, exercise, {
    implRoot: path.join(fixturesDir, 'impls', variant),
    suitesDir: ws.suitesDir,
    publicTests: false,
    ...limits,
  });
}
