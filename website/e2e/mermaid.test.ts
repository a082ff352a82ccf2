// Every Mermaid diagram in the lessons parses with the Mermaid the site ships, in a real browser, so a
// typo fails here with the lesson and line instead of as "Syntax error" on the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { expect, it } from 'vitest';
import { repoWorkspace as ws } from '../../grader/src/workspace.ts';
import { useBrowser } from './browser.ts';

const browser = useBrowser();
const mermaidBundle = createRequire(path.join(ws.root, 'website', 'package.json')).resolve('mermaid/dist/mermaid.min.js');

interface Diagram {
  where: string;
  source: string;
}

function diagrams(): Diagram[] {
  return globSync('*/*.mdx', { cwd: ws.docsDir })
    .sort()
    .flatMap((file) => {
      const text = readFileSync(path.join(ws.docsDir, file), 'utf8');
      return [...text.matchAll(/^```mermaid[^\n]*\n([\s\S]*?)^```$/gm)].map((match) => ({
        where: `docs/${file}:${text.slice(0, match.index).split('\n').length}`,
        source: match[1]!,
      }));
    });
}

it('parses every Mermaid diagram in the lessons', async () => {
  const all = diagrams();
  expect(all.length).toBeGreaterThan(0);
  const page = await browser().newPage();
  await page.addScriptTag({ path: mermaidBundle });
  const failures = await page.evaluate(async (list) => {
    const { mermaid } = window as unknown as { mermaid: { parse(text: string): Promise<unknown> } };
    const out: string[] = [];
    for (const { where, source } of list) {
      try {
        await mermaid.parse(source);
      } catch (error) {
        out.push(`${where}: ${(error as Error).message.split('\n').slice(0, 4).join(' ')}`);
      }
    }
    return out;
  }, all);
  await page.close();
  expect(failures).toEqual([]);
});
