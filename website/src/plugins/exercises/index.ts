// Reads every exercise through the same exercise.json the CLI uses, and adds the exercise pages.
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { globSync } from 'tinyglobby';
import { unified } from 'unified';
import { loadExercises } from '../../../../grader/src/exercise.ts';
import { workspaceAt } from '../../../../grader/src/workspace.ts';
import type { ExerciseDetail, ExerciseSummary } from './types';

export interface Options {
  includeSolutions: boolean;
}

export const SOLUTIONS_DIR = '.generated-static';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Code blocks scroll sideways on narrow columns: a tabindex lets keyboard users scroll them too. */
function focusableCodeBlocks() {
  const visit = (node: HastNode): void => {
    if (node.type === 'element' && node.tagName === 'pre') node.properties = { ...node.properties, tabIndex: 0 };
    node.children?.forEach(visit);
  };
  return visit;
}

function markdownToHtml(markdown: string): string {
  return String(
    unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(focusableCodeBlocks).use(rehypeStringify).processSync(markdown),
  );
}

export default function exercisesPlugin(context: LoadContext, options: Options): Plugin<ExerciseDetail[]> {
  const ws = workspaceAt(path.resolve(context.siteDir, '..'));
  // Solutions are served as plain files fetched on an explicit reveal, so no page bundle holds them.
  const solutionsOut = path.join(context.siteDir, SOLUTIONS_DIR, 'solutions');
  rmSync(solutionsOut, { recursive: true, force: true });
  mkdirSync(solutionsOut, { recursive: true });

  return {
    name: 'netprep-exercises',

    getPathsToWatch() {
      return [path.join(ws.exercisesDir, '**/*')];
    },

    async loadContent() {
      const lessonPart = (lesson: string) => globSync(`*/${lesson}.mdx`, { cwd: ws.docsDir })[0]?.split('/')[0];
      return loadExercises(ws).map((exercise): ExerciseDetail => {
        const dir = path.join(ws.exercisesDir, exercise.slug);
        const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
        const testFiles = globSync('*.test.ts', { cwd: dir }).sort();
        const hasSolution = options.includeSolutions && exercise.files.every((file) => existsSync(path.join(ws.solutionsDir, exercise.slug, file)));
        if (hasSolution) {
          mkdirSync(path.join(solutionsOut, exercise.slug), { recursive: true });
          for (const file of exercise.files) {
            writeFileSync(path.join(solutionsOut, exercise.slug, `${file}.txt`), readFileSync(path.join(ws.solutionsDir, exercise.slug, file)));
          }
        }
        return {
          slug: exercise.slug,
          title: exercise.title,
          summary: exercise.summary,
          order: exercise.order,
          difficulty: exercise.difficulty,
          lessons: exercise.lessons,
          parts: [...new Set(exercise.lessons.map(lessonPart).filter((part): part is string => Boolean(part)))],
          taskCount: exercise.tasks.length,
          readmeHtml: markdownToHtml(read('README.md')),
          tasks: exercise.tasks,
          files: exercise.files.map((name) => ({ name, stub: read(name) })),
          browserTests: exercise.browserTests.map((name) => ({ name, source: read(name) })),
          nodeOnlyTests: testFiles.filter((name) => !exercise.browserTests.includes(name)),
          hasSolution,
        };
      });
    },

    async contentLoaded({ content, actions }) {
      const summaries: ExerciseSummary[] = content.map(({ slug, title, summary, order, difficulty, lessons, parts, taskCount }) => ({
        slug, title, summary, order, difficulty, lessons, parts, taskCount,
      }));
      actions.setGlobalData({ exercises: summaries });
      actions.addRoute({
        path: `${context.baseUrl}exercises`,
        component: '@site/src/components/ExerciseIndex',
        exact: true,
      });
      for (const exercise of content) {
        const data = await actions.createData(`exercise-${exercise.slug}.json`, JSON.stringify(exercise));
        actions.addRoute({
          path: `${context.baseUrl}exercises/${exercise.slug}`,
          component: '@site/src/components/ExercisePage',
          modules: { exercise: data },
          exact: true,
        });
      }
    },
  };
}
