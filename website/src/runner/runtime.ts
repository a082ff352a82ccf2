import { format, objDisplay } from '@vitest/utils/display';
import { describeError } from './errors';
import { checkAssertionCount, createExpect, resetAssertionState, type ExpectTask, type RunnerExpect } from './expect';
import type { TestResult } from './protocol';

/** How long one async test or hook may wait before it fails; a busy loop is stopped by the page instead. */
export const DEFAULT_TEST_TIMEOUT_MS = 2_000;

type Mode = 'run' | 'skip' | 'only' | 'todo';
type Hook = () => unknown;

export interface TestContext {
  expect: RunnerExpect;
  task: { name: string };
  skip(note?: string): never;
}
type TestFn = (context: TestContext) => unknown;

interface TestNode {
  kind: 'test';
  name: string;
  fn: TestFn | undefined;
  mode: Mode;
  timeoutMs: number;
}

interface SuiteNode {
  kind: 'suite';
  name: string;
  mode: Mode;
  children: Array<TestNode | SuiteNode>;
  beforeAll: Hook[];
  afterAll: Hook[];
  beforeEach: Hook[];
  afterEach: Hook[];
}

/** `it(name, fn, timeout)`, `it(name, { timeout }, fn)`, and the modifiers tests commonly use. */
export interface TestApi {
  (name: string, fn?: TestFn, timeout?: number): void;
  (name: string, options: { timeout?: number }, fn?: TestFn): void;
  skip: TestApi;
  only: TestApi;
  todo: (name: string) => void;
  skipIf(condition: unknown): TestApi;
  runIf(condition: unknown): TestApi;
  each<T>(cases: readonly T[]): (name: string, fn: (...args: never[]) => unknown, timeout?: number) => void;
}

export interface SuiteApi {
  (name: string, fn?: () => void): void;
  skip: SuiteApi;
  only: SuiteApi;
  todo: (name: string) => void;
  skipIf(condition: unknown): SuiteApi;
  runIf(condition: unknown): SuiteApi;
  each<T>(cases: readonly T[]): (name: string, fn: (...args: never[]) => void) => void;
}

/** What `import … from 'vitest'` gives a test file in the browser. */
export interface VitestModule {
  describe: SuiteApi;
  suite: SuiteApi;
  it: TestApi;
  test: TestApi;
  expect: RunnerExpect;
  beforeAll(hook: Hook): void;
  afterAll(hook: Hook): void;
  beforeEach(hook: Hook): void;
  afterEach(hook: Hook): void;
}

export interface RuntimeReporter {
  testStart(name: string): void;
  testEnd(result: TestResult): void;
}

class SkipSignal extends Error {}

/** `test.each` names, as vitest formats them: printf placeholders, `%#` for the index, `$field` for objects. */
export function formatTitle(template: string, args: readonly unknown[], index: number): string {
  let next = 0;
  let title = template
    .replace(/%%/g, '\0')
    .replace(/%#/g, String(index))
    .replace(/%\$/g, String(index + 1))
    .replace(/%[sdifjoO]/g, (token) => format(token, args[next++]))
    .replace(/\0/g, '%');
  const [first] = args;
  if (args.length === 1 && first !== null && typeof first === 'object' && !Array.isArray(first)) {
    title = title.replace(/\$([\w.]+)/g, (_, path: string) =>
      objDisplay(path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], first)),
    );
  }
  return title;
}

async function withTimeout(value: unknown, timeoutMs: number, what: string): Promise<void> {
  if (!(value instanceof Promise)) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out in ${timeoutMs}ms`)), timeoutMs);
  });
  try {
    await Promise.race([value, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const newSuite = (name: string, mode: Mode): SuiteNode => ({
  kind: 'suite',
  name,
  mode,
  children: [],
  beforeAll: [],
  afterAll: [],
  beforeEach: [],
  afterEach: [],
});

/**
 * A small, vitest-compatible test runtime for one test file: the file's `describe`/`it` calls collect a
 * tree as the file loads, then `run` walks it with vitest's semantics (hooks outer to inner, `only`,
 * `skip`, per-test timeouts, `expect.assertions`, auto-awaited `resolves`/`rejects`).
 */
export function createTestRuntime(file: string): { vitest: VitestModule; run(reporter: RuntimeReporter): Promise<TestResult[]> } {
  const root = newSuite('', 'run');
  let current = root;
  let running: ExpectTask | undefined;
  let hasOnly = false;
  const expect = createExpect(() => running);

  const addTest = (mode: Mode, name: string, fn: TestFn | undefined, timeoutMs = DEFAULT_TEST_TIMEOUT_MS) => {
    hasOnly ||= mode === 'only';
    current.children.push({ kind: 'test', name, fn, mode, timeoutMs });
  };

  const addSuite = (mode: Mode, name: string, fn: (() => void) | undefined) => {
    hasOnly ||= mode === 'only';
    const suite = newSuite(name, mode);
    current.children.push(suite);
    const parent = current;
    current = suite;
    try {
      const returned: unknown = fn?.();
      if (returned instanceof Promise) throw new Error(`describe("${name}") has an async callback, which the browser runner does not support`);
    } finally {
      current = parent;
    }
  };

  const testApi = (mode: Mode): TestApi => {
    const api = ((name: string, second?: TestFn | { timeout?: number }, third?: TestFn | number) => {
      if (typeof second === 'object') addTest(mode, name, third as TestFn | undefined, second.timeout);
      else addTest(mode, name, second, third as number | undefined);
    }) as TestApi;
    Object.defineProperties(api, {
      skip: { get: () => testApi('skip') },
      only: { get: () => testApi('only') },
    });
    api.todo = (name) => addTest('todo', name, undefined);
    api.skipIf = (condition) => testApi(condition ? 'skip' : mode);
    api.runIf = (condition) => testApi(condition ? mode : 'skip');
    api.each = (cases) => (name, fn, timeout) => {
      cases.forEach((item, index) => {
        const args = Array.isArray(item) ? item : [item];
        addTest(mode, formatTitle(name, args, index), () => (fn as (...a: unknown[]) => unknown)(...args), timeout);
      });
    };
    return api;
  };

  const suiteApi = (mode: Mode): SuiteApi => {
    const api = ((name: string, fn?: () => void) => addSuite(mode, name, fn)) as SuiteApi;
    Object.defineProperties(api, {
      skip: { get: () => suiteApi('skip') },
      only: { get: () => suiteApi('only') },
    });
    api.todo = (name) => addSuite('todo', name, undefined);
    api.skipIf = (condition) => suiteApi(condition ? 'skip' : mode);
    api.runIf = (condition) => suiteApi(condition ? mode : 'skip');
    api.each = (cases) => (name, fn) => {
      cases.forEach((item, index) => {
        const args = Array.isArray(item) ? item : [item];
        addSuite(mode, formatTitle(name, args, index), () => (fn as (...a: unknown[]) => void)(...args));
      });
    };
    return api;
  };

  const describe = suiteApi('run');
  const it = testApi('run');
  const vitest: VitestModule = {
    describe,
    suite: describe,
    it,
    test: it,
    expect,
    beforeAll: (hook) => void current.beforeAll.push(hook),
    afterAll: (hook) => void current.afterAll.push(hook),
    beforeEach: (hook) => void current.beforeEach.push(hook),
    afterEach: (hook) => void current.afterEach.push(hook),
  };

  async function run(reporter: RuntimeReporter): Promise<TestResult[]> {
    const results: TestResult[] = [];
    const report = (result: TestResult) => {
      results.push(result);
      reporter.testEnd(result);
    };

    /** The hooks every test in a suite gets: outer `beforeEach` first, inner `afterEach` first (vitest's "stack" order). */
    interface Scope {
      names: string[];
      beforeEach: Hook[];
      afterEach: Hook[];
      focused: boolean;
      skipped: boolean;
      /** A `beforeAll` that threw fails every test below it. */
      setupFailure: { error: unknown } | null;
    }

    const included = (test: TestNode, scope: Scope) =>
      !scope.skipped && test.fn !== undefined && test.mode !== 'skip' && test.mode !== 'todo' && (!hasOnly || scope.focused || test.mode === 'only');

    const hasIncluded = (suite: SuiteNode, scope: Scope): boolean =>
      suite.children.some((child) => (child.kind === 'test' ? included(child, scope) : hasIncluded(child, enter(child, scope))));

    const enter = (suite: SuiteNode, scope: Scope): Scope => ({
      names: suite === root ? [] : [...scope.names, suite.name],
      beforeEach: [...scope.beforeEach, ...suite.beforeEach],
      afterEach: [...[...suite.afterEach].reverse(), ...scope.afterEach],
      focused: scope.focused || suite.mode === 'only',
      skipped: scope.skipped || suite.mode === 'skip' || suite.mode === 'todo',
      setupFailure: scope.setupFailure,
    });

    async function runTest(test: TestNode, scope: Scope): Promise<void> {
      const name = [...scope.names, test.name].join(' > ');
      if (!included(test, scope)) return report({ file, name, state: 'skip', durationMs: 0 });
      reporter.testStart(name);
      const started = performance.now();
      let failure = scope.setupFailure;
      let skipped = false;
      if (!failure) {
        const task: ExpectTask = {};
        running = task;
        resetAssertionState(expect, name);
        const cleanups: Hook[] = [];
        const context: TestContext = {
          expect,
          task: { name: test.name },
          skip: (note) => {
            throw new SkipSignal(note);
          },
        };
        try {
          for (const hook of scope.beforeEach) {
            const returned = hook();
            await withTimeout(returned, test.timeoutMs, 'beforeEach hook');
            // A beforeEach may return its own teardown, as in vitest.
            const cleanup = await returned;
            if (typeof cleanup === 'function') cleanups.unshift(cleanup as Hook);
          }
          await withTimeout(test.fn!(context), test.timeoutMs, 'Test');
          // vitest still awaits a `resolves`/`rejects` the test forgot to await.
          await Promise.all(task.promises ?? []);
          if (task.result?.state === 'fail') throw task.result.errors?.[0];
          checkAssertionCount(expect);
        } catch (error) {
          if (error instanceof SkipSignal) skipped = true;
          else failure = { error };
        }
        // vitest runs the afterEach hooks first, then the teardowns beforeEach returned.
        for (const hook of [...scope.afterEach, ...cleanups]) {
          try {
            await withTimeout(hook(), test.timeoutMs, 'afterEach hook');
          } catch (error) {
            failure ??= { error };
          }
        }
        running = undefined;
      }
      const durationMs = Math.round(performance.now() - started);
      if (failure) report({ file, name, state: 'fail', durationMs, error: describeError(failure.error) });
      else report({ file, name, state: skipped ? 'skip' : 'pass', durationMs });
    }

    async function runSuite(suite: SuiteNode, outer: Scope): Promise<void> {
      const scope = enter(suite, outer);
      const active = !scope.setupFailure && hasIncluded(suite, scope);
      if (active) {
        try {
          for (const hook of suite.beforeAll) await withTimeout(hook(), DEFAULT_TEST_TIMEOUT_MS, 'beforeAll hook');
        } catch (error) {
          scope.setupFailure = { error };
        }
      }
      for (const child of suite.children) {
        if (child.kind === 'test') await runTest(child, scope);
        else await runSuite(child, scope);
      }
      if (active) {
        try {
          for (const hook of [...suite.afterAll].reverse()) await withTimeout(hook(), DEFAULT_TEST_TIMEOUT_MS, 'afterAll hook');
        } catch (error) {
          const name = [...scope.names, 'afterAll'].join(' > ');
          report({ file, name, state: 'fail', durationMs: 0, error: describeError(error) });
        }
      }
    }

    await runSuite(root, { names: [], beforeEach: [], afterEach: [], focused: false, skipped: false, setupFailure: null });
    return results;
  }

  return { vitest, run };
}
