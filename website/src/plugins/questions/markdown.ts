import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// Raw HTML in the YAML is dropped (remark-rehype's default), so the HTML shipped to the page is only what Markdown makes.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);

export function markdownToHtml(markdown: string): string {
  return String(processor.processSync(markdown)).trim();
}

/** For one-line text (a question, a follow-up) that sits inside a heading or list item: no wrapping `<p>`. */
export function inlineMarkdownToHtml(markdown: string): string {
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const [only] = tree.children;
  if (tree.children.length === 1 && only?.type === 'element' && only.tagName === 'p') tree.children = only.children;
  return processor.stringify(tree).trim();
}
