import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import type { Workspace } from './workspace.ts';

const fileName = z.string().regex(/^[a-z0-9][a-z0-9.-]*\.ts$/, 'a .ts file name inside the exercise folder');

/** `exercise.json`: the one metadata file that feeds the CLI, the site and the checks. */
export const exerciseMetaSchema = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(1),
  order: z.number().int().positive(),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  lessons: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
  /** The files the learner edits; `reset` restores them. */
  files: z.array(fileName).min(1),
  /** Public test files that can run in a browser (no `node:` built-ins). */
  browserTests: z.array(fileName),
  tasks: z
    .array(
      z.strictObject({
        id: z.number().int().positive(),
        title: z.string().min(1),
        hints: z.array(z.string().min(1)).min(1),
      }),
    )
    .min(1),
});

export type ExerciseMeta = z.infer<typeof exerciseMetaSchema>;
export interface Exercise extends ExerciseMeta {
  slug: string;
}

export class ExerciseError extends Error {
  override name = 'ExerciseError';
}

export function loadExercise(ws: Workspace, slug: string): Exercise {
  const file = path.join(ws.exercisesDir, slug, 'exercise.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ExerciseError(`cannot read ${path.relative(ws.root, file)}: ${(error as Error).message}`);
  }
  const parsed = exerciseMetaSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ExerciseError(`${path.relative(ws.root, file)} is invalid:\n${z.prettifyError(parsed.error)}`);
  }
  const ids = parsed.data.tasks.map((task) => task.id);
  if (ids.some((id, index) => id !== index + 1)) {
    throw new ExerciseError(`${path.relative(ws.root, file)}: task ids must run 1, 2, 3, … in order`);
  }
  return { slug, ...parsed.data };
}

/** Every exercise, in course order. */
export function loadExercises(ws: Workspace): Exercise[] {
  if (!existsSync(ws.exercisesDir)) return [];
  return readdirSync(ws.exercisesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(ws.exercisesDir, entry.name, 'exercise.json')))
    .map((entry) => loadExercise(ws, entry.name))
    .sort((a, b) => a.order - b.order);
}

/** The exercises named on the command line, in course order; all of them when none is named. */
export function selectExercises(all: Exercise[], slugs: string[]): Exercise[] {
  const unknown = slugs.filter((slug) => !all.some((exercise) => exercise.slug === slug));
  if (unknown.length > 0) {
    const valid = all.map((exercise) => exercise.slug).join(', ');
    throw new ExerciseError(`unknown exercise ${unknown.map((s) => `"${s}"`).join(', ')}; valid ones: ${valid}`);
  }
  return slugs.length === 0 ? all : all.filter((exercise) => slugs.includes(exercise.slug));
}

/** `task 3: split a block > …` → 3; a test outside a task block belongs to no task. */
export function taskIdOf(testName: string): number | null {
  const match = /^task (\d+):/i.exec(testName);
  return match ? Number(match[1]) : null;
}
