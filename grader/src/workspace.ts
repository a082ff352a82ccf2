import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where everything lives. Tests build their own workspace in a temporary folder. */
export interface Workspace {
  root: string;
  exercisesDir: string;
  solutionsDir: string;
  suitesDir: string;
  /** Pristine copies of the stubs, which the learner never edits: `npm run reset` restores from here. */
  stubsDir: string;
  docsDir: string;
  /** Learner progress and backups; gitignored. */
  stateDir: string;
}

export function workspaceAt(root: string): Workspace {
  return {
    root,
    exercisesDir: path.join(root, 'exercises'),
    solutionsDir: path.join(root, 'solutions'),
    suitesDir: path.join(root, 'grader', 'suites'),
    stubsDir: path.join(root, 'grader', 'stubs'),
    docsDir: path.join(root, 'docs'),
    stateDir: path.join(root, '.netprep'),
  };
}

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const repoWorkspace = workspaceAt(repoRoot);
