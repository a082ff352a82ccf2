// `npm run bench`, site half (.mts: the website package is CommonJS, and this file awaits at top level): build time, the JavaScript pages download, and how fast the browser editor
// runs a public suite. Times are also given as ratios to a bare Node start measured in the same run.
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import pc from 'picocolors';

const siteDir = new URL('..', import.meta.url).pathname;
const docusaurus = createRequire(import.meta.url).resolve('@docusaurus/core/bin/docusaurus.mjs');
const PORT = 3210;
const base = `http://127.0.0.1:${PORT}`;

function timeMs(task: () => void): number {
  const start = performance.now();
  task();
  return performance.now() - start;
}

/** Gzipped bytes of every script the page loads, whatever the static server sends. */
async function scriptBytes(page: Page, route: string, ready?: (page: Page) => Promise<unknown>): Promise<number> {
  const sizes = new Map<string, number>();
  const onResponse = async (response: import('playwright-core').Response) => {
    if (response.request().resourceType() !== 'script') return;
    sizes.set(response.url(), gzipSync(await response.body()).length);
  };
  page.on('response', onResponse);
  await page.goto(base + route, { waitUntil: 'networkidle' });
  if (ready) await ready(page);
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return [...sizes.values()].reduce((sum, n) => sum + n, 0);
}

const baseline = Math.min(...[1, 2, 3, 4, 5].map(() => timeMs(() => execFileSync(process.execPath, ['-e', '0']))));
const buildMs = timeMs(() => execFileSync(process.execPath, [docusaurus, 'build'], { cwd: siteDir, stdio: 'ignore' }));

const server = spawn(process.execPath, [docusaurus, 'serve', '--port', String(PORT), '--host', '127.0.0.1', '--no-open'], { cwd: siteDir, stdio: 'ignore' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (let i = 0; i < 50 && !(await fetch(base).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 200));
  const fresh = async () => (await browser.newContext()).newPage();
  const plainKb = (await scriptBytes(await fresh(), '/docs/network-layer')) / 1024;
  const diagramsKb =
    (await scriptBytes(await fresh(), '/docs/network-layer/ipv4-addressing-and-subnets', (page) =>
      page.locator('.docusaurus-mermaid-container svg').first().waitFor(),
    )) / 1024;

  const exercisePage = await fresh();
  await exercisePage.goto(`${base}/exercises/subnet-calculator`, { waitUntil: 'networkidle' });
  await exercisePage.locator('.monaco-editor').first().waitFor({ timeout: 30_000 });
  const runMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await exercisePage.getByRole('button', { name: 'Run tests' }).click();
    await exercisePage.locator('[aria-labelledby="exercise-results"] [role="status"]').filter({ hasText: 'passed' }).waitFor();
    runMs.push(performance.now() - start);
    await exercisePage.waitForTimeout(300);
  }
  const runMedian = runMs.sort((a, b) => a - b)[2]!;

  const rows: Array<[string, string, boolean]> = [
    [`site build, both locales: ${(buildMs / 1000).toFixed(1)} s (${(buildMs / baseline).toFixed(0)}× baseline)`, 'target ≤ 180 s', buildMs <= 180_000],
    [`JavaScript of a page without diagrams, gzipped: ${plainKb.toFixed(0)} KB`, 'target ≤ 250 KB', plainKb <= 250],
    [`what Mermaid adds on a page with diagrams: ${(diagramsKb - plainKb).toFixed(0)} KB`, 'loaded only there', true],
    [`"Run tests" to results, subnet-calculator public suite: ${runMedian.toFixed(0)} ms median of 5 (${(runMedian / baseline).toFixed(1)}× baseline)`, 'target ≤ 1 s', runMedian <= 1_000],
  ];
  console.log(`\nsite (baseline: a bare Node start takes ${baseline.toFixed(0)} ms)`);
  for (const [figure, target, ok] of rows) console.log(`  ${figure} · ${target} · ${ok ? pc.green('ok') : pc.red('over')}`);
} finally {
  await browser.close();
  server.kill();
}
