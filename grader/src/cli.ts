import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import pc from 'picocolors';
import { FORMATS, writeReport, type Format } from './formats/index.ts';
import { stopCommands } from './formats/safety.ts';
import { ExerciseError, loadExercises, selectExercises, type Exercise } from './exercise.ts';
import { gradeExercises, gradeLearnerCode } from './grade.ts';
import { revealHint } from './hint.ts';
import { applyReset, planReset } from './reset.ts';
import { defaultLimits } from './run.ts';
import { formatStatus, currentExercise } from './status.ts';
import { startWatch } from './watch.ts';
import { repoRoot, workspaceAt } from './workspace.ts';

const USAGE_ERROR = 2;
// NETPREP_ROOT points the CLI at another course folder, such as an exported learner repository.
const ws = workspaceAt(path.resolve(process.env.NETPREP_ROOT ?? repoRoot));
const print = (text: string) => console.log(text);

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

function oneExercise(slug: string | undefined): Exercise {
  const all = loadExercises(ws);
  if (slug === undefined) {
    const current = currentExercise(ws, all);
    if (!current) throw new ExerciseError('every exercise is done; name one to work on it again');
    return current;
  }
  return selectExercises(all, [slug])[0]!;
}

async function confirm(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  // No terminal and nothing piped in counts as "no": work is never thrown away unasked.
  const closed = new Promise<string>((resolve) => prompt.once('close', () => resolve('')));
  const answer = await Promise.race([prompt.question(question), closed]);
  prompt.close();
  return /^y(es)?$/i.test(answer.trim());
}

const program = new Command('netprep')
  .description('Grade, watch and reset netprep exercises.')
  .exitOverride()
  .showHelpAfterError();

program
  .command('grade')
  .description('run the hidden suites (or with --public the public tests) and report per task')
  .argument('[slugs...]', 'exercises to grade (default: all)')
  .addOption(new Option('--target <folder>', 'whose code to grade').choices(['exercises', 'solutions']).default('exercises'))
  .option('--suites <dir>', 'take the hidden suites from this folder (one sub-folder per exercise)')
  .option('--public', "run the exercise's public tests instead of the hidden suite", false)
  .option('--task <n>', 'grade only task n of each exercise', positiveInteger)
  .option('--json <file>', 'write a results.json (Exercism v3 style) to this file')
  .addOption(new Option('--format <name>', 'also write a report for CI').choices(FORMATS))
  .option('--out <file>', "where --format writes (default: the format's usual place)")
  .option('--test-timeout <ms>', 'per-test time limit', positiveInteger, defaultLimits.testTimeoutMs)
  .option('--time-limit <s>', 'whole-exercise time limit', positiveInteger, defaultLimits.timeLimitMs / 1000)
  .action(async (slugs: string[], opts) => {
    if (opts.out && !opts.format) program.error('error: --out needs --format', { exitCode: USAGE_ERROR });
    const exercises = selectExercises(loadExercises(ws), slugs);
    // On GitHub, learner output must not be able to issue workflow commands while tests run.
    const guard = process.env.GITHUB_ACTIONS === 'true' ? stopCommands() : null;
    if (guard) print(guard.begin);
    const suitesDir = opts.suites ? path.resolve(opts.suites) : ws.suitesDir;
    // A learner repository has no hidden suites: CI brings them. Locally the public tests are what there is.
    if (!opts.public && !existsSync(suitesDir)) {
      if (opts.suites) program.error(`error: no hidden suites in ${opts.suites}`, { exitCode: USAGE_ERROR });
      print(pc.dim('The hidden suites are not in this repository (CI grades with them), so these are the public tests.'));
      opts.public = true;
    }
    const kind = opts.public ? 'public tests' : `hidden suites${opts.suites ? ` from ${opts.suites}` : ''}`;
    print(pc.dim(`netprep grade · ${kind} · target: ${opts.target}\n`));
    const run = await gradeExercises(ws, exercises, {
      target: opts.target,
      implRoot: opts.target === 'solutions' ? ws.solutionsDir : ws.exercisesDir,
      suitesDir,
      publicTests: opts.public,
      ...(opts.task ? { task: opts.task } : {}),
      testTimeoutMs: opts.testTimeout,
      timeLimitMs: opts.timeLimit * 1000,
      jsonFile: opts.json,
      recordProgress: opts.target === 'exercises' && (!opts.public || !existsSync(ws.suitesDir)) && !opts.suites && !opts.task,
      print,
    });
    if (guard) print(guard.end);
    if (opts.format) writeReport(opts.format as Format, run, { out: opts.out, env: process.env, print });
    process.exitCode = run.status === 'pass' ? 0 : 1;
  });

program
  .command('watch')
  .description('re-grade an exercise whenever you save it, and move on when it passes')
  .argument('[slug]', 'exercise to start with (default: the first one not done)')
  .action(async (slug: string | undefined) => {
    const exercises = loadExercises(ws);
    const startAt = slug === undefined ? undefined : selectExercises(exercises, [slug])[0];
    const { session, close } = await startWatch(ws, exercises, {
      startAt,
      clear: process.stdout.isTTY,
      print,
      grade: (exercise) => gradeLearnerCode(ws, exercise),
    });
    const quit = async () => {
      await close();
      process.exit(0);
    };
    if (process.stdin.isTTY) {
      process.stdin.setRawMode(true);
      process.stdin.setEncoding('utf8');
      process.stdin.on('data', (key: string) => {
        if (key === 'q' || key === '\u0003') void quit();
        else void session.key(key);
      });
    }
    process.once('SIGINT', () => void quit());
    await session.regrade();
  });

program
  .command('hint')
  .description('reveal the next hint, one at a time')
  .argument('[slug]', 'exercise (default: the first one not done)')
  .action((slug: string | undefined) => print(revealHint(ws, oneExercise(slug))));

program
  .command('status')
  .description('show saved progress for every exercise')
  .action(() => print(formatStatus(ws, loadExercises(ws))));

program
  .command('reset')
  .description('restore the original stub, after a backup of your file')
  .argument('<slug>', 'exercise to reset')
  .option('-y, --yes', 'do not ask for confirmation', false)
  .action(async (slug: string, opts) => {
    const exercise = oneExercise(slug);
    const plan = planReset(ws, exercise);
    if (plan.changed.length === 0) {
      print(`exercises/${slug} already holds the original stub; nothing to reset.`);
      return;
    }
    const files = plan.changed.map((file) => `exercises/${slug}/${file}`).join(', ');
    if (!opts.yes && !(await confirm(`Replace ${files} with the original stub? Your code is backed up first. [y/N] `))) {
      print('Nothing was changed.');
      return;
    }
    const backup = applyReset(ws, exercise, plan);
    print(`${pc.green('✓')} Restored ${files}. Your code is saved in ${path.relative(ws.root, backup)}/`);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : USAGE_ERROR;
  } else if (error instanceof ExerciseError) {
    console.error(pc.red(`error: ${error.message}`));
    process.exitCode = USAGE_ERROR;
  } else {
    throw error;
  }
}
