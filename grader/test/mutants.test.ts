// Proof that every hidden suite catches plausible wrong solutions: each mutant in grader/mutants/ is
// applied to a copy of the reference solution and graded. Slow (a fork per mutant), so it runs as its
// own suite: `npm run test:mutants`.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadExercises } from '../src/exercise.ts';
import { loadMutants } from '../src/mutant.ts';
import { defaultLimits, gradeExercise } from '../src/run.ts';
import { repoWorkspace as ws } from '../src/workspace.ts';

const exercises = await Promise.all(
  loadExercises(ws).map(async (exercise) => ({ exercise, mutants: await loadMutants(ws, exercise.slug) })),
);

describe.each(exercises.map((e) => [e.exercise.slug, e] as const))('%s', (slug, { exercise, mutants }) => {
  it.concurrent.each(mutants.map((mutant) => [mutant.name, mutant] as const))('catches: %s', async (_name, mutant) => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'netprep-mutant-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    cpSync(path.join(ws.solutionsDir, slug), path.join(root, slug), { recursive: true });
    const file = path.join(root, slug, mutant.file ?? 'index.ts');
    const source = readFileSync(file, 'utf8');
    expect(source.split(mutant.find).length - 1, 'the patch must apply exactly once').toBe(1);
    writeFileSync(file, source.replace(mutant.find, mutant.replace));
    // The mutant's own task must catch it; grading that task alone keeps each fork short.
    const outcome = await gradeExercise(ws, exercise, {
      implRoot: root,
      suitesDir: ws.suitesDir,
      publicTests: false,
      task: mutant.task,
      ...defaultLimits,
    });
    const task = outcome.tasks.find((t) => t.id === mutant.task)!;
    expect(task.total, `no test of task ${mutant.task} ran: ${outcome.message}`).toBeGreaterThan(0);
    expect(task.passed).toBeLessThan(task.total);
  });
});
