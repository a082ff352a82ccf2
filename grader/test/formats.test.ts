// The CI report formats, against golden files (Vitest file snapshots: under CI=true a difference fails
// instead of rewriting the file), and the safety of learner output in them.
import { execFile } from 'node:child_process';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toClassroom, classroomOutputLine } from '../src/formats/classroom.ts';
import { githubAnnotations, githubWarnings, toGithubSummary } from '../src/formats/github.ts';
import { toGradescope } from '../src/formats/gradescope.ts';
import { toJunit } from '../src/formats/junit.ts';
import { capRun, escapeCommandData, MESSAGE_LIMIT, OMITTED_MARKER, stopCommands, TOTAL_LIMIT } from '../src/formats/safety.ts';
import type { RunOutcome, TestOutcome } from '../src/results.ts';
import { repoRoot } from '../src/workspace.ts';
import { copyCourse, fixturesDir } from './course-fixture.ts';

const test = (name: string, status: TestOutcome['status'], extra: Partial<TestOutcome> = {}): TestOutcome => ({
  name,
  task_id: Number(/^task (\d+)/.exec(name)?.[1] ?? NaN) || null,
  status,
  message: status === 'pass' ? null : 'failed',
  output: '',
  durationMs: 12,
  ...extra,
});

/** One run that exercises every corner: pass, fail, error, a suite that did not load, hostile text. */
const run: RunOutcome = {
  version: 3,
  status: 'fail',
  message: null,
  target: 'exercises',
  score: 1,
  max_score: 4,
  exercises: [
    {
      slug: 'checksum',
      status: 'fail',
      message: null,
      score: 1,
      max_score: 2,
      durationMs: 840,
      warnings: ['public tests were modified: exercises/checksum/index.test.ts (the hidden suites grade you either way)'],
      tasks: [
        { id: 1, title: "Ones' complement sum", passed: 2, total: 2 },
        { id: 2, title: 'The IPv4 header | options', passed: 1, total: 3 },
      ],
      tests: [
        test('task 1: sum > adds <two> & "three" words', 'pass'),
        test('task 1: sum > folds the carry', 'pass', { output: 'a log line\n' }),
        test('task 2: header > parses the IHL', 'pass'),
        test('task 2: header > reads flags', 'fail', {
          message: 'AssertionError: expected 1 to be 2 // Object.is equality\n```\n::error::not a command',
          expected: '2',
          actual: '1',
          location: { file: 'exercises/checksum/index.ts', line: 42 },
          output: '\u0007bell and <tag>',
        }),
        test('task 2: header > options', 'error', { message: 'stopped after 8.5s without a result (an infinite loop?)' }),
      ],
    },
    {
      slug: 'tcp-fsm',
      status: 'error',
      message: 'task1.test.ts could not load: SyntaxError: Unexpected token',
      score: 0,
      max_score: 2,
      durationMs: 300,
      tasks: [
        { id: 1, title: 'The classic table', passed: 0, total: 0 },
        { id: 2, title: 'The RFC 9293 model', passed: 0, total: 0 },
      ],
      tests: [],
    },
  ],
};

describe('golden files', () => {
  it('junit', async () => {
    await expect(toJunit(run)).toMatchFileSnapshot('golden/junit.xml');
  });

  it('github', async () => {
    const text = [toGithubSummary(run), ...githubWarnings(run), ...githubAnnotations(run)].join('\n');
    await expect(text).toMatchFileSnapshot('golden/github.md');
  });

  it('gradescope', async () => {
    await expect(JSON.stringify(toGradescope(run), null, 2) + '\n').toMatchFileSnapshot('golden/gradescope.json');
  });

  it('classroom', async () => {
    await expect(JSON.stringify(toClassroom(run), null, 2) + '\n').toMatchFileSnapshot('golden/classroom.json');
  });
});

describe('the formats', () => {
  it('junit: one testcase per test, one testsuite per task, control characters replaced', () => {
    const xml = toJunit(run);
    expect(xml.match(/<testcase /g)).toHaveLength(6); // five tests and the load error
    expect(xml).toContain('<testsuite name="checksum › task 2: The IPv4 header | options" tests="3" failures="1" errors="1"');
    expect(xml).toContain('&lt;two&gt; &amp; &quot;three&quot;');
    expect(xml).not.toContain('\u0007');
  });

  it('github: the first failure of each exercise in a fence learner text cannot close', () => {
    const summary = toGithubSummary(run);
    expect(summary).toContain('| ❌ **checksum** | all tasks | 3/5 | **1/2** |');
    expect(summary).toContain('The IPv4 header \\| options');
    const fence = /(`{4,})text\n[\s\S]*?::error::not a command[\s\S]*?\n\1\n/.exec(summary);
    expect(fence, 'the message sits inside a fence longer than its own backticks').not.toBeNull();
  });

  it('github: annotations on the learner line, escaped onto one line each', () => {
    const [first, second] = githubAnnotations(run);
    expect(first).toMatch(/^::error file=exercises\/checksum\/index\.ts,line=42,title=checksum%3A task 2/);
    expect(first).not.toContain('\n');
    expect(first).toContain('%0A::error::not a command');
    expect(second).toMatch(/^::error title=tcp-fsm%3A suite did not load::task1\.test\.ts could not load/);
  });

  it('gradescope: one entry per task worth one point, summing to the score', () => {
    const report = toGradescope(run) as { score: number; max_score: number; tests: Array<{ score: number; status: string }> };
    expect(report.tests).toHaveLength(4);
    expect(report.tests.reduce((sum, t) => sum + t.score, 0)).toBe(report.score);
    expect(report.max_score).toBe(4);
    expect(report.tests.map((t) => t.status)).toEqual(['passed', 'failed', 'failed', 'failed']);
  });

  it('classroom: base64 JSON in the step output named result', () => {
    const line = classroomOutputLine(run);
    expect(line).toMatch(/^result=[A-Za-z0-9+/]+=*\n$/);
    const decoded = JSON.parse(Buffer.from(line.slice('result='.length), 'base64').toString()) as { version: number; max_score: number };
    expect(decoded).toEqual(toClassroom(run));
    expect(decoded.version).toBe(1);
    expect(decoded.max_score).toBe(4);
  });
});

describe('safety of learner output', () => {
  it('caps each message and the report as a whole, with markers', () => {
    const many = Array.from({ length: 200 }, (_, i) => test(`task 1: t${i}`, 'fail', { message: 'm'.repeat(5_000), output: 'o'.repeat(5_000) }));
    const capped = capRun({ ...run, exercises: [{ ...run.exercises[0]!, tests: many }] });
    const tests = capped.exercises[0]!.tests;
    expect(tests[0]!.message!.length).toBe(MESSAGE_LIMIT);
    expect(tests[0]!.message).toMatch(/truncated\]$/);
    expect(tests.at(-1)!.message).toBe(OMITTED_MARKER);
    const total = tests.reduce((sum, t) => sum + (t.message?.length ?? 0) + t.output.length, 0);
    expect(total).toBeLessThanOrEqual(TOTAL_LIMIT + tests.length * OMITTED_MARKER.length);
  });

  it('stop-commands tokens are random, and data escaping keeps a command on one line', () => {
    expect(stopCommands().begin).not.toBe(stopCommands().begin);
    expect(stopCommands('abc')).toEqual({ begin: '::stop-commands::abc', end: '::abc::' });
    expect(escapeCommandData('50%\r\n::error::x')).toBe('50%25%0D%0A::error::x');
  });

  const grade = (variant: string, env: Record<string, string>) => {
    const { ws } = copyCourse();
    cpSync(path.join(fixturesDir, 'impls', variant, 'echo', 'index.ts'), path.join(ws.root, 'exercises', 'echo', 'index.ts'));
    const child = execFile(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'grader', 'src', 'cli.ts'), 'grade', '--format', 'github'], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1', NETPREP_ROOT: ws.root, GITHUB_STEP_SUMMARY: '', ...env },
    });
    let stdout = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    return new Promise<string>((resolve) => child.on('close', () => resolve(stdout)));
  };

  /** The commands a GitHub runner would act on: after `::stop-commands::T` only `::T::` counts. */
  function activeCommands(stdout: string): string[] {
    let stoppedBy: string | null = null;
    const active: string[] = [];
    for (const line of stdout.split('\n')) {
      if (stoppedBy !== null) {
        if (line === `::${stoppedBy}::`) stoppedBy = null;
      } else if (line.startsWith('::')) {
        active.push(line);
        if (line.startsWith('::stop-commands::')) stoppedBy = line.slice('::stop-commands::'.length);
      }
    }
    return active;
  }

  it('learner output cannot issue workflow commands: it is printed only while commands are stopped', async () => {
    const stdout = await grade('injection', { GITHUB_ACTIONS: 'true' });
    expect(stdout).toContain('injected from an error message');
    expect(stdout).toContain('injected from console.log');
    const active = activeCommands(stdout);
    const annotations = active.filter((line) => !/^::stop-commands::[0-9a-f]{32}$/.test(line));
    expect(annotations.length).toBeGreaterThan(0);
    for (const line of annotations) expect(line).toMatch(/^::(error|warning) (file=[^,]+,line=\d+,)?title=[^:]+::/);
    expect(active.filter((line) => line.startsWith('::error::') || line.startsWith('::add-mask::'))).toEqual([]);
  });

  it('learner code sees no CI secrets in its environment', async () => {
    const stdout = await grade('env-leak', { GITHUB_TOKEN: 'ghs_secret_value', NPM_TOKEN: 'npm_secret_value', ACTIONS_RUNTIME_TOKEN: 'rt' });
    expect(stdout).toContain('token: none');
    expect(stdout).not.toContain('secret_value');
    expect(stdout).not.toMatch(/ACTIONS_RUNTIME_TOKEN|GITHUB_TOKEN,|NPM_TOKEN/);
  });
});
