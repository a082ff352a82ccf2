// The exercise page in real Chromium: Monaco, the in-browser test runner, the learner's saved code, and
// what a lesson page does not download.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, seriousViolations, useBrowser, type OpenedPage } from './browser.ts';

const browser = useBrowser();
const EXERCISE = '/exercises/subnet-calculator';
const LESSON = '/docs/network-layer/ipv4-addressing-and-subnets';
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const stub = read('exercises/subnet-calculator/index.ts');
const solution = read('solutions/subnet-calculator/index.ts');

/** The exercise page, once Monaco is up and the Run button can be used. */
async function openEditor(): Promise<OpenedPage> {
  const opened = await openPage(browser(), EXERCISE);
  await waitForEditor(opened.page);
  return opened;
}

async function waitForEditor(page: Page): Promise<void> {
  await page.locator('.monaco-editor').first().waitFor({ timeout: 20_000 });
  await expect.poll(() => runButton(page).isEnabled(), { timeout: 20_000 }).toBe(true);
}

const runButton = (page: Page) => page.getByRole('button', { name: 'Run tests' });
const summary = (page: Page) => page.locator('[aria-labelledby="exercise-results"] [role="status"]');
const problems = (page: Page) => page.locator('[aria-labelledby="exercise-problems"]');

const getCode = (page: Page) => page.evaluate(() => window.__netprepEditor!.getValue('index.ts'));
const setCode = (page: Page, code: string) => page.evaluate((text) => window.__netprepEditor!.setValue('index.ts', text), code);

/** Clicks Run and returns the summary once the run is over, with how long it took to show. */
async function runTests(page: Page, timeout = 10_000): Promise<{ text: string; ms: number }> {
  await expect.poll(() => runButton(page).isEnabled()).toBe(true);
  const started = Date.now();
  await runButton(page).click();
  await page.waitForFunction(
    () => /passed|Stopped|could not run/.test(document.querySelector('[aria-labelledby="exercise-results"] [role="status"]')?.textContent ?? ''),
    undefined,
    { timeout, polling: 10 },
  );
  return { text: (await summary(page).textContent()) ?? '', ms: Date.now() - started };
}

describe('the exercise page', () => {
  it('loads Monaco with no console errors, and TypeScript finds no problem in the stub or in the tests', async () => {
    const { page, errors } = await openEditor();
    await expect(page.getByRole('tab').allTextContents()).resolves.toEqual(['index.ts', 'index.test.tsread-only']);
    await problems(page).getByText('No problems').waitFor({ timeout: 20_000 });

    // A type error shows up with its line number, and is gone once fixed.
    await setCode(page, `${stub}\nconst oops: number = 'not a number';\n`);
    const line = stub.split('\n').length + 1;
    await problems(page).getByText(`index.ts · line ${line}:`).waitFor({ timeout: 10_000 });
    await setCode(page, stub);
    await problems(page).getByText('No problems').waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
  });

  it('fails the stub on the public tests, passes the reference solution, and records progress for the index', async () => {
    const { page, errors } = await openEditor();
    const stubRun = await runTests(page);
    expect(stubRun.text).toMatch(/^0\/22 passed/);
    await expect(page.locator('[aria-label="failed"]').count()).resolves.toBe(22);
    await expect(page.getByText('Error: Not implemented').first().isVisible()).resolves.toBe(true);

    await setCode(page, solution);
    const solutionRun = await runTests(page);
    expect(solutionRun.text).toMatch(/^22\/22 passed/);
    await expect(page.locator('[aria-label="failed"]').count()).resolves.toBe(0);
    console.log(`"Run tests" → results shown: ${stubRun.ms} ms (stub), ${solutionRun.ms} ms (solution)`);

    await page.goto(new URL('/exercises', page.url()).href);
    await page.getByText('22/22 public tests passing in this browser').waitFor();
    expect(errors).toEqual([]);
  });

  it('stops code that loops after 5 s, and runs the next time', async () => {
    const { page } = await openEditor();
    await setCode(page, solution.replace(/export function parseIPv4\(text: string\): number \{/, '$&\n  while (true) {}'));
    expect(await getCode(page)).toContain('while (true) {}');
    const looping = await runTests(page, 15_000);
    expect(looping.text).toMatch(/probably loops/);
    expect(looping.ms).toBeGreaterThanOrEqual(5_000);
    expect(looping.ms).toBeLessThan(8_000);

    await setCode(page, solution);
    expect((await runTests(page)).text).toMatch(/^22\/22 passed/);
  });

  it('keeps the code across a reload, resets only after confirmation, and downloads the file', async () => {
    const { page } = await openEditor();
    const mine = `// my attempt\n${stub}`;
    await setCode(page, mine);
    await page.reload({ waitUntil: 'networkidle' });
    await waitForEditor(page);
    expect(await getCode(page)).toBe(mine);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download index.ts' }).click()]);
    expect(download.suggestedFilename()).toBe('index.ts');
    expect(readFileSync(await download.path(), 'utf8')).toBe(mine);

    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('button', { name: 'Reset to stub' }).click();
    expect(questions).toEqual([expect.stringMatching(/^Reset index\.ts to the stub\?/)]);
    expect(await getCode(page)).toBe(mine);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Reset to stub' }).click();
    await expect.poll(() => getCode(page)).toBe(stub);
  });

  it('fetches the reference solution only when asked, and shows it beside the learner’s code', async () => {
    const { page } = await openEditor();
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/solutions/')) fetched.push(request.url());
    });
    await setCode(page, `// mine\n${stub}`);
    expect(fetched).toEqual([]);
    await page.getByRole('button', { name: 'Reveal solution' }).click();
    const shown = page.getByText('index.ts (reference solution)');
    await shown.waitFor();
    expect(fetched.map((url) => new URL(url).pathname)).toEqual(['/solutions/subnet-calculator/index.ts.txt']);
    await expect(page.locator('[aria-labelledby="exercise-solution"] pre').first().textContent()).resolves.toContain('export function parseIPv4');
    expect(await getCode(page)).toBe(`// mine\n${stub}`);
  });

  it('has no serious or critical accessibility violations, results included', async () => {
    const { page } = await openEditor();
    await runTests(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

/** Every JavaScript file the page downloaded, with its size, and whether it is Monaco. */
function trackScripts(page: Page): Array<Promise<{ url: string; bytes: number; monaco: boolean }>> {
  const scripts: Array<Promise<{ url: string; bytes: number; monaco: boolean }>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(response.text().then((body) => ({ url: response.url(), bytes: body.length, monaco: body.includes('monaco-editor') })));
  });
  return scripts;
}

/** Whether any stylesheet the page loaded styles Monaco. */
const hasMonacoCss = (page: Page) =>
  page.evaluate(() =>
    [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('.monaco-editor'))),
  );

describe('what pages download', () => {
  it('a lesson page loads neither Monaco’s JavaScript nor its CSS', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const scripts = trackScripts(page);
    await page.goto(new URL(LESSON, inject('baseUrl')).href, { waitUntil: 'networkidle' });
    // Links prefetch their routes when they scroll into view: the lesson links to its exercise.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const loaded = await Promise.all(scripts);
    const kb = Math.round(loaded.reduce((sum, script) => sum + script.bytes, 0) / 1024);
    console.log(`lesson page: ${loaded.length} scripts, ${kb} KB of JavaScript`);
    expect(loaded.filter((script) => script.monaco).map((script) => script.url)).toEqual([]);
    expect(await hasMonacoCss(page)).toBe(false);
    await context.close();
  });

  it('the exercise page loads both, lazily', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const scripts = trackScripts(page);
    await page.goto(new URL(EXERCISE, inject('baseUrl')).href, { waitUntil: 'networkidle' });
    await waitForEditor(page);
    const loaded = await Promise.all(scripts);
    const html = await (await page.request.get(page.url())).text();
    const monaco = loaded.filter((script) => script.monaco);
    expect(monaco.length).toBeGreaterThan(0);
    // Not one of the scripts the HTML itself asks for: Monaco comes with the lazy editor chunk.
    for (const script of monaco) expect(html).not.toContain(new URL(script.url).pathname);
    expect(await hasMonacoCss(page)).toBe(true);
    await context.close();
  });
});
