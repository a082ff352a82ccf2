import { defineConfig } from 'vitest/config';

// The project's own tests. Exercise tests and hidden suites run through the grader, in forks of their own.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each grading test starts a fork; more at once would starve them on a 2-core machine.
    maxConcurrency: 3,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['grader/test/*.test.ts', 'website/test/*.test.ts'], exclude: ['grader/test/mutants.test.ts'] },
      },
      // One fork per mutant: slow, so `npm run test:mutants` runs it on its own.
      { extends: true, test: { name: 'mutants', include: ['grader/test/mutants.test.ts'] } },
      // Real Chromium against the built site: `npm run test:e2e` builds it first.
      { extends: true, test: { name: 'e2e', include: ['website/e2e/*.test.ts'], globalSetup: ['website/e2e/server.ts'] } },
    ],
  },
});
