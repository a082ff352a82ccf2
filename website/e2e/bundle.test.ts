// What reaches the browser: the built site must hold no hidden-suite or grader text, and lesson pages
// must not pull in the editor.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const build = path.join(root, 'website', 'build');
const builtFiles = globSync('**/*.{js,html,json,txt,css}', { cwd: build, absolute: true });
const builtText = builtFiles.map((file) => readFileSync(file, 'utf8')).join('\n');

const testNames = (pattern: string) =>
  globSync(pattern, { cwd: root, absolute: true }).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bit\(\s*'([^']{30,})'/g)].map((match) => match[1]!),
  );

/** Long, distinctive test names that only the hidden suites contain (public tests may share a few). */
function hiddenTestNames(): string[] {
  const publicText = globSync('exercises/*/*', { cwd: root, absolute: true })
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  return testNames('grader/suites/*/*.test.ts').filter((name) => !publicText.includes(name));
}

describe('the built site', () => {
  it('exists and has pages', () => {
    expect(builtFiles.length).toBeGreaterThan(10);
  });

  it('contains no test name from any hidden suite', () => {
    const names = hiddenTestNames();
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name) => builtText.includes(name))).toEqual([]);
  });

  it('contains none of the grader', () => {
    // String literals survive minification, so these would show if grader code were bundled.
    for (const marker of ['NETPREP_JOURNAL', 'NETPREP_JOB', 'no test suite for', 'without a result (an infinite loop?)']) {
      expect(builtText.includes(marker), marker).toBe(false);
    }
  });
});
