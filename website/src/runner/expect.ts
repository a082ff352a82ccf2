import {
  ASYMMETRIC_MATCHERS_OBJECT,
  chai,
  customMatchers,
  getState,
  GLOBAL_EXPECT,
  JestAsymmetricMatchers,
  JestChaiExpect,
  JestExtend,
  setState,
  type Assertion,
  type ExpectStatic,
} from '@vitest/expect';

// vitest's own matchers, so messages and diffs read exactly as they do under `npm run grade`.
chai.use(JestExtend);
chai.use(JestChaiExpect);
chai.use(JestAsymmetricMatchers);

/** The fields @vitest/expect records on a running test: unawaited `resolves`/`rejects` and `expect.soft` failures. */
export interface ExpectTask {
  promises?: Array<Promise<unknown>>;
  result?: { state: string; errors?: unknown[] };
}

export interface RunnerExpect extends ExpectStatic {
  soft<T>(actual: T, message?: string): Assertion<T>;
  assertions(expected: number): void;
  hasAssertions(): void;
  unreachable(message?: string): never;
}

/** vitest's `createExpect`, minus snapshots and polling, for the test `currentTask()` says is running. */
export function createExpect(currentTask: () => ExpectTask | undefined): RunnerExpect {
  const expect = ((actual: unknown, message?: string) => {
    const { assertionCalls } = getState(expect);
    setState({ assertionCalls: assertionCalls + 1 }, expect);
    const assertion = chai.expect(actual, message) as unknown as Assertion & { withTest(task: ExpectTask): Assertion };
    const task = currentTask();
    return task ? assertion.withTest(task) : assertion;
  }) as RunnerExpect;
  Object.assign(expect, chai.expect);
  Object.assign(expect, (globalThis as Record<symbol, unknown>)[ASYMMETRIC_MATCHERS_OBJECT]);
  expect.getState = () => getState(expect);
  expect.setState = (state) => setState(state, expect);
  expect.extend = (matchers) => (chai.expect as unknown as { extend(e: ExpectStatic, m: typeof matchers): void }).extend(expect, matchers);
  expect.soft = (actual, message) => (expect(actual, message) as unknown as { withContext(c: object): Assertion<never> }).withContext({ soft: true });
  expect.assertions = (expected) => {
    const errorGen = () => new Error(`expected number of assertions to be ${expected}, but got ${getState(expect).assertionCalls}`);
    setState({ expectedAssertionsNumber: expected, expectedAssertionsNumberErrorGen: errorGen }, expect);
  };
  expect.hasAssertions = () => {
    setState({ isExpectingAssertions: true, isExpectingAssertionsError: new Error('expected any number of assertion, but got none') }, expect);
  };
  expect.unreachable = (message) => {
    chai.assert.fail(`expected${message ? ` "${message}" ` : ' '}not to be reached`);
  };
  expect.extend(customMatchers);
  resetAssertionState(expect, '');
  // Asymmetric matchers and custom matchers look up "the" expect through this global; vitest sets it on import.
  if (!Object.hasOwn(globalThis, GLOBAL_EXPECT)) {
    Object.defineProperty(globalThis, GLOBAL_EXPECT, { value: expect, writable: true, configurable: true });
  }
  return expect;
}

/** Clears the per-test assertion counts, as vitest does before each test. */
export function resetAssertionState(expect: RunnerExpect, testName: string): void {
  setState(
    {
      assertionCalls: 0,
      isExpectingAssertions: false,
      isExpectingAssertionsError: null,
      expectedAssertionsNumber: null,
      expectedAssertionsNumberErrorGen: null,
      currentTestName: testName,
    },
    expect,
  );
}

/** Throws when the test asked for `expect.assertions(n)` or `expect.hasAssertions()` and did not get them. */
export function checkAssertionCount(expect: RunnerExpect): void {
  const { assertionCalls, expectedAssertionsNumber, expectedAssertionsNumberErrorGen, isExpectingAssertions, isExpectingAssertionsError } =
    getState(expect);
  if (expectedAssertionsNumber != null && assertionCalls !== expectedAssertionsNumber && expectedAssertionsNumberErrorGen) {
    throw expectedAssertionsNumberErrorGen();
  }
  if (isExpectingAssertions && assertionCalls === 0 && isExpectingAssertionsError) throw isExpectingAssertionsError;
}
