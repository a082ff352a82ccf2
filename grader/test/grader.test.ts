import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeExercises } from '../src/grade.ts';
import { OUTPUT_LIMIT, summarizeRun, toResultsJson, writeResultsFile } from '../src/results.ts';
import { gradeExercise, learnerEnv } from '../src/run.ts';
import { copyCourse, fastLimits, fixturesDir, gradeVariant } from './course-fixture.ts';

const byName = (tests: Array<{ name: string }>) => tests.map((t) => t.name);
const statuses = (tests: Array<{ status: string }>) => tests.map((t) => t.status);

describe.concurrent('grading one exercise in its own fork', () => {
  it('scores a correct implementation fully, with tests in file order and their task ids', async () => {
    const outcome = await gradeVariant('good');
    expect(outcome).toMatchObject({ status: 'pass', score: 2, max_score: 2, message: null });
    expect(byName(outcome.tests)).toEqual([
      'task 1: double > doubles 2',
      'task 1: double > doubles any integer',
      'task 2: greet > greets Ada',
      'task 2: greet > greets Grace',
    ]);
    expect(outcome.tests.map((t) => t.task_id)).toEqual([1, 1, 2, 2]);
  });

  it('reports expected and actual values of a failed assertion and scores only whole tasks', async () => {
    const outcome = await gradeVariant('wrong');
    expect(outcome).toMatchObject({ status: 'fail', score: 1 });
    expect(outcome.tasks).toEqual([
      { id: 1, title: 'Double', passed: 2, total: 2 },
      { id: 2, title: 'Greet', passed: 0, total: 2 },
    ]);
    expect(outcome.tests[2]).toMatchObject({ status: 'fail', expected: 'hello, Ada', actual: 'hi, Ada' });
  });

  it('stops a synchronous infinite loop, names the running test and the limit, and keeps earlier results', async () => {
    const outcome = await gradeVariant('sync-loop');
    expect(statuses(outcome.tests)).toEqual(['pass', 'pass', 'error', 'error']);
    for (const test of outcome.tests.slice(2)) {
      expect(test.message).toContain('"task 2: greet > greets Ada" was running');
      expect(test.message).toContain('stopped after 5.5s');
    }
    expect(outcome.score).toBe(1);
  });

  it('turns process.exit into a failed test and carries on with the rest', async () => {
    const outcome = await gradeVariant('exit');
    expect(outcome.tests[0]).toMatchObject({ status: 'fail', message: expect.stringContaining('process.exit') });
    expect(statuses(outcome.tests.slice(2))).toEqual(['pass', 'pass']);
  });

  it('reports code that throws at import as an error with the reason', async () => {
    const outcome = await gradeVariant('import-throw');
    expect(outcome).toMatchObject({ status: 'error', score: 0, tests: [] });
    expect(outcome.message).toContain('broken at import');
  });

  it('stops code that loops forever at import', async () => {
    const outcome = await gradeVariant('import-loop');
    expect(outcome).toMatchObject({ status: 'error', score: 0 });
    expect(outcome.message).toContain('while loading the tests');
  });

  it('caps 20 MB of printed output at the report limit', async () => {
    const outcome = await gradeVariant('huge-output');
    expect(outcome.status).toBe('pass');
    const noisy = outcome.tests.find((t) => t.name.endsWith('greets Ada'))!;
    expect(noisy.output.length).toBe(OUTPUT_LIMIT);
    expect(noisy.output).toMatch(/output truncated\]$/);
  });

  it('takes hidden suites from another folder, outside the repository', async () => {
    const { ws, exercise } = copyCourse();
    const outcome = await gradeExercise(ws, exercise, {
      implRoot: path.join(fixturesDir, 'impls', 'good'),
      suitesDir: path.join(ws.root, 'grader', 'suites'),
      publicTests: false,
      ...fastLimits,
    });
    expect(outcome.score).toBe(2);
    expect(ws.root.startsWith(os.tmpdir())).toBe(true);
  });
});

describe('results file', () => {
  it('has the Exercism v3 shape, with status error only when nothing ran', async () => {
    const run = summarizeRun('exercises', [await gradeVariant('wrong'), await gradeVariant('import-throw')]);
    const json = toResultsJson(run) as Record<string, any>;
    expect(Object.keys(json)).toEqual(['version', 'status', 'message', 'target', 'score', 'max_score', 'exercises']);
    expect(json).toMatchObject({ version: 3, status: 'fail', target: 'exercises', score: 1, max_score: 4 });
    expect(json.exercises.map((e: any) => e.status)).toEqual(['fail', 'error']);
    expect(Object.keys(json.exercises[0])).toEqual(['slug', 'status', 'message', 'score', 'max_score', 'tests']);
    expect(Object.keys(json.exercises[0].tests[0])).toEqual(['name', 'task_id', 'status', 'message', 'output']);
    expect(summarizeRun('exercises', [json.exercises[1]]).status).toBe('error');
  });

  it('is written atomically, leaving no temporary file', async () => {
    const { ws } = copyCourse();
    const file = path.join(ws.root, 'out', 'results.json');
    writeResultsFile(file, summarizeRun('solutions', [await gradeVariant('good')]));
    expect(JSON.parse(readFileSync(file, 'utf8')).status).toBe('pass');
    expect(readdirSync(path.dirname(file))).toEqual(['results.json']);
  });

  it('is still written when the grader crashes mid-run', async () => {
    const { ws, exercise } = copyCourse();
    const jsonFile = path.join(ws.root, 'results.json');
    const run = await gradeExercises(ws, [exercise], {
      target: 'exercises',
      implRoot: path.join(fixturesDir, 'impls', 'good'),
      suitesDir: ws.suitesDir,
      publicTests: false,
      ...fastLimits,
      jsonFile,
      recordProgress: false,
      print: (text) => {
        if (text.includes('echo')) throw new Error('the terminal went away');
      },
    });
    expect(run.status).toBe('error');
    expect(existsSync(jsonFile)).toBe(true);
    const written = JSON.parse(readFileSync(jsonFile, 'utf8'));
    expect(written.status).toBe('error');
    expect(written.message).toContain('the terminal went away');
  });
});

describe('the learner environment', () => {
  it('passes no CI secrets or tokens to learner code', () => {
    process.env.GITHUB_TOKEN = 'secret-token';
    process.env.NPM_TOKEN = 'another-secret';
    try {
      const env = learnerEnv();
      expect(Object.values(env)).not.toContain('secret-token');
      expect(Object.values(env)).not.toContain('another-secret');
      expect(env.PATH).toBe(process.env.PATH);
    } finally {
      delete process.env.GITHUB_TOKEN;
      delete process.env.NPM_TOKEN;
    }
  });
});
