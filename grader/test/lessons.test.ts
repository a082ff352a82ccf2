import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  compileLesson,
  findLessons,
  findPartIndexes,
  lessonFrontMatterSchema,
  partIndexFrontMatterSchema,
  questionFileSchema,
  questionFiles,
  readQuestions,
  splitFrontMatter,
} from '../src/lessons.ts';
import { repoWorkspace as ws } from '../src/workspace.ts';

const lessons = findLessons(ws);

it('finds the lessons', () => {
  expect(lessons.length).toBeGreaterThan(0);
});

describe.each(lessons.map((lesson) => [`${lesson.part}/${lesson.slug}`, lesson] as const))('%s', (_name, lesson) => {
  const source = readFileSync(lesson.file, 'utf8');

  it('has front matter with title, description, sidebar_position and tags', () => {
    const result = lessonFrontMatterSchema.safeParse(splitFrontMatter(source).data);
    expect(result.success ? 'valid' : z.prettifyError(result.error)).toBe('valid');
  });

  it('compiles as MDX 3', async () => {
    await expect(compileLesson(source)).resolves.toBeUndefined();
  });

  it('links only to lessons that exist', () => {
    const targets = [...source.matchAll(/\]\((\.{1,2}\/[^)#\s]+\.mdx)(?:#[^)\s]*)?\)/g)].map((m) => m[1]!);
    expect(targets.filter((target) => !existsSync(path.resolve(path.dirname(lesson.file), target)))).toEqual([]);
  });
});

describe.each(findPartIndexes(ws).map((file) => [path.relative(ws.root, file), file] as const))('%s', (_name, file) => {
  const source = readFileSync(file, 'utf8');

  it('has a title and description, and compiles as MDX 3', async () => {
    expect(partIndexFrontMatterSchema.safeParse(splitFrontMatter(source).data).success).toBe(true);
    await expect(compileLesson(source)).resolves.toBeUndefined();
  });
});

describe('compileLesson', () => {
  it('rejects what MDX 3 rejects, such as a bare brace in prose', async () => {
    await expect(compileLesson('---\ntitle: x\n---\nA set {a, b is open\n')).rejects.toThrow();
    await expect(compileLesson('An HTML comment <!-- no --> is not MDX\n')).rejects.toThrow();
  });
});

describe('interview questions', () => {
  const files = questionFiles(ws);

  it.each(files.map((file) => [path.relative(ws.root, file), file] as const))('%s matches the schema and has a lesson', (_name, file) => {
    const result = questionFileSchema.safeParse(readQuestions(file));
    expect(result.success ? 'valid' : z.prettifyError(result.error)).toBe('valid');
    expect(existsSync(file.replace(/\.questions\.yaml$/, '.mdx'))).toBe(true);
  });

  it('uses every id once across the course', () => {
    const ids = files.flatMap((file) => questionFileSchema.parse(readQuestions(file)).map((q) => q.id));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('rejects a question without an answer or with an unknown level', () => {
    expect(questionFileSchema.safeParse([{ id: 'a', question: 'q', level: 'core', followUps: [] }]).success).toBe(false);
    expect(questionFileSchema.safeParse([{ id: 'a', question: 'q', answer: 'a', level: 'easy', followUps: [] }]).success).toBe(false);
  });
});
