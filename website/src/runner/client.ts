import type { RunRequest, TestError, TestResult, WorkerMessage } from './protocol';

/** A run that takes longer than this is stopped: the code most likely loops. */
export const RUN_TIME_LIMIT_MS = 5_000;

export interface RunProgress {
  results: TestResult[];
  /** Test files that could not load (the code does not compile, or throws on import). */
  fileErrors: Array<{ file: string; error: TestError }>;
}

export type RunOutcome = RunProgress & { durationMs: number } & (
    | { kind: 'finished' }
    /** Stopped at the time limit; `running` is the test that was running, if one was. */
    | { kind: 'timed-out'; running: { file: string; name: string } | null }
    /** The worker itself failed, for instance its script did not load. */
    | { kind: 'crashed'; message: string }
  );

function startWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { name: 'netprep-tests' });
}

/**
 * Runs tests in a Web Worker, a fresh one per run: a learner's `while (true) {}` can only be stopped by
 * terminating its worker, and a fresh worker also starts from clean globals. The next worker is started
 * as soon as one is taken, so a run never waits for a worker to load.
 */
export class TestRunner {
  private spare: Worker | null = null;
  private running: Worker | null = null;
  private disposed = false;

  /** Starts the worker for the next run ahead of time. */
  prepare(): void {
    if (!this.disposed) this.spare ??= startWorker();
  }

  run(request: RunRequest, onProgress?: (progress: RunProgress) => void): Promise<RunOutcome> {
    const worker = this.spare ?? startWorker();
    this.spare = null;
    this.running = worker;
    const started = performance.now();
    const progress: RunProgress = { results: [], fileErrors: [] };
    let running: { file: string; name: string } | null = null;

    return new Promise((resolve) => {
      const finish = (outcome: RunOutcome) => {
        // The time limit lives on this thread: a worker busy in a loop never gets to report anything.
        clearTimeout(timer);
        worker.terminate();
        this.running = null;
        this.prepare();
        resolve(outcome);
      };
      const durationMs = () => Math.round(performance.now() - started);
      const timer = setTimeout(() => finish({ kind: 'timed-out', running, ...progress, durationMs: durationMs() }), RUN_TIME_LIMIT_MS);

      worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
        const message = event.data;
        switch (message.type) {
          case 'test-start':
            running = { file: message.file, name: message.name };
            return;
          case 'test-end':
            running = null;
            progress.results.push(message.result);
            onProgress?.({ ...progress });
            return;
          case 'file-error':
            progress.fileErrors.push({ file: message.file, error: message.error });
            onProgress?.({ ...progress });
            return;
          case 'done':
            finish({ kind: 'finished', ...progress, durationMs: durationMs() });
        }
      };
      worker.onerror = (event) => {
        event.preventDefault();
        finish({ kind: 'crashed', message: event.message || 'the test worker failed to start', ...progress, durationMs: durationMs() });
      };
      worker.postMessage(request);
    });
  }

  /** Stops everything: the page is going away. A run in progress never settles. */
  dispose(): void {
    this.disposed = true;
    this.spare?.terminate();
    this.running?.terminate();
    this.spare = this.running = null;
  }
}
