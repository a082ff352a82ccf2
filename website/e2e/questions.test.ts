import { describe, expect, inject, it } from 'vitest';
import { questionFileSchema, questionFiles, readQuestions } from '../../grader/src/lessons.ts';
import { repoWorkspace } from '../../grader/src/workspace.ts';
import { openPage, seriousViolations, useBrowser } from './browser.ts';

const browser = useBrowser();
const LESSON = '/docs/network-layer/ipv4-addressing-and-subnets';
const lessonQuestions = questionFileSchema.parse(
  readQuestions(questionFiles(repoWorkspace).find((file) => file.endsWith('/ipv4-addressing-and-subnets.questions.yaml'))!),
);
const allQuestions = questionFiles(repoWorkspace).flatMap((file) => questionFileSchema.parse(readQuestions(file)));
const partQuestions = questionFiles(repoWorkspace)
  .filter((file) => file.includes('/02-network-layer/'))
  .flatMap((file) => questionFileSchema.parse(readQuestions(file)));

describe('a lesson’s interview questions', () => {
  it('are in the server-rendered HTML, not only added by the browser', async () => {
    const html = await (await fetch(new URL(LESSON, inject('baseUrl')))).text();
    expect(html).toContain('Interview questions');
    for (const { id } of lessonQuestions) expect(html).toContain(`question-${id}`);
  });

  it('show every question with its level and follow-ups, the answer collapsed until opened', async () => {
    const { page, errors } = await openPage(browser(), LESSON);
    const section = page.locator('section', { has: page.locator('h2#interview-questions') });
    const cards = section.locator('article[data-question]');
    await expect(cards.count()).resolves.toBe(lessonQuestions.length);

    const first = cards.first();
    const question = lessonQuestions[0]!;
    await expect(first.getAttribute('data-question')).resolves.toBe(question.id);
    await expect(first.locator('h3').textContent()).resolves.toContain(question.question.replaceAll('`', ''));
    await expect(first.textContent()).resolves.toMatch(new RegExp(question.level, 'i'));
    await expect(first.locator('[class*=followUps] li').count()).resolves.toBe(question.followUps.length);

    const answer = first.locator('details');
    expect(await section.locator('details[open]').count()).toBe(0);
    expect(await answer.locator('.markdown').isVisible()).toBe(false);
    await answer.locator('summary').click();
    await expect(answer.getAttribute('open')).resolves.not.toBeNull();
    expect(await answer.locator('.markdown').isVisible()).toBe(true);
    expect(await answer.locator('.markdown strong').count()).toBeGreaterThan(0); // Markdown rendered, not raw

    expect(errors).toEqual([]);
  });
});

describe('the question bank at /questions', () => {
  it('lists every question, each linking to its lesson, and filters by level and part', async () => {
    const { page, errors } = await openPage(browser(), '/questions');
    const cards = page.locator('main article[data-question]');
    await expect(cards.count()).resolves.toBe(allQuestions.length);
    await expect(page.locator(`article[data-question="${lessonQuestions[0]!.id}"] a[href="${LESSON}"]`).count()).resolves.toBe(1);

    await page.getByRole('radio', { name: /^Deep/ }).check();
    const deep = allQuestions.filter((q) => q.level === 'deep');
    await expect(cards.count()).resolves.toBe(deep.length);
    expect((await cards.evaluateAll((all) => all.map((card) => card.getAttribute('data-question')))).sort()).toEqual(deep.map((q) => q.id).sort());

    await page.getByRole('radio', { name: /^All/ }).check();
    await page.getByRole('combobox', { name: 'Part' }).selectOption({ label: `Part 2: Network layer (${partQuestions.length})` });
    await expect(cards.count()).resolves.toBe(partQuestions.length);

    expect(errors).toEqual([]);
  });

  it('drills: reveal, mark known, and the mark survives a reload', async () => {
    const { page, errors } = await openPage(browser(), '/questions');
    const total = allQuestions.length;
    await page.getByText(`0 of ${total}`, { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Start drill' }).click();
    const drill = page.locator('[data-question]').first();
    const id = (await drill.getAttribute('data-question'))!;
    expect(await page.getByRole('region', { name: 'Model answer' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Reveal answer' }).click();
    await expect(page.getByRole('region', { name: 'Model answer' }).isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: 'I knew it' }).click();
    // The drill moves on to a question not known yet.
    const next = await page.locator('[data-question]').first().getAttribute('data-question');
    expect(next).not.toBe(id);
    await page.getByText(`1 of ${total}`, { exact: true }).waitFor();
    expect(await page.evaluate((key) => localStorage.getItem(key), `netprep:known:${id}`)).not.toBeNull();

    await page.reload({ waitUntil: 'networkidle' });
    await page.getByText(`1 of ${total}`, { exact: true }).waitFor();
    const card = page.locator(`main article[data-question="${id}"]`);
    await expect(card.getByRole('checkbox', { name: 'Known' }).isChecked()).resolves.toBe(true);

    await page.getByRole('checkbox', { name: 'Hide known questions' }).check();
    await expect(card.count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Clear marks' }).click();
    await page.getByText(`0 of ${total}`, { exact: true }).waitFor();
    expect(await page.evaluate((key) => localStorage.getItem(key), `netprep:known:${id}`)).toBeNull();

    expect(errors).toEqual([]);
  });

  it('has no serious or critical accessibility violations, in the list and in the drill', async () => {
    const { page } = await openPage(browser(), '/questions');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start drill' }).click();
    await page.getByRole('button', { name: 'Reveal answer' }).click();
    await page.getByRole('checkbox', { name: 'Known' }).first().check();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
