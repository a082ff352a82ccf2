// Loaded into every test file of a grading fork. Vitest sends results to its reporter in throttled
// batches, so when learner code blocks the event loop the latest results never arrive; this journal is
// written synchronously, so after the fork is killed the parent still knows what finished and what hung.
import { afterEach, beforeEach } from 'vitest';
import { appendFileSync } from 'node:fs';
import { describeFailure, type JournalEntry } from './fork-protocol.ts';

const journalFile = process.env.NETPREP_JOURNAL;

function record(entry: JournalEntry): void {
  if (journalFile) appendFileSync(journalFile, JSON.stringify(entry) + '\n');
}

beforeEach(({ task }) => record({ kind: 'start', id: task.id }));

afterEach(({ task }) => {
  const error = task.result?.errors?.[0];
  const failure = error ? describeFailure(error) : undefined;
  record({ kind: 'end', id: task.id, passed: task.result?.state !== 'fail', ...(failure ? { failure } : {}) });
});
