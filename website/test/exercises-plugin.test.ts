// The exercises plugin publishes the reference solutions as files fetched on reveal, or leaves them out.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import exercisesPlugin from '../src/plugins/exercises/index.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const temporary: string[] = [];

/** A site folder beside links to the real course, so the plugin writes nowhere in the repository. */
function siteBesideCourse(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'netprep-site-'));
  temporary.push(root);
  for (const folder of ['docs', 'exercises', 'solutions']) symlinkSync(path.join(repo, folder), path.join(root, folder));
  mkdirSync(path.join(root, 'website'));
  return path.join(root, 'website');
}

async function load(includeSolutions: boolean) {
  const siteDir = siteBesideCourse();
  const plugin = exercisesPlugin({ siteDir, baseUrl: '/' } as never, { includeSolutions });
  const content = await plugin.loadContent!();
  return { siteDir, content };
}

afterEach(() => {
  for (const root of temporary.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('the exercises plugin', () => {
  it('publishes each solution as a file, and keeps it out of the page data', async () => {
    const { siteDir, content } = await load(true);
    const subnet = content.find((exercise) => exercise.slug === 'subnet-calculator')!;
    expect(subnet.hasSolution).toBe(true);
    const published = path.join(siteDir, '.generated-static', 'solutions', 'subnet-calculator', 'index.ts.txt');
    expect(readFileSync(published, 'utf8')).toBe(readFileSync(path.join(repo, 'solutions', 'subnet-calculator', 'index.ts'), 'utf8'));
    expect(JSON.stringify(subnet)).not.toContain('export function parseIPv4(text: string): number {\n  if');
  });

  it('leaves every solution out with NETPREP_SITE_SOLUTIONS=0', async () => {
    const { siteDir, content } = await load(false);
    expect(content.every((exercise) => !exercise.hasSolution)).toBe(true);
    expect(existsSync(path.join(siteDir, '.generated-static', 'solutions', 'subnet-calculator'))).toBe(false);
  });
});
