// `npm run grade -- --format <name> [--out FILE]`: the reports CI systems read, beside results.json.
import { appendFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RunOutcome } from '../results.ts';
import { classroomOutputLine } from './classroom.ts';
import { githubAnnotations, githubWarnings, toGithubSummary } from './github.ts';
import { toGradescope } from './gradescope.ts';
import { toJunit } from './junit.ts';
import { capRun, stopCommands } from './safety.ts';

export const FORMATS = ['junit', 'github', 'gradescope', 'classroom'] as const;
export type Format = (typeof FORMATS)[number];

export interface ReportTarget {
  /** The file to write; each format has a default. */
  out?: string;
  env: NodeJS.ProcessEnv;
  print: (text: string) => void;
}

function writeAtomically(file: string, text: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** Writes one report and says where it went. */
export function writeReport(format: Format, fullRun: RunOutcome, target: ReportTarget): void {
  const run = capRun(fullRun);
  const { env, print } = target;
  const wrote = (file: string) => print(`${format} report written to ${path.relative(process.cwd(), path.resolve(file)) || file}`);
  switch (format) {
    case 'junit': {
      const file = target.out ?? 'netprep-junit.xml';
      writeAtomically(file, toJunit(run));
      wrote(file);
      break;
    }
    case 'github': {
      // The step summary file is shared by every step of the job, so it is appended to.
      const file = target.out ?? env.GITHUB_STEP_SUMMARY;
      if (file) {
        appendFileSync(file, toGithubSummary(run));
        wrote(file);
      } else if (env.GITHUB_ACTIONS === 'true') {
        // Printed on a runner, the summary's learner text would reach its command parser: keep it inert.
        const guard = stopCommands();
        print(`${guard.begin}\n${toGithubSummary(run)}${guard.end}`);
      } else {
        print(toGithubSummary(run));
      }
      for (const line of [...githubWarnings(run), ...githubAnnotations(run)]) print(line);
      break;
    }
    case 'gradescope': {
      const file = target.out ?? (existsSync('/autograder/results') ? '/autograder/results/results.json' : 'gradescope-results.json');
      writeAtomically(file, JSON.stringify(toGradescope(run), null, 2) + '\n');
      wrote(file);
      break;
    }
    case 'classroom': {
      const file = target.out ?? env.GITHUB_OUTPUT;
      if (file) {
        appendFileSync(file, classroomOutputLine(run));
        wrote(file);
      } else {
        print(classroomOutputLine(run).trimEnd());
      }
      break;
    }
  }
}
