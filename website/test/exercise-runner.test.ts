// The browser test runner's pure parts (compiler, module registry, vitest-like runtime), run in Node.
// The Web Worker and the time limit around them are covered by website/e2e/exercise.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RunRequest, TestError, TestResult } from '../src/runner/protocol';
import { countPassed, groupByTask } from '../src/runner/results';
import { runExercise } from '../src/runner/run';
import { formatTitle } from '../src/runner/runtime';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

async function run(request: RunRequest) {
  const results: TestResult[] = [];
  const fileErrors: Array<{ file: string; error: TestError }> = [];
  const started: string[] = [];
  await runExercise(request, {
    testStart: (_, name) => started.push(name),
    testEnd: (result) => results.push(result),
    fileError: (file, error) => fileErrors.push({ file, error }),
  });
  return { results, fileErrors, started };
}

/** A one-file exercise `demo` whose test file is `source`. */
const demo = (source: string, files: Record<string, string> = { 'index.ts': 'export const one = 1;' }) =>
  run({ slug: 'demo', files, tests: [{ name: 'index.test.ts', source }] });

const byName = (results: TestResult[]) => Object.fromEntries(results.map((result) => [result.name, result]));

describe('the subnet-calculator public tests in the browser runner', () => {
  const request = (index: string): RunRequest => ({
    slug: 'subnet-calculator',
    files: { 'index.ts': index },
    tests: [{ name: 'index.test.ts', source: read('exercises/subnet-calculator/index.test.ts') }],
  });

  it('fail every test against the stub, naming the line that threw', async () => {
    const { results, fileErrors } = await run(request(read('exercises/subnet-calculator/index.ts')));
    expect(fileErrors).toEqual([]);
    expect(countPassed(results)).toEqual({ passed: 0, total: 22 });
    const first = results[0]!;
    expect(first.name).toBe('task 1: addresses and masks > parses 192.168.0.100 into 3232235620');
    expect(first.error?.message).toBe('Error: Not implemented');
    expect(first.error?.at?.file).toBe('index.ts');
    const stub = read('exercises/subnet-calculator/index.ts').split('\n');
    expect(stub[first.error!.at!.line - 1]).toContain("throw new Error('Not implemented')");
  });

  it('pass every test against the reference solution, grouped by task', async () => {
    const { results } = await run(request(read('solutions/subnet-calculator/index.ts')));
    expect(countPassed(results)).toEqual({ passed: 22, total: 22 });
    expect(groupByTask(results).map(({ id, passed, total }) => ({ id, passed, total }))).toEqual([
      { id: 1, passed: 8, total: 8 },
      { id: 2, passed: 5, total: 5 },
      { id: 3, passed: 3, total: 3 },
      { id: 4, passed: 3, total: 3 },
      { id: 5, passed: 3, total: 3 },
    ]);
  });
});

describe('the module registry', () => {
  it('reports a file that does not compile, with its line, instead of running its tests', async () => {
    const { results, fileErrors } = await demo(
      "import { one } from '@impl/demo';\nimport { it } from 'vitest';\nit('x', () => {});",
      { 'index.ts': 'export const one = 1;\nexport const two = ;\n' },
    );
    expect(results).toEqual([]);
    expect(fileErrors).toEqual([{ file: 'index.test.ts', error: { message: expect.stringMatching(/^index\.ts does not compile, line 2: /), at: { file: 'index.ts', line: 2 } } }]);
  });

  it('resolves @impl/<slug>/<module> and relative imports between the learner files', async () => {
    const { results } = await demo(
      "import { it, expect } from 'vitest';\nimport { twice } from '@impl/demo';\nimport { half } from '@impl/demo/maths';\n" +
        "it('works', () => { expect(twice(half(8))).toBe(8); });",
      { 'index.ts': "import { half } from './maths.js';\nexport const twice = (n: number): number => half(n) * 4;", 'maths.ts': 'export const half = (n: number) => n / 2;' },
    );
    expect(results.map((r) => [r.name, r.state])).toEqual([['works', 'pass']]);
  });

  it('says that node: modules only run locally', async () => {
    const { fileErrors } = await demo("import net from 'node:net';\nimport { it } from 'vitest';\nit('x', () => {});");
    expect(fileErrors[0]?.error.message).toContain('npm run grade -- demo --public');
  });
});

describe('the vitest-like runtime', () => {
  it('runs hooks in vitest order and names tests "describe > it"', async () => {
    const { results } = await demo(`
      import { describe, it, expect, beforeAll, beforeEach, afterEach } from 'vitest';
      const log: string[] = [];
      beforeAll(() => { log.push('all'); });
      beforeEach(() => { log.push('outer before'); return () => log.push('outer cleanup'); });
      describe('task 1: outer', () => {
        beforeEach(() => { log.push('inner before'); });
        afterEach(() => { log.push('inner after'); });
        it('first', () => { log.push('test'); });
        it('sees the log', () => {
          expect(log).toEqual(['all', 'outer before', 'inner before', 'test', 'inner after', 'outer cleanup', 'outer before', 'inner before']);
        });
      });`);
    expect(results.map((r) => [r.name, r.state, r.error?.diff])).toEqual([
      ['task 1: outer > first', 'pass', undefined],
      ['task 1: outer > sees the log', 'pass', undefined],
    ]);
  });

  it('supports the matchers and async forms the exercises use', async () => {
    const { results } = await demo(`
      import { it, expect } from 'vitest';
      class Oops extends Error {}
      it('toThrow(Class)', () => { expect(() => { throw new Oops('x'); }).toThrow(Oops); });
      it('toMatchObject and toBeGreaterThan', () => {
        expect({ a: 1, b: { c: 2, d: 3 } }).toMatchObject({ b: { c: 2 } });
        expect(3).toBeGreaterThan(2);
      });
      it('rejects and resolves', async () => {
        await expect(Promise.reject(new Oops('no'))).rejects.toThrow(Oops);
        await expect(Promise.resolve(4)).resolves.toBe(4);
      });
      it('an unawaited rejects still counts', () => { expect(Promise.resolve(1)).rejects.toThrow(); });
      it('toEqual shows a diff', () => { expect({ a: [1, 2] }).toEqual({ a: [1, 3] }); });
      it('expect.assertions', () => { expect.assertions(2); expect(1).toBe(1); });
      it('a promise that never settles times out', () => new Promise(() => {}), 50);`);
    const named = byName(results);
    for (const name of ['toThrow(Class)', 'toMatchObject and toBeGreaterThan', 'rejects and resolves']) expect(named[name]?.state).toBe('pass');
    expect(named['an unawaited rejects still counts']?.state).toBe('fail');
    expect(named['toEqual shows a diff']?.error?.diff).toContain('-     3,\n+     2,');
    expect(named['expect.assertions']?.error?.message).toBe('Error: expected number of assertions to be 2, but got 1');
    expect(named['a promise that never settles times out']?.error?.message).toBe('Error: Test timed out in 50ms');
  });

  it('honours only, skip, todo, each and a failing beforeAll', async () => {
    const { results, started } = await demo(`
      import { describe, it, beforeAll } from 'vitest';
      describe('broken setup', () => {
        beforeAll(() => { throw new Error('no database'); });
        it.only('fails with it', () => {});
      });
      it('not focused', () => {});
      it.only.each([[1, 'one'], [2, 'two']])('%# names %d as %s', () => {});
      it.skip('skipped', () => {});
      it.todo('later');`);
    expect(results.map((r) => [r.name, r.state, r.error?.message])).toEqual([
      ['broken setup > fails with it', 'fail', 'Error: no database'],
      ['not focused', 'skip', undefined],
      ['0 names 1 as one', 'pass', undefined],
      ['1 names 2 as two', 'pass', undefined],
      ['skipped', 'skip', undefined],
      ['later', 'skip', undefined],
    ]);
    expect(started).toEqual(['broken setup > fails with it', '0 names 1 as one', '1 names 2 as two']);
  });

  it('formats test.each titles from objects', () => {
    expect(formatTitle('$cidr has $info.hosts hosts', [{ cidr: '10.0.0.0/30', info: { hosts: 2 } }], 0)).toBe("'10.0.0.0/30' has 2 hosts");
    expect(formatTitle('100%% of case %$', [], 2)).toBe('100% of case 3');
  });
});
