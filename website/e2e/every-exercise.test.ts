// Every exercise works in the browser editor: its stub fails its browser-runnable public tests, and its
// reference solution passes them all, with TypeScript content in both.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadExercises } from '../../grader/src/exercise.ts';
import { workspaceAt } from '../../grader/src/workspace.ts';
import { openPage, useBrowser } from './browser.ts';

const ws = workspaceAt(fileURLToPath(new URL('../../', import.meta.url)));
const browser = useBrowser();

async function run(page: Page): Promise<string> {
  const button = page.getByRole('button', { name: 'Run tests' });
  await expect.poll(() => button.isEnabled(), { timeout: 20_000 }).toBe(true);
  await button.click();
  const status = page.locator('[aria-labelledby="exercise-results"] [role="status"]');
  await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 15_000 }).toMatch(/passed|Stopped|could not run/);
  return (await status.textContent()) ?? '';
}

describe.each(loadExercises(ws).map((exercise) => [exercise.slug, exercise] as const))('%s in the browser', (slug, exercise) => {
  it('fails the stub and passes the reference solution', async () => {
    const { page, errors } = await openPage(browser(), `/exercises/${slug}`);
    await page.locator('.monaco-editor').first().waitFor({ timeout: 20_000 });
    expect(await run(page)).toMatch(/^0\/\d+ passed/);
    for (const file of exercise.files) {
      const solution = readFileSync(path.join(ws.solutionsDir, slug, file), 'utf8');
      await page.evaluate(([name, text]) => window.__netprepEditor!.setValue(name!, text!), [file, solution]);
    }
    const summary = await run(page);
    const [passed, total] = /^(\d+)\/(\d+) passed/.exec(summary)!.slice(1).map(Number);
    expect(total).toBeGreaterThan(0);
    expect(passed).toBe(total);
    expect(errors).toEqual([]);
  });
});
