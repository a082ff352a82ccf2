// Written at build time by src/plugins/questions.
declare module '@generated/netprep-questions/default/lessonLoaders.js' {
  import type { LessonQuestion } from '../../plugins/questions/types';

  /** One dynamic import per lesson that has questions, by lesson slug. */
  const loaders: Record<string, () => Promise<{ default: LessonQuestion[] }>>;
  export default loaders;
  /** The lesson slug at each lesson route (base URL included, no trailing slash). */
  export const lessonAtPath: Record<string, string>;
}
