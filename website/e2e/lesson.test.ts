import { describe, expect, it } from 'vitest';
import { openPage, seriousViolations, useBrowser } from './browser.ts';

const browser = useBrowser();
const LESSON = '/docs/network-layer/ipv4-addressing-and-subnets';

describe('a lesson page', () => {
  it('renders its text, a Mermaid diagram and KaTeX math, with no console errors', async () => {
    const { page, errors } = await openPage(browser(), LESSON);
    await expect(page.locator('h1').first().textContent()).resolves.toBe('IPv4 addressing and subnets');
    await page.locator('.docusaurus-mermaid-container svg').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.katex').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('links to its exercise from exercise.json', async () => {
    const { page } = await openPage(browser(), LESSON);
    await expect(page.locator('a[href$="/exercises/subnet-calculator"]').count()).resolves.toBeGreaterThan(0);
  });

  it('has no serious or critical accessibility violations', async () => {
    const { page } = await openPage(browser(), LESSON);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('local search', () => {
  it('finds TIME_WAIT', async () => {
    const { page } = await openPage(browser(), '/');
    const input = page.locator('input.navbar__search-input');
    await input.click();
    await input.pressSequentially('TIME_WAIT', { delay: 30 });
    const suggestion = page.locator('[class*="suggestion_"]').filter({ hasText: 'TIME_WAIT' }).first();
    await suggestion.waitFor({ timeout: 15_000 });
  });

  it('finds Chinese text', async () => {
    const { page } = await openPage(browser(), '/');
    const input = page.locator('input.navbar__search-input');
    await input.click();
    await input.pressSequentially('子网掩码', { delay: 30 });
    const suggestion = page.locator('[class*="suggestion_"]').filter({ hasText: '子网掩码' }).first();
    await suggestion.waitFor({ timeout: 15_000 });
  });
});
