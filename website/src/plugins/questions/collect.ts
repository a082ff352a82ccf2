// Gathers every `docs/<part>/<slug>.questions.yaml` into the bank, through the grader's own schema and file list.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import * as z from 'zod';
import {
  findLessons,
  lessonFrontMatterSchema,
  questionFileSchema,
  questionFiles,
  readQuestions,
  splitFrontMatter,
} from '../../../../grader/src/lessons.ts';
import type { Workspace } from '../../../../grader/src/workspace.ts';
import { inlineMarkdownToHtml, markdownToHtml } from './markdown';
import type { BankPart, BankQuestion, QuestionBankData } from './types';

const QUESTIONS_SUFFIX = '.questions.yaml';

const categorySchema = z.object({ label: z.string().min(1), position: z.number() });

/** Docusaurus drops a leading number prefix from every path segment: `02-network-layer/x.mdx` is `/docs/network-layer/x`. */
export function lessonUrl(part: string, lesson: string): string {
  return `/docs/${part.replace(/^\d+-/, '')}/${lesson}`;
}

/** Every part of the course, in sidebar order, whether or not it has questions yet. */
function readParts(ws: Workspace): Array<BankPart & { position: number }> {
  return globSync('*/_category_.json', { cwd: ws.docsDir })
    .map((file) => {
      const category = categorySchema.parse(JSON.parse(readFileSync(path.join(ws.docsDir, file), 'utf8')));
      return { folder: path.dirname(file), label: category.label, position: category.position };
    })
    .sort((a, b) => a.position - b.position);
}

export function collectQuestions(ws: Workspace): QuestionBankData {
  const lessons = new Map(findLessons(ws).map((lesson) => [`${lesson.part}/${lesson.slug}`, lesson]));
  const parts = readParts(ws);
  const partOrder = new Map(parts.map((part, index) => [part.folder, index]));

  const perLesson = questionFiles(ws).map((file) => {
    const part = path.basename(path.dirname(file));
    const slug = path.basename(file, QUESTIONS_SUFFIX);
    const lesson = lessons.get(`${part}/${slug}`);
    if (!lesson) throw new Error(`${path.relative(ws.root, file)} has no lesson beside it (${part}/${slug}.mdx)`);
    const partIndex = partOrder.get(part);
    if (partIndex === undefined) throw new Error(`docs/${part} has questions but no _category_.json to name the part`);
    const result = questionFileSchema.safeParse(readQuestions(file));
    if (!result.success) throw new Error(`${path.relative(ws.root, file)}:\n${z.prettifyError(result.error)}`);
    const frontMatter = lessonFrontMatterSchema.parse(splitFrontMatter(readFileSync(lesson.file, 'utf8')).data);
    const questions = result.data.map(
      (question): BankQuestion => ({
        id: question.id,
        level: question.level,
        questionHtml: inlineMarkdownToHtml(question.question),
        answerHtml: markdownToHtml(question.answer),
        followUpsHtml: question.followUps.map(inlineMarkdownToHtml),
        lesson: slug,
        lessonTitle: frontMatter.title,
        part,
        url: lessonUrl(part, slug),
      }),
    );
    return { partIndex, position: frontMatter.sidebar_position, questions };
  });

  // Course order: part, then the lesson's place in the sidebar, then the order of the YAML file.
  perLesson.sort((a, b) => a.partIndex - b.partIndex || a.position - b.position);
  const questions = perLesson.flatMap((entry) => entry.questions);
  // The browser keeps "known" marks by id, so an id used twice would share one mark.
  const seen = new Set<string>();
  for (const { id, lesson } of questions) {
    if (seen.has(id)) throw new Error(`question id "${id}" (in ${lesson}) is used more than once in the course`);
    seen.add(id);
  }
  return { parts: parts.map(({ folder, label }) => ({ folder, label })), questions };
}
