import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { ExerciseDetail } from '../../plugins/exercises/types';
import { RUN_TIME_LIMIT_MS, type RunProgress } from '../../runner/client';
import type { TestError, TestResult } from '../../runner/protocol';
import { countPassed, groupByTask } from '../../runner/results';
import styles from './styles.module.css';
import type { RunState } from './useTestRun';

type GoTo = (file: string, line: number) => void;

function Location({ at, onGoTo }: { at: NonNullable<TestError['at']>; onGoTo: GoTo }): ReactNode {
  return (
    <button type="button" className={styles.linkButton} onClick={() => onGoTo(at.file, at.line)}>
      {at.file}, line {at.line}
    </button>
  );
}

function Failure({ error, onGoTo }: { error: TestError; onGoTo: GoTo }): ReactNode {
  return (
    <div className={styles.failure}>
      <p className={styles.failureMessage}>
        {error.message}
        {error.at && (
          <>
            {' '}
            (at <Location at={error.at} onGoTo={onGoTo} />)
          </>
        )}
      </p>
      {error.diff && (
        <pre className={styles.diff}>
          {error.diff.split('\n').map((line, index) => (
            <span key={index} className={clsx(line.startsWith('-') && styles.diffExpected, line.startsWith('+') && styles.diffReceived)}>
              {line}
              {'\n'}
            </span>
          ))}
        </pre>
      )}
    </div>
  );
}

const MARKS = { pass: { mark: '✓', label: 'passed' }, fail: { mark: '✗', label: 'failed' }, skip: { mark: '○', label: 'skipped' } } as const;

function TestItem({ result, inTask, onGoTo }: { result: TestResult; inTask: boolean; onGoTo: GoTo }): ReactNode {
  // Inside a task's group, "task 1: addresses and masks > " would only repeat the heading.
  const name = inTask ? result.name.split(' > ').slice(1).join(' > ') : result.name;
  const { mark, label } = MARKS[result.state];
  return (
    <li className={clsx(styles.test, styles[result.state])}>
      <span className={styles.mark} role="img" aria-label={label}>
        {mark}
      </span>
      <div className={styles.testBody}>
        <span>{name}</span>
        {result.error && <Failure error={result.error} onGoTo={onGoTo} />}
      </div>
    </li>
  );
}

function Summary({ state, slug }: { state: RunState; slug: string }): ReactNode {
  if (state.status === 'idle') return 'Run the public tests to see how your code does (Ctrl+Enter or ⌘+Enter in the editor runs them too).';
  if (state.status === 'running') return `Running… ${state.progress.results.length} done`;
  const { outcome } = state;
  const { passed, total } = countPassed(outcome.results);
  switch (outcome.kind) {
    case 'timed-out':
      return (
        <>
          <strong>Stopped after {RUN_TIME_LIMIT_MS / 1000} s: your code probably loops (an infinite loop?).</strong>{' '}
          {outcome.running ? `It was running “${outcome.running.name}”.` : 'It was still loading.'} Fix it and run the tests again.
        </>
      );
    case 'crashed':
      return <strong>The tests could not run: {outcome.message}</strong>;
    case 'finished':
      if (total === 0) return 'No test ran.';
      return (
        <>
          <strong>
            {passed}/{total} passed
          </strong>{' '}
          in {outcome.durationMs} ms.
          {passed === total && (
            <>
              {' '}
              All public tests pass: now grade it against the hidden suite with <code>npm run grade -- {slug}</code>.
            </>
          )}
        </>
      );
  }
}

/** The run's outcome: a summary, files that could not load, then every test grouped by task. */
export default function TestResults({ state, exercise, onGoTo }: { state: RunState; exercise: ExerciseDetail; onGoTo: GoTo }): ReactNode {
  const progress: RunProgress | null = state.status === 'running' ? state.progress : state.status === 'done' ? state.outcome : null;
  const failed = state.status === 'done' && (state.outcome.kind !== 'finished' || state.outcome.fileErrors.length > 0);
  return (
    <section className={styles.results} aria-labelledby="exercise-results">
      <h3 id="exercise-results" className={styles.panelTitle}>
        Test results
      </h3>
      <p role="status" className={clsx(styles.summary, failed && styles.summaryAlert)}>
        <Summary state={state} slug={exercise.slug} />
      </p>
      {progress?.fileErrors.map(({ file, error }) => (
        <div key={file} className={styles.fileError}>
          <p className={styles.failureMessage}>{file} could not run:</p>
          <Failure error={error} onGoTo={onGoTo} />
        </div>
      ))}
      {progress &&
        groupByTask(progress.results).map((group) => {
          const task = exercise.tasks.find((t) => t.id === group.id);
          return (
            <section key={group.id ?? 'other'} className={styles.taskGroup} aria-label={task ? `Task ${task.id}` : 'Other tests'}>
              <h4 className={styles.taskHeading}>
                <span>{task ? `Task ${task.id}: ${task.title}` : 'Other tests'}</span>
                <span className={clsx(styles.taskCount, group.passed === group.total && styles.taskDone)}>
                  {group.passed}/{group.total}
                </span>
              </h4>
              <ul className={styles.testList}>
                {group.results.map((result) => (
                  <TestItem key={`${result.file}:${result.name}`} result={result} inTask={group.id !== null} onGoTo={onGoTo} />
                ))}
              </ul>
            </section>
          );
        })}
    </section>
  );
}
