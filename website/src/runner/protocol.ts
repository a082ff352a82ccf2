// What the exercise page and the test worker say to each other. Everything here crosses postMessage,
// so it is plain data.

/** One run: the learner's files as they are in the editor, and the public tests to run against them. */
export interface RunRequest {
  slug: string;
  /** The learner's files by name (`index.ts`), so `@impl/<slug>` and `@impl/<slug>/<module>` resolve to them. */
  files: Record<string, string>;
  /** The public test files, unchanged. */
  tests: Array<{ name: string; source: string }>;
}

export interface TestError {
  /** `AddressError: invalid octet`, or an assertion's own message. */
  message: string;
  /** Expected against received, one `- `/`+ ` line each, when the assertion compared two values. */
  diff?: string;
  /** Where it was thrown in the exercise's own files, when the stack says. */
  at?: { file: string; line: number };
}

export interface TestResult {
  file: string;
  /** Named like vitest: `task 1: addresses and masks > parses 192.168.0.100`. */
  name: string;
  state: 'pass' | 'fail' | 'skip';
  durationMs: number;
  error?: TestError;
}

export type WorkerMessage =
  | { type: 'test-start'; file: string; name: string }
  | { type: 'test-end'; result: TestResult }
  /** A test file could not even load: the code does not compile, or throws on import. */
  | { type: 'file-error'; file: string; error: TestError }
  | { type: 'done' };
