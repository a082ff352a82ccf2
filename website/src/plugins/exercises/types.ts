/** What every page may know about an exercise (global data). */
export interface ExerciseSummary {
  slug: string;
  title: string;
  summary: string;
  order: number;
  difficulty: 'easy' | 'medium' | 'hard';
  lessons: string[];
  /** The docs part folders of its lessons, such as `02-network-layer`. */
  parts: string[];
  taskCount: number;
}

/** Everything an exercise page shows; the reference solution is fetched separately, on reveal. */
export interface ExerciseDetail extends ExerciseSummary {
  readmeHtml: string;
  tasks: Array<{ id: number; title: string; hints: string[] }>;
  /** The files the learner edits, with their stubs. */
  files: Array<{ name: string; stub: string }>;
  /** Public test files that run in the browser, unchanged. */
  browserTests: Array<{ name: string; source: string }>;
  /** Public test files that need Node, run locally only. */
  nodeOnlyTests: string[];
  /** Whether `/solutions/<slug>/<file>.txt` exists on this site. */
  hasSolution: boolean;
}
