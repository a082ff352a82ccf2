import { describeError } from './errors';
import { ModuleRegistry } from './modules';
import type { RunRequest, TestError, TestResult } from './protocol';
import { createTestRuntime } from './runtime';

export interface RunReporter {
  testStart(file: string, name: string): void;
  testEnd(result: TestResult): void;
  fileError(file: string, error: TestError): void;
}

/**
 * Runs each public test file against the learner's files, as `npm run grade -- <slug> --public` would:
 * every test file gets fresh module instances, so one file's state never leaks into the next.
 */
export async function runExercise(request: RunRequest, reporter: RunReporter): Promise<void> {
  const sources = { ...request.files, ...Object.fromEntries(request.tests.map((test) => [test.name, test.source])) };
  for (const test of request.tests) {
    const runtime = createTestRuntime(test.name);
    const registry = new ModuleRegistry(request.slug, sources, { vitest: runtime.vitest });
    try {
      registry.load(test.name);
    } catch (error) {
      reporter.fileError(test.name, describeError(error));
      continue;
    }
    await runtime.run({ testStart: (name) => reporter.testStart(test.name, name), testEnd: (result) => reporter.testEnd(result) });
  }
}
