import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findLessons, questionFileSchema, questionFiles, readQuestions } from '../../grader/src/lessons.ts';
import { repoWorkspace, workspaceAt } from '../../grader/src/workspace.ts';
import { collectQuestions, lessonUrl } from '../src/plugins/questions/collect.ts';
import questionsPlugin from '../src/plugins/questions/index.ts';
import type { QuestionBankData } from '../src/plugins/questions/types.ts';
import { pickNext, selectQuestions } from '../src/components/QuestionBank/selection.ts';

describe('the question bank of this course', () => {
  const files = questionFiles(repoWorkspace);

  it('has at least one questions file to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('holds every question of every lesson, with its lesson, part, URL and rendered HTML', async () => {
    const plugin = questionsPlugin({ siteDir: path.join(repoWorkspace.root, 'website'), baseUrl: '/' } as never);
    const bank = (await plugin.loadContent!()) as QuestionBankData;
    const byId = new Map(bank.questions.map((question) => [question.id, question]));
    for (const file of files) {
      const part = path.basename(path.dirname(file));
      const lesson = path.basename(file, '.questions.yaml');
      for (const question of questionFileSchema.parse(readQuestions(file))) {
        expect(byId.get(question.id), `${question.id} from ${lesson}`).toMatchObject({
          level: question.level,
          lesson,
          part,
          url: `/docs/${part.replace(/^\d+-/, '')}/${lesson}`,
        });
        const entry = byId.get(question.id)!;
        expect(entry.answerHtml).toMatch(/^<(p|ul|ol|table|h\d|pre)[ >]/);
        expect(entry.questionHtml.trim()).not.toBe('');
        expect(entry.followUpsHtml).toHaveLength(question.followUps.length);
      }
    }
    expect(bank.questions).toHaveLength(files.reduce((sum, file) => sum + questionFileSchema.parse(readQuestions(file)).length, 0));
  });

  it('names every part of the course by its sidebar label, in order', () => {
    const { parts } = collectQuestions(repoWorkspace);
    expect(parts.map((part) => part.folder)).toEqual([...parts.map((part) => part.folder)].sort());
    expect(parts.find((part) => part.folder === '02-network-layer')?.label).toBe('Part 2: Network layer');
  });

  it('links only to lessons that exist', () => {
    const urls = new Set(findLessons(repoWorkspace).map((lesson) => lessonUrl(lesson.part, lesson.slug)));
    for (const question of collectQuestions(repoWorkspace).questions) expect(urls).toContain(question.url);
  });
});

describe('collectQuestions', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function workspace(files: Record<string, string>) {
    root = mkdtempSync(path.join(tmpdir(), 'netprep-questions-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, 'docs', name)), { recursive: true });
      writeFileSync(path.join(root, 'docs', name), text);
    }
    return workspaceAt(root);
  }
  const lesson = (title: string, position: number) =>
    `---\ntitle: ${title}\ndescription: d\nsidebar_position: ${position}\ntags: [t]\n---\n\nBody.\n`;
  const question = (id: string, extra = '') =>
    `- id: ${id}\n  level: core\n  question: What does \`${id}\` do?\n  answer: "**Bold** and a list:\\n\\n- one\\n- two"\n  followUps: ["Why *not*?"]\n${extra}`;

  it('renders Markdown, keeps one-line text inline and orders questions by part and lesson', () => {
    const ws = workspace({
      '01-a/_category_.json': '{"label":"Part 1: A","position":1}',
      '02-b/_category_.json': '{"label":"Part 2: B","position":2}',
      '02-b/second.mdx': lesson('Second', 2),
      '02-b/second.questions.yaml': question('q-second'),
      '02-b/first.mdx': lesson('First', 1),
      '02-b/first.questions.yaml': question('q-first'),
      '01-a/intro.mdx': lesson('Intro', 1),
      '01-a/intro.questions.yaml': question('q-intro'),
    });
    const bank = collectQuestions(ws);
    expect(bank.parts).toEqual([
      { folder: '01-a', label: 'Part 1: A' },
      { folder: '02-b', label: 'Part 2: B' },
    ]);
    expect(bank.questions.map((q) => q.id)).toEqual(['q-intro', 'q-first', 'q-second']);
    expect(bank.questions[1]).toMatchObject({
      lesson: 'first',
      lessonTitle: 'First',
      part: '02-b',
      url: '/docs/b/first',
      questionHtml: 'What does <code>q-first</code> do?',
      followUpsHtml: ['Why <em>not</em>?'],
    });
    expect(bank.questions[1]!.answerHtml).toBe('<p><strong>Bold</strong> and a list:</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
  });

  it('drops raw HTML from answers', () => {
    const ws = workspace({
      '01-a/_category_.json': '{"label":"Part 1: A","position":1}',
      '01-a/intro.mdx': lesson('Intro', 1),
      '01-a/intro.questions.yaml': `- id: x\n  level: deep\n  question: q\n  answer: "<script>alert(1)</script>Text"\n  followUps: []\n`,
    });
    expect(collectQuestions(ws).questions[0]!.answerHtml).not.toContain('<script');
  });

  it('refuses a questions file without a lesson, an invalid file, and an id used twice', () => {
    const category = { '01-a/_category_.json': '{"label":"Part 1: A","position":1}' };
    expect(() => collectQuestions(workspace({ ...category, '01-a/orphan.questions.yaml': question('q') }))).toThrow(/no lesson beside it/);
    rmSync(root, { recursive: true });
    expect(() =>
      collectQuestions(workspace({ ...category, '01-a/intro.mdx': lesson('Intro', 1), '01-a/intro.questions.yaml': '- id: x\n  level: easy\n' })),
    ).toThrow(/intro\.questions\.yaml/);
    rmSync(root, { recursive: true });
    expect(() =>
      collectQuestions(
        workspace({
          ...category,
          '01-a/one.mdx': lesson('One', 1),
          '01-a/one.questions.yaml': question('same'),
          '01-a/two.mdx': lesson('Two', 2),
          '01-a/two.questions.yaml': question('same'),
        }),
      ),
    ).toThrow(/"same".*more than once/);
  });
});

describe('drill selection', () => {
  const bank = collectQuestions(repoWorkspace);

  it('filters by part and level', () => {
    const core = selectQuestions(bank.questions, { part: 'all', level: 'core', hideKnown: false });
    expect(core.length).toBeGreaterThan(0);
    expect(core.every((q) => q.level === 'core')).toBe(true);
    expect(selectQuestions(bank.questions, { part: '01-foundations', level: 'all', hideKnown: false }).every((q) => q.part === '01-foundations')).toBe(true);
  });

  it('prefers questions not known yet, and not the one just seen', () => {
    const [a, b, c] = bank.questions;
    const pool = [a!, b!, c!];
    for (const random of [0, 0.5, 0.99]) {
      expect(pickNext(pool, new Set([b!.id]), a!.id, () => random)).toBe(c);
      expect(pickNext(pool, new Set(), a!.id, () => random)?.id).not.toBe(a!.id);
    }
    // Only the current one is unknown: it comes back rather than a known one.
    expect(pickNext(pool, new Set([b!.id, c!.id]), a!.id)).toBe(a);
    // Everything known: review anything but the current one.
    expect(pickNext(pool, new Set(pool.map((q) => q.id)), a!.id)?.id).not.toBe(a!.id);
    expect(pickNext([], new Set(), null)).toBeNull();
  });
});
