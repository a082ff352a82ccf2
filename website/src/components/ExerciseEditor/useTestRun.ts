import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExerciseDetail } from '../../plugins/exercises/types';
import { TestRunner, type RunOutcome, type RunProgress } from '../../runner/client';
import { countPassed } from '../../runner/results';
import { saveProgress } from './storage';

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; progress: RunProgress }
  | { status: 'done'; outcome: RunOutcome };

/** Runs the public tests on the given files in a worker, and records this browser's progress. */
export function useTestRun(exercise: ExerciseDetail): { state: RunState; run(files: Record<string, string>): Promise<void> } {
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const runner = useRef<TestRunner | null>(null);
  const busy = useRef(false);

  useEffect(() => {
    const created = new TestRunner();
    // Loaded while the learner reads, so the first run is as quick as the next ones.
    created.prepare();
    runner.current = created;
    return () => created.dispose();
  }, []);

  const run = useCallback(
    async (files: Record<string, string>) => {
      if (!runner.current || busy.current) return;
      busy.current = true;
      setState({ status: 'running', progress: { results: [], fileErrors: [] } });
      const outcome = await runner.current.run({ slug: exercise.slug, files, tests: exercise.browserTests }, (progress) =>
        setState({ status: 'running', progress }),
      );
      busy.current = false;
      setState({ status: 'done', outcome });
      if (outcome.kind === 'finished' && outcome.results.length > 0) saveProgress(exercise.slug, countPassed(outcome.results));
    },
    [exercise],
  );

  return { state, run };
}
