/** What the parent tells a grading fork, through the environment variable NETPREP_JOB. */
export interface ForkJob {
  /** The folder whose `*.test.ts` files run. */
  testDir: string;
  /** Limit the run to these file names inside testDir; all `*.test.ts` when absent. */
  testFiles?: string[];
  /** `@impl/<slug>` resolves to `<implRoot>/<slug>/index.ts`. */
  implRoot: string;
  testTimeoutMs: number;
  /** Only tests whose full name matches, such as `^task 2:`. */
  testNamePattern?: string;
  /** Synchronous journal of test starts and ends, which survives the fork being killed. */
  journalFile: string;
  cacheDir: string;
}

export interface CollectedTest {
  id: string;
  name: string;
}

export interface SerializedFailure {
  message: string;
  expected?: string;
  actual?: string;
  /** The innermost stack frame in the graded code, so CI can annotate the learner's line. */
  location?: SourceLocation;
}

export interface SourceLocation {
  /** Absolute path of a file under the job's implRoot. */
  file: string;
  line: number;
}

interface ErrorLike {
  message?: unknown;
  name?: unknown;
  expected?: unknown;
  actual?: unknown;
  stack?: unknown;
  stacks?: ReadonlyArray<{ file: string; line: number }>;
}

/** Vitest's parsed (source-mapped) frames when it has them, else the frames of the raw stack text. */
function locate(error: ErrorLike, implRoot: string): SourceLocation | undefined {
  const inside = (file: string) => file.startsWith(implRoot + '/') || file.startsWith(implRoot + '\\');
  const parsed = error.stacks?.find((frame) => inside(frame.file));
  if (parsed) return { file: parsed.file, line: parsed.line };
  if (typeof error.stack !== 'string') return undefined;
  for (const match of error.stack.matchAll(/(?:file:\/\/)?([^\s()]+):(\d+):\d+\)?$/gm)) {
    if (inside(match[1]!)) return { file: match[1]!, line: Number(match[2]) };
  }
  return undefined;
}

/**
 * Vitest serialises the expected and actual values of a comparison as text; other failures (a wrong
 * error class, say) carry raw objects, which the message already describes better.
 */
export function describeFailure(error: ErrorLike, implRoot?: string): SerializedFailure {
  const name = typeof error.name === 'string' && error.name !== 'Error' ? `${error.name}: ` : '';
  const compared = typeof error.expected === 'string' && typeof error.actual === 'string';
  const location = implRoot === undefined ? undefined : locate(error, implRoot);
  return {
    message: `${name}${String(error.message ?? error)}`,
    ...(compared ? { expected: error.expected as string, actual: error.actual as string } : {}),
    ...(location ? { location } : {}),
  };
}

/** What a fork reports back, in order. */
export type ForkMessage =
  | { type: 'started' }
  | { type: 'collected'; file: string; tests: CollectedTest[] }
  | { type: 'result'; id: string; passed: boolean; failure?: SerializedFailure; output: string; durationMs: number }
  | { type: 'load-error'; file: string; message: string }
  | { type: 'finished'; unhandledErrors: string[] };

/** One line of the journal: `start <id>` or `end <id> <json result>`. */
export type JournalEntry =
  | { kind: 'start'; id: string }
  | { kind: 'end'; id: string; passed: boolean; failure?: SerializedFailure };

export function parseJournal(text: string): JournalEntry[] {
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as JournalEntry);
}

export const JOB_VARIABLE = 'NETPREP_JOB';

export function readJob(): ForkJob {
  const text = process.env[JOB_VARIABLE];
  if (!text) throw new Error(`${JOB_VARIABLE} is not set: this file only runs inside a grading fork`);
  return JSON.parse(text) as ForkJob;
}
