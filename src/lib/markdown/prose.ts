/**
 * The one rule for what in an entry body is prose: the writer's own running text that a reader reads as
 * sentences. Glossary links go only there, a term's "Used on" list counts only mentions there, and the
 * plain-language check reads only that. It works on mdast, which remark (Markdown) and Sätteri (MDX) share.
 */
import type { MdastNode } from './mdx.ts';

/**
 * Not prose: code; links and link definitions (their words are already a link); headings (titles, not
 * sentences); quotes (someone else's words); raw HTML; frontmatter; images; MDX code and expressions.
 */
export const NOT_PROSE: ReadonlySet<string> = new Set([
  'code',
  'inlineCode',
  'link',
  'linkReference',
  'definition',
  'heading',
  'blockquote',
  'html',
  'yaml',
  'toml',
  'image',
  'imageReference',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

/** Components whose words are a link already: a `<Term>`'s words are not linked or counted again. */
const LINKING_COMPONENTS: ReadonlySet<string> = new Set(['Term', 'a']);

export function isProse(node: MdastNode): boolean {
  if (NOT_PROSE.has(node.type)) return false;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
    return !LINKING_COMPONENTS.has(node.name ?? '');
  return true;
}

/** Calls `visitor` for every text node in prose, in reading order, with its parent. */
export function visitProseText(tree: MdastNode, visitor: (text: MdastNode, parent: MdastNode) => void): void {
  const walk = (node: MdastNode) => {
    for (const child of node.children ?? []) {
      if (child.type === 'text') visitor(child, node);
      else if (isProse(child)) walk(child);
    }
  };
  if (isProse(tree)) walk(tree);
}
