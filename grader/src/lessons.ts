import { readFileSync } from 'node:fs';
import path from 'node:path';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { globSync } from 'tinyglobby';
import { parse as parseYaml } from 'yaml';
import * as z from 'zod';
import type { Workspace } from './workspace.ts';

export const lessonFrontMatterSchema = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  sidebar_position: z.number().int().positive(),
  tags: z.array(z.string().min(1)).min(1),
});

/** One interview question, as stored in `docs/<part>/<slug>.questions.yaml`. */
export const questionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case'),
  question: z.string().min(1),
  answer: z.string().min(1),
  level: z.enum(['warm-up', 'core', 'deep']),
  followUps: z.array(z.string().min(1)),
});
export const questionFileSchema = z.array(questionSchema).min(1);
export type Question = z.infer<typeof questionSchema>;

export interface Lesson {
  slug: string;
  part: string;
  file: string;
}

/** Lessons, without the part index pages (`<part>/index.mdx`). */
export function findLessons(ws: Workspace): Lesson[] {
  return globSync('*/*.mdx', { cwd: ws.docsDir, ignore: ['*/index.mdx'] })
    .sort()
    .map((relative) => ({
      slug: path.basename(relative, '.mdx'),
      part: path.dirname(relative),
      file: path.join(ws.docsDir, relative),
    }));
}

/** The index page of each part: what it covers and which exercises belong to it. */
export function findPartIndexes(ws: Workspace): string[] {
  return globSync('*/index.mdx', { cwd: ws.docsDir, absolute: true }).sort();
}

export const partIndexFrontMatterSchema = z.object({ title: z.string().min(1), description: z.string().min(1) });

export function questionFiles(ws: Workspace): string[] {
  return globSync('*/*.questions.yaml', { cwd: ws.docsDir, absolute: true }).sort();
}

export function readQuestions(file: string): unknown {
  return parseYaml(readFileSync(file, 'utf8'));
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

export function splitFrontMatter(source: string): { data: unknown; body: string } {
  const match = FRONT_MATTER.exec(source);
  return match ? { data: parseYaml(match[1]!), body: source.slice(match[0].length) } : { data: null, body: source };
}

/**
 * Compiles a lesson as MDX 3 with the syntax extensions the site enables (GFM tables, `:::` admonitions,
 * `$math$`), so a lesson the site would reject fails here first.
 */
export async function compileLesson(source: string): Promise<void> {
  // Imported on use: the site's plugins read this module through Docusaurus's loader, which cannot load MDX's ESM-only parts.
  const { compile } = await import('@mdx-js/mdx');
  await compile(splitFrontMatter(source).body, { remarkPlugins: [remarkGfm, remarkDirective, remarkMath] });
}
