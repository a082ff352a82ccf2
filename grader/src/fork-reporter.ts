// Loaded by Vitest inside a grading fork: streams what happens to the parent over IPC. The parent owns
// every limit; this process may be killed at any moment.
import path from 'node:path';
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import { describeFailure, readJob, type ForkMessage } from './fork-protocol.ts';
import { truncateOutput } from './results.ts';

function send(message: ForkMessage): void {
  process.send?.(message);
}

const describeError = (error: { message?: unknown; name?: unknown }) => describeFailure(error).message;

export default class ForkReporter implements Reporter {
  private readonly job = readJob();
  private readonly testDir = this.job.testDir;
  private readonly outputByTest = new Map<string, string>();

  onTestRunStart(): void {
    send({ type: 'started' });
  }

  onTestModuleCollected(module: TestModule): void {
    // Tests left out by a name filter are not part of this grade.
    const tests = [...module.children.allTests()]
      .filter((test) => test.options.mode !== 'skip' && test.options.mode !== 'todo')
      .map((test) => ({ id: test.id, name: test.fullName }));
    send({ type: 'collected', file: path.relative(this.testDir, module.moduleId), tests });
  }

  onUserConsoleLog(log: { taskId?: string; content: string }): void {
    if (!log.taskId) return;
    // Keep only what the report can show, however much the learner prints.
    const sofar = this.outputByTest.get(log.taskId) ?? '';
    if (sofar.length <= 1_000) this.outputByTest.set(log.taskId, sofar + log.content);
  }

  onTestCaseResult(test: TestCase): void {
    const result = test.result();
    if (result.state === 'skipped') return;
    const error = result.errors?.[0];
    const failure = error ? describeFailure(error, this.job.implRoot) : undefined;
    send({
      type: 'result',
      id: test.id,
      passed: result.state !== 'failed',
      ...(failure ? { failure } : {}),
      output: truncateOutput(this.outputByTest.get(test.id) ?? ''),
      durationMs: test.diagnostic()?.duration ?? 0,
    });
  }

  onTestModuleEnd(module: TestModule): void {
    const errors = module.errors();
    if (errors.length === 0) return;
    const file = path.relative(this.testDir, module.moduleId);
    send({ type: 'load-error', file, message: errors.map(describeError).join('\n') });
  }

  onTestRunEnd(_modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<{ message?: unknown }>): void {
    send({ type: 'finished', unhandledErrors: unhandledErrors.map(describeError) });
  }
}
