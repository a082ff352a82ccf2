import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, it, vi } from 'vitest';
import { gradeLearnerCode } from '../src/grade.ts';
import { readProgress } from '../src/state.ts';
import { startWatch } from '../src/watch.ts';
import { copyCourse, fixturesDir } from './course-fixture.ts';

it('re-grades on save, shows the first failure, offers hints, and moves on once the exercise passes', async () => {
  const { ws, exercise } = copyCourse();
  const printed: string[] = [];
  const output = () => stripVTControlCharacters(printed.join('\n'));
  const { session, close } = await startWatch(ws, [exercise], {
    grade: (e) => gradeLearnerCode(ws, e),
    print: (text) => printed.push(text),
    clear: false,
  });
  try {
    await session.regrade();
    expect(output()).toContain('First failure  task 1: double > doubles 2');
    expect(output()).toContain('keys: h hint');

    session.key('h');
    expect(output()).toContain('Hint 1 of 2 for task 1 (Double)');

    const learnerFile = path.join(ws.exercisesDir, 'echo', 'index.ts');
    writeFileSync(learnerFile, 'export const double = (n: number) => n * 2;\nexport const greet = (name: string) => name;\n');
    await vi.waitUntil(() => output().includes('2/2') && output().includes('First failure  task 2'), { timeout: 20_000, interval: 100 });

    copyFileSync(path.join(fixturesDir, 'impls', 'good', 'echo', 'index.ts'), learnerFile);
    await vi.waitUntil(() => output().includes('echo is done!'), { timeout: 20_000, interval: 100 });
    expect(readProgress(ws).echo?.lastGrade).toMatchObject({ score: 2, maxScore: 2, passedTasks: [1, 2] });
    expect(session.current).toBeUndefined();
  } finally {
    await close();
  }
});
