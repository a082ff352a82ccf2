// `npm run export:template -- <dir>`: a learner repository with the exercises, their public tests, the
// grader and a grading workflow, and nothing that gives answers away: no solutions, no hidden suites,
// no mutants. Learner files come from the pristine stubs, whatever state exercises/ is in here.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import pc from 'picocolors';
import { loadExercises, type Exercise } from './exercise.ts';
import { buildManifest, manifestPath } from './manifest.ts';
import { repoWorkspace, workspaceAt, type Workspace } from './workspace.ts';

/** Grader modules a learner repository needs: everything the CLI and the grading forks load. */
const GRADER_ENTRIES = ['cli.ts', 'fork-config.ts', 'fork-reporter.ts', 'journal-setup.ts'];
/** Packages the hidden suites import, besides what the grader itself imports. */
const SUITE_PACKAGES = ['vitest', 'fast-check'];
const TEMPLATE_DIR = path.join(repoWorkspace.root, 'grader', 'template');

/** The grader files reachable from the entries through relative imports or file URLs. */
function graderFiles(srcDir: string): string[] {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    const source = readFileSync(path.join(srcDir, file), 'utf8');
    for (const match of source.matchAll(/['"](\.\.?\/[^'"]+\.ts)['"]/g)) {
      const target = path.normalize(path.join(path.dirname(file), match[1]!));
      if (!target.startsWith('..')) visit(target);
    }
  };
  GRADER_ENTRIES.forEach(visit);
  return [...found].sort();
}

/** Bare package names imported by these files. */
function importedPackages(files: string[]): string[] {
  const names = files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/from ['"]([^'".][^'"]*)['"]/g)]
      .map((m) => m[1]!)
      .filter((spec) => !spec.startsWith('node:'))
      .map((spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/')),
  );
  return [...new Set(names)];
}

/** The version installed here, pinned, so a learner gets what the course was tested with. */
function installedVersion(ws: Workspace, name: string): string {
  return (JSON.parse(readFileSync(path.join(ws.root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

function packageJson(ws: Workspace, packages: string[]): object {
  const root = JSON.parse(readFileSync(path.join(ws.root, 'package.json'), 'utf8')) as { engines: object };
  const pin = (names: string[]) => Object.fromEntries(names.sort().map((name) => [name, installedVersion(ws, name)]));
  const cli = (command: string) => `node grader/require-node.cjs && tsx grader/src/cli.ts ${command}`;
  return {
    name: 'netprep-exercises',
    version: '1.0.0',
    private: true,
    type: 'module',
    engines: root.engines,
    scripts: {
      test: cli('grade --public'),
      grade: cli('grade'),
      watch: cli('watch'),
      hint: cli('hint'),
      status: cli('status'),
      reset: cli('reset'),
      typecheck: 'node grader/require-node.cjs && tsc --noEmit',
    },
    dependencies: pin([...packages, 'tsx']),
    devDependencies: pin(['typescript', '@types/node']),
  };
}

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023'],
    module: 'ESNext',
    moduleResolution: 'Bundler',
    types: ['node'],
    strict: true,
    allowImportingTsExtensions: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    skipLibCheck: true,
    noEmit: true,
    paths: { '@impl/*': ['./exercises/*'] },
  },
  include: ['exercises/**/*.ts', 'grader/**/*.ts'],
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}

export interface ExportOptions {
  lessonsUrl: string;
}

/** Writes the learner repository into `dir`, which must be empty or missing. */
export function exportTemplate(ws: Workspace, dir: string, options: ExportOptions): Exercise[] {
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir} is not empty; choose a new folder`);
  const out = workspaceAt(path.resolve(dir));
  const exercises = loadExercises(ws);
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(out.root, file)), { recursive: true });
    writeFileSync(path.join(out.root, file), text);
  };

  for (const exercise of exercises) {
    const from = path.join(ws.exercisesDir, exercise.slug);
    const files = readdirSync(from, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
    for (const file of files) {
      // The learner's files start as the pristine stubs, never as whatever is in exercises/ here.
      const source = exercise.files.includes(file) ? path.join(ws.stubsDir, exercise.slug, file) : path.join(from, file);
      cpSync(source, path.join(out.exercisesDir, exercise.slug, file));
    }
    cpSync(path.join(ws.stubsDir, exercise.slug), path.join(out.stubsDir, exercise.slug), { recursive: true });
  }

  const srcDir = path.join(ws.root, 'grader', 'src');
  const files = graderFiles(srcDir);
  for (const file of files) cpSync(path.join(srcDir, file), path.join(out.root, 'grader', 'src', file));
  cpSync(path.join(ws.root, 'grader', 'require-node.cjs'), path.join(out.root, 'grader', 'require-node.cjs'));

  const packages = [...new Set([...importedPackages(files.map((file) => path.join(srcDir, file))), ...SUITE_PACKAGES])];
  write('package.json', JSON.stringify(packageJson(ws, packages), null, 2) + '\n');
  write('tsconfig.json', JSON.stringify(tsconfig, null, 2) + '\n');
  write('.npmrc', 'engine-strict=true\n');
  write('.gitignore', readFileSync(path.join(TEMPLATE_DIR, 'gitignore'), 'utf8'));
  write('.github/workflows/grade.yml', readFileSync(path.join(TEMPLATE_DIR, '.github', 'workflows', 'grade.yml'), 'utf8'));
  const list = exercises.map((e) => `\`${e.slug}\``).join(', ');
  write('README.md', fill(readFileSync(path.join(TEMPLATE_DIR, 'README.md'), 'utf8'), { lessonsUrl: options.lessonsUrl, exercises: list }));
  write(path.relative(out.root, manifestPath(out)), JSON.stringify(buildManifest(out, exercises), null, 2) + '\n');
  return exercises;
}

// Run as a script (npm run export:template), not when a test imports it.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const program = new Command('export:template')
    .description('write a learner repository: exercises, public tests, grader and workflow; no solutions or hidden suites')
    .argument('<dir>', 'an empty or new folder')
    .option('--lessons-url <url>', 'where learners read the lessons', 'https://netprep.example.org/docs')
    .showHelpAfterError()
    .action((dir: string, opts: { lessonsUrl: string }) => {
      try {
        const exercises = exportTemplate(repoWorkspace, dir, opts);
        console.log(`${pc.green('✓')} Wrote a learner repository with ${exercises.length} exercises to ${dir}`);
        console.log(`  Next: cd ${dir} && git init && npm install && npm run grade`);
        console.log('  Grading in CI needs the variable NETPREP_SUITES_REPO and the secret NETPREP_SUITES_TOKEN (see its README).');
      } catch (error) {
        console.error(pc.red(`error: ${(error as Error).message}`));
        process.exitCode = 2;
      }
    });
  program.parse();
}
