import path from 'node:path';
import { watch as watchFiles } from 'chokidar';
import pc from 'picocolors';
import type { Exercise } from './exercise.ts';
import { revealHint } from './hint.ts';
import { formatExercise } from './report.ts';
import type { ExerciseOutcome } from './results.ts';
import { currentExercise, formatStatus } from './status.ts';
import type { Workspace } from './workspace.ts';

export interface WatchOptions {
  /** Grades one exercise against the hidden suite and records the learner's progress. */
  grade: (exercise: Exercise) => Promise<ExerciseOutcome>;
  print: (text: string) => void;
  /** Clears the terminal between runs, as rustlings does; off when output is not a terminal. */
  clear: boolean;
  startAt?: Exercise;
}

const KEYS = `${pc.dim('keys:')} h hint · r re-run · l list · q quit`;

/**
 * Re-grades the exercise whose files change, shows its first failure, and moves on to the next
 * exercise once every task passes.
 */
export class WatchSession {
  current: Exercise | undefined;
  private grading: Promise<void> | null = null;
  private rerun = false;

  constructor(
    private readonly ws: Workspace,
    private readonly exercises: Exercise[],
    private readonly options: WatchOptions,
  ) {
    this.current = options.startAt ?? currentExercise(ws, exercises);
  }

  /** Grades now, or once more after the grade under way: edits never queue up more than one run. */
  regrade(): Promise<void> {
    if (this.grading) {
      this.rerun = true;
      return this.grading;
    }
    this.grading = this.gradeLoop().finally(() => (this.grading = null));
    return this.grading;
  }

  fileChanged(file: string): Promise<void> | undefined {
    const slug = path.relative(this.ws.exercisesDir, file).split(path.sep)[0];
    const exercise = this.exercises.find((e) => e.slug === slug);
    if (!exercise) return undefined;
    this.current = exercise;
    return this.regrade();
  }

  key(key: string): Promise<void> | undefined {
    if (key === 'r') return this.regrade();
    if (key === 'h' && this.current) this.options.print(revealHint(this.ws, this.current));
    if (key === 'l') this.options.print(formatStatus(this.ws, this.exercises));
    return undefined;
  }

  private async gradeLoop(): Promise<void> {
    do {
      this.rerun = false;
      const exercise = this.current;
      if (!exercise) {
        this.options.print(pc.green('Every exercise is done. Edit any of them to grade it again.'));
        return;
      }
      const outcome = await this.options.grade(exercise);
      if (this.options.clear) this.options.print('\x1Bc');
      this.options.print(formatExercise(exercise, outcome));
      if (outcome.status === 'pass') {
        const next = this.exercises[this.exercises.indexOf(exercise) + 1];
        const onward = next ? ` Moving on to ${pc.bold(next.slug)}.` : ' That was the last one: every exercise is done.';
        this.options.print(pc.green(`\n${exercise.slug} is done!`) + onward);
        this.current = next;
        if (next) this.rerun = true;
      } else {
        this.options.print(`\nEdit exercises/${exercise.slug}/ and save; it is graded again.`);
      }
      this.options.print(KEYS);
    } while (this.rerun);
  }
}

/** Starts watching `exercises/`; resolves when the watcher is ready. */
export async function startWatch(ws: Workspace, exercises: Exercise[], options: WatchOptions) {
  const session = new WatchSession(ws, exercises, options);
  const watcher = watchFiles(ws.exercisesDir, {
    ignoreInitial: true,
    ignored: (file, stats) => Boolean(stats?.isFile()) && !file.endsWith('.ts'),
  });
  watcher.on('change', (file) => void session.fileChanged(file));
  watcher.on('add', (file) => void session.fileChanged(file));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return { session, close: () => watcher.close() };
}
