// The Vitest configuration of one grading fork, built from the job the parent put in the environment.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { readJob } from './fork-protocol.ts';

const job = readJob();
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const implRoot = job.implRoot.replaceAll('\\', '/');

export default defineConfig({
  root: job.testDir,
  cacheDir: job.cacheDir,
  logLevel: 'silent',
  resolve: {
    alias: [
      { find: /^@impl\/([^/]+)$/, replacement: `${implRoot}/$1/index.ts` },
      { find: /^@impl\/([^/]+)\/([^/]+)$/, replacement: `${implRoot}/$1/$2.ts` },
      // Suites may live outside the repository (`--suites`), where fast-check would not resolve.
      { find: /^fast-check$/, replacement: fileURLToPath(import.meta.resolve('fast-check')) },
    ],
  },
  test: {
    include: job.testFiles ?? ['*.test.ts'],
    watch: false,
    reporters: [here('./fork-reporter.ts')],
    pool: 'threads',
    fileParallelism: false,
    isolate: false,
    testTimeout: job.testTimeoutMs,
    ...(job.testNamePattern ? { testNamePattern: job.testNamePattern } : {}),
    hookTimeout: job.testTimeoutMs,
    setupFiles: [here('./journal-setup.ts')],
    passWithNoTests: true,
    env: { NETPREP_JOURNAL: job.journalFile },
  },
});
