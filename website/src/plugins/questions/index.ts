// The interview questions: the `/questions` bank page, and one lazily loaded JSON per lesson for the lesson pages.
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { workspaceAt } from '../../../../grader/src/workspace.ts';
import { collectQuestions } from './collect';
import type { LessonQuestion, QuestionBankData } from './types';

/**
 * A module mapping each lesson with questions to a dynamic import of its JSON: the bundler makes one chunk per
 * lesson, so a lesson page downloads its own questions and no page carries them in global data. It also maps each
 * lesson's route to its slug, so the questions can be fetched before the page hydrates.
 */
function lessonLoadersModule(lessons: Array<{ lesson: string; route: string }>): string {
  const loaders = lessons.map(({ lesson }) => `  ${JSON.stringify(lesson)}: () => import(${JSON.stringify(`./lessons/${lesson}.json`)}),`);
  const routes = Object.fromEntries(lessons.map(({ lesson, route }) => [route, lesson]));
  return `export default {\n${loaders.join('\n')}\n};\nexport const lessonAtPath = ${JSON.stringify(routes, null, 2)};\n`;
}


export default function questionsPlugin(context: LoadContext): Plugin<QuestionBankData> {
  const ws = workspaceAt(path.resolve(context.siteDir, '..'));
  return {
    // Also the folder of its generated files: @generated/netprep-questions/default/.
    name: 'netprep-questions',

    getClientModules() {
      return [path.join(context.siteDir, 'src/components/LessonQuestions/preload.ts')];
    },

    getPathsToWatch() {
      return [path.join(ws.docsDir, '*/*.questions.yaml'), path.join(ws.docsDir, '*/*.mdx'), path.join(ws.docsDir, '*/_category_.json')];
    },

    async loadContent() {
      return collectQuestions(ws);
    },

    async contentLoaded({ content, actions }) {
      const byLesson = new Map<string, { route: string; questions: LessonQuestion[] }>();
      for (const { lesson, url, id, level, questionHtml, answerHtml, followUpsHtml } of content.questions) {
        const entry = byLesson.get(lesson) ?? { route: `${context.baseUrl}${url.slice(1)}`, questions: [] };
        entry.questions.push({ id, level, questionHtml, answerHtml, followUpsHtml });
        byLesson.set(lesson, entry);
      }
      for (const [lesson, { questions }] of byLesson) {
        await actions.createData(`lessons/${lesson}.json`, JSON.stringify(questions));
      }
      // Imported by LessonQuestions as @generated/netprep-questions/default/lessonLoaders.js.
      await actions.createData('lessonLoaders.js', lessonLoadersModule([...byLesson].map(([lesson, { route }]) => ({ lesson, route }))));

      const bank = await actions.createData('bank.json', JSON.stringify(content));
      actions.addRoute({
        path: `${context.baseUrl}questions`,
        component: '@site/src/components/QuestionBank',
        modules: { bank },
        exact: true,
      });
    },
  };
}
