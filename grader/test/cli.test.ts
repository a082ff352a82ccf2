// The commands a learner types, run as real processes against a throwaway copy of the fixture course.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/workspace.ts';
import { copyCourse, fixturesDir } from './course-fixture.ts';

const cli = path.join(repoRoot, 'grader', 'src', 'cli.ts');

/** Runs a TypeScript entry point as npm would, and collects what it prints. */
async function runScript(script: string, args: string[], options: { root?: string; input?: string } = {}) {
  const child = execFile(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1', ...(options.root ? { NETPREP_ROOT: options.root } : {}) },
  });
  child.stdin?.end(options.input ?? '');
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}

const netprep = (args: string[], options: { root?: string; input?: string } = {}) => runScript(cli, args, options);

const solve = (root: string) =>
  copyFileSync(path.join(fixturesDir, 'impls', 'good', 'echo', 'index.ts'), path.join(root, 'exercises', 'echo', 'index.ts'));

describe.concurrent('npm run grade', () => {
  it('exits 2 and lists the valid exercises for an unknown slug', async () => {
    const { code, stderr } = await netprep(['grade', 'no-such-exercise']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown exercise "no-such-exercise"');
    expect(stderr).toContain('subnet-calculator');
  });

  it('exits 2 for an unknown option or a bad value', async () => {
    expect((await netprep(['grade', '--no-such-flag'])).code).toBe(2);
    expect((await netprep(['grade', '--target', 'elsewhere'])).code).toBe(2);
    expect((await netprep(['grade', '--test-timeout', 'soon'])).code).toBe(2);
  });

  it('exits 1 on the stub, with a line per task and the first failure', async () => {
    const { ws } = copyCourse();
    const { code, stdout } = await netprep(['grade'], { root: ws.root });
    expect(code).toBe(1);
    expect(stdout).toMatch(/✗ task 1 {2}Double +0\/2/);
    expect(stdout).toMatch(/✗ task 2 {2}Greet +0\/2/);
    expect(stdout).toContain('First failure  task 1: double > doubles 2');
    expect(stdout).toContain('Not implemented');
    expect(stdout).toContain('0/2 tasks · 1/1 exercises graded, 0 passing');
  });

  it('exits 0 once the code is right, and writes the results file', async () => {
    const { ws } = copyCourse();
    solve(ws.root);
    const { code } = await netprep(['grade', 'echo', '--json', path.join(ws.root, 'results.json')], { root: ws.root });
    expect(code).toBe(0);
    const results = JSON.parse(readFileSync(path.join(ws.root, 'results.json'), 'utf8'));
    expect(results).toMatchObject({ version: 3, status: 'pass', score: 2, max_score: 2, target: 'exercises' });
  });

  it('grades the solutions with --target solutions and only public tests with --public', async () => {
    const { ws } = copyCourse();
    expect((await netprep(['grade', '--target', 'solutions'], { root: ws.root })).code).toBe(0);
    const publicRun = await netprep(['grade', '--public', '--target', 'solutions'], { root: ws.root });
    expect(publicRun.code).toBe(0);
    expect(publicRun.stdout).toMatch(/✓ task 2 {2}Greet +1\/1/);
  });
});

describe.concurrent('hint, status and reset', () => {
  it('reveals hints one at a time, task by task, then says there are no more', async () => {
    const { ws } = copyCourse();
    const outputs = [];
    for (let i = 0; i < 4; i++) outputs.push((await netprep(['hint', 'echo'], { root: ws.root })).stdout);
    expect(outputs[0]).toContain('Hint 1 of 2 for task 1 (Double)\n  Multiply by two.');
    expect(outputs[1]).toContain('Hint 2 of 2 for task 1 (Double)\n  Return n * 2.');
    expect(outputs[2]).toContain('Hint 1 of 1 for task 2 (Greet)');
    expect(outputs[3]).toContain('No more hints for echo');
  });

  it('shows saved progress after a grade', async () => {
    const { ws } = copyCourse();
    expect((await netprep(['status'], { root: ws.root })).stdout).toContain('not graded (2 tasks)');
    solve(ws.root);
    await netprep(['grade'], { root: ws.root });
    const { stdout } = await netprep(['status'], { root: ws.root });
    expect(stdout).toMatch(/✓ +1\. echo +easy +2\/2 tasks/);
    expect(stdout).toContain('Every exercise is done.');
  });

  it('resets only after confirmation, keeping a backup of the learner code', async () => {
    const { ws } = copyCourse();
    const learnerFile = path.join(ws.exercisesDir, 'echo', 'index.ts');
    const stub = readFileSync(learnerFile, 'utf8');
    solve(ws.root);
    const solved = readFileSync(learnerFile, 'utf8');

    expect((await netprep(['reset', 'echo'], { root: ws.root, input: 'n\n' })).stdout).toContain('Nothing was changed.');
    expect((await netprep(['reset', 'echo'], { root: ws.root })).stdout).toContain('Nothing was changed.');
    expect(readFileSync(learnerFile, 'utf8')).toBe(solved);

    const { stdout } = await netprep(['reset', 'echo'], { root: ws.root, input: 'y\n' });
    expect(stdout).toContain('Restored exercises/echo/index.ts');
    expect(readFileSync(learnerFile, 'utf8')).toBe(stub);
    const backups = readdirSync(path.join(ws.stateDir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(path.join(ws.stateDir, 'backups', backups[0]!, 'index.ts'), 'utf8')).toBe(solved);

    expect((await netprep(['reset', 'echo', '--yes'], { root: ws.root })).stdout).toContain('already holds the original stub');
    expect(existsSync(path.join(ws.stateDir, 'progress.json'))).toBe(true);
  });
});

describe('npm run subnet', () => {
  it('describes a block with the reference solution, and exits 2 on a bad one', async () => {
    const run = (cidr: string) => runScript(path.join(repoRoot, 'solutions', 'bin', 'subnet.ts'), [cidr]);
    const good = await run('192.168.1.130/25');
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/network +192\.168\.1\.128/);
    expect(good.stdout).toMatch(/usableHosts +126/);
    const bad = await run('10.0.0.1/33');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('prefix 33 out of range');
  });
});
