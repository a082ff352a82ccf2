// The learner template (`npm run export:template`) and the workflows: an export gives nothing away,
// grades with suites supplied from elsewhere, and notices tampering; every workflow step runs a real script.
import { execFile } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadExercises } from '../src/exercise.ts';
import { exportTemplate } from '../src/export-template.ts';
import { repoWorkspace as ws } from '../src/workspace.ts';

const exercises = loadExercises(ws);
let dir: string;

beforeAll(() => {
  dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'netprep-template-')), 'learner');
  exportTemplate(ws, dir, { lessonsUrl: 'https://course.example/docs' });
  // Installing would take a minute; the packages are the same ones, so borrow them.
  symlinkSync(path.join(ws.root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return () => rmSync(path.dirname(dir), { recursive: true, force: true });
});

/** Runs the exported repository's own grader, from inside it, as a learner or their CI would. */
async function gradeExport(args: string[]) {
  const child = execFile(process.execPath, ['--import', 'tsx', path.join(dir, 'grader', 'src', 'cli.ts'), 'grade', ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', NETPREP_ROOT: '', GITHUB_ACTIONS: '' },
  });
  let stdout = '';
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  child.stderr?.on('data', (chunk) => (stdout += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout };
}

/** Lines of a file that are specific enough to give it away: long, and not in the learner's stub. */
function distinctiveLines(file: string, except: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length >= 30 && !except.includes(line) && !line.startsWith('//') && !line.startsWith('*') && !line.startsWith('import'));
}

describe('npm run export:template', () => {
  it('writes the exercises, the grader and the workflow, and no solutions, suites or mutants', () => {
    const files = globSync('**/*', { cwd: dir, dot: true, ignore: ['node_modules/**'] });
    for (const exercise of exercises) {
      expect(files).toContain(`exercises/${exercise.slug}/README.md`);
      expect(files).toContain(`exercises/${exercise.slug}/index.test.ts`);
      for (const file of exercise.files) {
        expect(readFileSync(path.join(dir, 'exercises', exercise.slug, file), 'utf8')).toBe(readFileSync(path.join(ws.stubsDir, exercise.slug, file), 'utf8'));
      }
    }
    expect(files).toContain('.github/workflows/grade.yml');
    expect(files).toContain('grader/manifest.json');
    expect(files.filter((file) => /^(solutions|docs|website)\/|^grader\/(suites|mutants|test)\//.test(file))).toEqual([]);
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toContain('https://course.example/docs');
  });

  it('contains no text of any solution or hidden suite', () => {
    const exported = globSync('**/*', { cwd: dir, dot: true, ignore: ['node_modules/**'] })
      .map((file) => readFileSync(path.join(dir, file), 'utf8'))
      .join('\n');
    // What the learner is meant to see anyway (stubs, public tests, READMEs), which hidden suites may repeat.
    // The grader ships with the template, so lines it shares with a solution give nothing away.
    const grader = globSync('grader/src/**/*.ts', { cwd: ws.root }).map((file) => readFileSync(path.join(ws.root, file), 'utf8'));
    const shared = (slug: string) =>
      [...globSync(`${slug}/*`, { cwd: ws.exercisesDir }).map((file) => readFileSync(path.join(ws.exercisesDir, file), 'utf8')), ...grader].join('\n');
    const secrets = exercises.flatMap((exercise) => [
      ...globSync(`${exercise.slug}/**/*.ts`, { cwd: ws.solutionsDir }).flatMap((file) => distinctiveLines(path.join(ws.solutionsDir, file), shared(exercise.slug))),
      ...globSync(`${exercise.slug}/*.ts`, { cwd: ws.suitesDir }).flatMap((file) => distinctiveLines(path.join(ws.suitesDir, file), shared(exercise.slug))),
    ]);
    expect(secrets.length).toBeGreaterThan(100);
    expect(secrets.filter((line) => exported.includes(line))).toEqual([]);
  });

  it('refuses a folder that is not empty', () => {
    expect(() => exportTemplate(ws, dir, { lessonsUrl: 'x' })).toThrow(/not empty/);
  });

  it('grades with the hidden suites supplied from another folder, and with the public tests without them', async () => {
    const slug = exercises[0]!.slug;
    const stub = await gradeExport([slug, '--suites', ws.suitesDir]);
    expect(stub.code).toBe(1);
    expect(stub.stdout).toContain(`hidden suites from ${ws.suitesDir}`);
    expect(stub.stdout).toMatch(new RegExp(`Score 0/${exercises[0]!.tasks.length}`));

    const local = await gradeExport([slug]);
    expect(local.stdout).toContain('The hidden suites are not in this repository');
    expect(local.stdout).toContain('public tests');
  });

  it('passes a solved exercise, and says when public tests or exercise.json were changed', async () => {
    const [first, second] = exercises;
    for (const file of first!.files) copyFileSync(path.join(ws.solutionsDir, first!.slug, file), path.join(dir, 'exercises', first!.slug, file));
    appendFileSync(path.join(dir, 'exercises', first!.slug, 'index.test.ts'), '\n// changed\n');
    const metadata = path.join(dir, 'exercises', second!.slug, 'exercise.json');
    writeFileSync(metadata, readFileSync(metadata, 'utf8').replace('"title": "', '"title": "Easy '));

    const { stdout } = await gradeExport([first!.slug, second!.slug, '--suites', ws.suitesDir]);
    expect(stdout).toMatch(new RegExp(`✓ ${first!.slug} .* ${first!.tasks.length}/${first!.tasks.length} tasks`));
    expect(stdout).toContain(`public tests were modified: exercises/${first!.slug}/index.test.ts`);
    expect(stdout).toContain(`exercises/${second!.slug}/exercise.json was modified`);
  });
});

describe('workflows', () => {
  const scriptsOf = (file: string) => Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { scripts: object }).scripts);
  const workflows = [
    ...globSync('.github/workflows/*.yml', { cwd: ws.root, dot: true }).map((file) => ({ file: path.join(ws.root, file), scripts: () => scriptsOf(path.join(ws.root, 'package.json')) })),
    { file: path.join(ws.root, 'grader', 'template', '.github', 'workflows', 'grade.yml'), scripts: () => scriptsOf(path.join(dir, 'package.json')) },
  ];

  it('has the project workflows and the learner one', () => {
    expect(workflows.map((w) => path.basename(w.file)).sort()).toEqual(['ci.yml', 'grade.yml', 'pages.yml']);
  });

  describe.each(workflows.map((w) => [path.relative(ws.root, w.file), w] as const))('%s', (_name, workflow) => {
    const parsed = parseYaml(readFileSync(workflow.file, 'utf8')) as { on: unknown; jobs: Record<string, { steps: Array<{ run?: string; uses?: string }> }> };

    it('parses, with triggers and steps', () => {
      expect(parsed.on).toBeTruthy();
      expect(Object.values(parsed.jobs).every((job) => job.steps.length > 0)).toBe(true);
    });

    it('runs only npm scripts that exist', () => {
      const runs = Object.values(parsed.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? [step.run] : [])));
      const named = runs.flatMap((run) => [...run.matchAll(/\bnpm (?:run(?:-script)? )?([\w:-]+)/g)].map((m) => m[1]!));
      const builtIn = ['ci', 'install'];
      const scripts = workflow.scripts();
      expect(named.length).toBeGreaterThan(0);
      expect(named.filter((name) => !builtIn.includes(name) && !scripts.includes(name))).toEqual([]);
    });
  });
});
