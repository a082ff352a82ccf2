import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Workspace } from './workspace.ts';

/** A plausible wrong solution: a text patch on the reference solution that the hidden suite must catch. */
export interface Mutant {
  name: string;
  /** The task whose tests must catch it. */
  task: number;
  /** File inside the solution folder; index.ts by default. */
  file?: string;
  find: string;
  replace: string;
}

/** The mutants in `grader/mutants/<slug>.ts`; none when the file is missing. */
export async function loadMutants(ws: Workspace, slug: string): Promise<Mutant[]> {
  const file = path.join(ws.root, 'grader', 'mutants', `${slug}.ts`);
  if (!existsSync(file)) return [];
  return ((await import(pathToFileURL(file).href)) as { default: Mutant[] }).default;
}
