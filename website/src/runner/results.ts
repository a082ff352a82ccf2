import type { TestResult } from './protocol';

export interface TaskGroup {
  /** The task number from a `task N: …` top-level describe, or null for tests outside any task. */
  id: number | null;
  results: TestResult[];
  passed: number;
  total: number;
}

/** `task 3: split a block > …` → 3, as the grader's taskIdOf reads it. */
export function taskIdOf(testName: string): number | null {
  const match = /^task (\d+):/i.exec(testName);
  return match ? Number(match[1]) : null;
}

/** Results grouped by task, in task order, with tests outside any task last. Skipped tests don't count. */
export function groupByTask(results: readonly TestResult[]): TaskGroup[] {
  const groups = new Map<number | null, TaskGroup>();
  for (const result of results) {
    const id = taskIdOf(result.name);
    const group = groups.get(id) ?? { id, results: [], passed: 0, total: 0 };
    groups.set(id, group);
    group.results.push(result);
    if (result.state === 'skip') continue;
    group.total += 1;
    if (result.state === 'pass') group.passed += 1;
  }
  return [...groups.values()].sort((a, b) => (a.id ?? Infinity) - (b.id ?? Infinity));
}

export function countPassed(results: readonly TestResult[]): { passed: number; total: number } {
  const counted = results.filter((result) => result.state !== 'skip');
  return { passed: counted.filter((result) => result.state === 'pass').length, total: counted.length };
}
