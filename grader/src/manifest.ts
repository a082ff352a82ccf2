// A learner repository carries hashes of what the learner should not change: the public tests and each
// exercise.json (whose tasks decide the score). The grader then says when they were changed instead of
// silently trusting them.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import * as z from 'zod';
import type { Exercise } from './exercise.ts';
import type { Workspace } from './workspace.ts';

const manifestSchema = z.strictObject({
  version: z.literal(1),
  /** Course-relative path → SHA-256 of the file's bytes. */
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});
export type Manifest = z.infer<typeof manifestSchema>;

export const manifestPath = (ws: Workspace) => path.join(ws.root, 'grader', 'manifest.json');

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The files of an exercise that the manifest protects, course-relative. */
function protectedFiles(ws: Workspace, slug: string): string[] {
  const tests = globSync('*.test.ts', { cwd: path.join(ws.exercisesDir, slug) }).sort();
  return [`exercises/${slug}/exercise.json`, ...tests.map((file) => `exercises/${slug}/${file}`)];
}

export function buildManifest(ws: Workspace, exercises: Exercise[]): Manifest {
  const files = exercises.flatMap((exercise) => protectedFiles(ws, exercise.slug));
  return { version: 1, files: Object.fromEntries(files.map((file) => [file, sha256(path.join(ws.root, file))])) };
}

export interface Tampering {
  metadata: boolean;
  /** Public test files changed, added or removed. */
  tests: string[];
}

/** What changed since the export; null when this course has no manifest (the netprep repository itself). */
export function checkManifest(ws: Workspace, slug: string): Tampering | null {
  const file = manifestPath(ws);
  if (!existsSync(file)) return null;
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const prefix = `exercises/${slug}/`;
  const expected = Object.keys(manifest.files).filter((name) => name.startsWith(prefix));
  const present = protectedFiles(ws, slug);
  const changed = [...new Set([...expected, ...present])].filter(
    (name) => !existsSync(path.join(ws.root, name)) || manifest.files[name] !== sha256(path.join(ws.root, name)),
  );
  return { metadata: changed.includes(`${prefix}exercise.json`), tests: changed.filter((name) => name.endsWith('.test.ts')) };
}
