// Learner code controls test messages and console output, and CI systems read both: cap them, and make
// sure nothing a learner prints can act as a GitHub workflow command.
import { randomBytes } from 'node:crypto';
import { OUTPUT_LIMIT, truncateOutput as cut, type RunOutcome, type TestOutcome } from '../results.ts';

export const MESSAGE_LIMIT = 2_000;
/** Characters of messages and output across the whole report. */
export const TOTAL_LIMIT = 50_000;
export const OMITTED_MARKER = '[omitted: the report reached its total output limit]';

/** A copy of the run with every test's message and output capped, and the total capped too. */
export function capRun(run: RunOutcome, total = TOTAL_LIMIT): RunOutcome {
  let budget = total;
  const take = (text: string, limit: number, marker: string): string => {
    const capped = cut(text, limit);
    if (capped.length === 0) return capped;
    if (capped.length > budget) {
      budget = 0;
      return marker;
    }
    budget -= capped.length;
    return capped;
  };
  const capTest = (test: TestOutcome): TestOutcome => ({
    ...test,
    message: test.message === null ? null : take(test.message, MESSAGE_LIMIT, OMITTED_MARKER),
    output: take(test.output, OUTPUT_LIMIT, ''),
  });
  return {
    ...run,
    message: run.message === null ? null : cut(run.message, MESSAGE_LIMIT),
    exercises: run.exercises.map((exercise) => ({
      ...exercise,
      message: exercise.message === null ? null : take(exercise.message, MESSAGE_LIMIT, OMITTED_MARKER),
      tests: exercise.tests.map(capTest),
    })),
  };
}

/**
 * Everything printed between the two lines is inert: GitHub ignores workflow commands until it sees
 * the random token again, which learner code cannot guess.
 */
export function stopCommands(token = randomBytes(16).toString('hex')): { begin: string; end: string } {
  return { begin: `::stop-commands::${token}`, end: `::${token}::` };
}

/** Escaping for the message of a workflow command (GitHub's `escapeData`). */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping for a workflow command's `key=value` properties (GitHub's `escapeProperty`). */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
