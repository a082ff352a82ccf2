// The test worker: one per run, so the page can stop code that never returns by terminating it.
import type { RunRequest, WorkerMessage } from './protocol';
import { runExercise } from './run';

// The site's code is typed against the DOM; a dedicated worker's scope needs only these two.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RunRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
};

scope.onmessage = (event) => {
  const post = (message: WorkerMessage) => scope.postMessage(message);
  void runExercise(event.data, {
    testStart: (file, name) => post({ type: 'test-start', file, name }),
    testEnd: (result) => post({ type: 'test-end', result }),
    fileError: (file, error) => post({ type: 'file-error', file, error }),
  }).finally(() => post({ type: 'done' }));
};
