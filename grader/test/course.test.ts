// The course itself: every exercise's parts, and proof that its hidden suite is honest. The suites must
// pass against the reference solution and fail every task of the pristine stub; mutants.test.ts checks
// that they also catch each plausible wrong solution in grader/mutants/.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { loadExercises, type Exercise } from '../src/exercise.ts';
import { loadMutants } from '../src/mutant.ts';
import { defaultLimits, gradeExercise } from '../src/run.ts';
import { repoWorkspace as ws } from '../src/workspace.ts';

const exercises = loadExercises(ws);
const slugOf = (dir: string) => path.basename(dir);

function grade(exercise: Exercise, implRoot: string, publicTests = false) {
  return gradeExercise(ws, exercise, { implRoot, suitesDir: ws.suitesDir, publicTests, ...defaultLimits });
}

it('has exercises, and every exercise folder has an exercise.json', () => {
  expect(exercises.length).toBeGreaterThan(0);
  const folders = readdirSync(ws.exercisesDir, { withFileTypes: true }).filter((e) => e.isDirectory());
  expect(folders.map((f) => f.name).sort()).toEqual(exercises.map((e) => e.slug).sort());
  expect(new Set(exercises.map((e) => e.order)).size).toBe(exercises.length);
});

describe.each(exercises.map((exercise) => [exercise.slug, exercise] as const))('%s', (slug, exercise) => {
  describe('anatomy', () => {
    it('has a README with one numbered section per task, in order', () => {
      const readme = readFileSync(path.join(ws.exercisesDir, slug, 'README.md'), 'utf8');
      const headings = [...readme.matchAll(/^## (\d+)\. (.+)$/gm)].map((m) => `${m[1]}. ${m[2]!.trim()}`);
      expect(headings).toEqual(exercise.tasks.map((task) => `${task.id}. ${task.title}`));
    });

    it('has its learner files, public tests, pristine stubs, solution and hidden suite', () => {
      const parts = [
        ...exercise.files.map((file) => `exercises/${slug}/${file}`),
        ...exercise.files.map((file) => `grader/stubs/${slug}/${file}`),
        ...exercise.files.map((file) => `solutions/${slug}/${file}`),
        `exercises/${slug}/index.test.ts`,
        ...exercise.browserTests.map((file) => `exercises/${slug}/${file}`),
      ];
      expect(parts.filter((part) => !existsSync(path.join(ws.root, part)))).toEqual([]);
      expect(globSync(`grader/suites/${slug}/*.test.ts`, { cwd: ws.root }).length).toBeGreaterThan(0);
    });

    it('has pristine stubs whose every function body throws "Not implemented"', async () => {
      for (const file of exercise.files) {
        const stub = readFileSync(path.join(ws.stubsDir, slug, file), 'utf8');
        expect(stub).toContain("throw new Error('Not implemented')");
        const stubModule = await import(pathToFileURL(path.join(ws.stubsDir, slug, file)).href);
        const solution = await import(pathToFileURL(path.join(ws.solutionsDir, slug, file)).href);
        expect(Object.keys(stubModule).sort()).toEqual(Object.keys(solution).sort());
      }
    });

    it('has at least three plausible wrong solutions for the hidden suite to catch', async () => {
      expect((await loadMutants(ws, slug)).length).toBeGreaterThanOrEqual(3);
    });

    it('links only to lessons that exist', () => {
      for (const lesson of exercise.lessons) {
        expect(globSync(`*/${lesson}.mdx`, { cwd: ws.docsDir }), `docs/*/${lesson}.mdx`).toHaveLength(1);
      }
    });
  });

  describe.concurrent('suites', () => {
    it('public tests pass against the solution, with examples for every task', async () => {
      const outcome = await grade(exercise, ws.solutionsDir, true);
      expect(outcome.tests.filter((t) => t.status !== 'pass')).toEqual([]);
      expect(outcome.status).toBe('pass');
      expect(outcome.tasks.filter((task) => task.total === 0)).toEqual([]);
    });

    it('the hidden suite passes against the solution, every test inside a task block', async () => {
      const outcome = await grade(exercise, ws.solutionsDir);
      expect(outcome.tests.filter((t) => t.status !== 'pass')).toEqual([]);
      expect(outcome.status).toBe('pass');
      const taskIds = exercise.tasks.map((task) => task.id);
      expect(outcome.tests.filter((t) => t.task_id === null || !taskIds.includes(t.task_id))).toEqual([]);
      expect(outcome.tasks.filter((task) => task.total === 0)).toEqual([]);
    });

    it('the hidden suite fails every task of the pristine stub', async () => {
      const outcome = await grade(exercise, ws.stubsDir);
      expect(outcome.score).toBe(0);
      expect(outcome.tasks.filter((task) => task.total === 0 || task.passed === task.total)).toEqual([]);
    });
  });
});
