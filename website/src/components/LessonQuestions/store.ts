import loaders, { lessonAtPath } from '@generated/netprep-questions/default/lessonLoaders.js';
import type { LessonQuestion } from '../../plugins/questions/types';

// Module-level, so the questions loaded before hydration (see preload.ts) are there when the lesson renders,
// and `use` gets the same promise on every render.
const loaded = new Map<string, LessonQuestion[]>();
const loading = new Map<string, Promise<LessonQuestion[]>>();

export function hasQuestions(lesson: string): boolean {
  return Object.hasOwn(loaders, lesson);
}

/** Only for a lesson that `hasQuestions`. */
export function loadQuestions(lesson: string): Promise<LessonQuestion[]> {
  let questions = loading.get(lesson);
  if (!questions) {
    questions = loaders[lesson]!().then((module) => {
      loaded.set(lesson, module.default);
      return module.default;
    });
    loading.set(lesson, questions);
  }
  return questions;
}

/** The questions, if their chunk has already arrived. */
export function loadedQuestions(lesson: string): LessonQuestion[] | undefined {
  return loaded.get(lesson);
}

/** Starts loading the questions of the lesson at this route, if it is a lesson with questions. */
export function preloadQuestionsAt(pathname: string): void {
  const lesson = lessonAtPath[pathname.replace(/\/$/, '')];
  if (lesson !== undefined && hasQuestions(lesson)) void loadQuestions(lesson);
}
