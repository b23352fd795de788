/**
 * The pictures an entry body shows, wherever it names them: Markdown images and their reference
 * definitions, `<img>`, `<source>`, `<video>` and the like in raw HTML or in MDX. Each must be a file in the
 * content folder (files-fs.ts): a body never loads anything from another host.
 */
import type { MdastNode } from './mdx.ts';
import { visit } from './mdx.ts';

export interface BodyImage {
  url: string;
  line: number;
  column: number;
  /** Written as a Markdown image, which the build publishes; an element in HTML or MDX, which it does not. */
  markdown: boolean;
}

/** Elements that load what their attributes name, and those attributes. */
const LOADING_ELEMENTS = /^(img|source|video|audio|track|picture|iframe|embed|object|input|image|use)$/i;
const LOADING_ATTRIBUTES = /^(src|srcset|poster|data|href|xlink:href)$/i;

/** `a.png 1x, b.png 2x` → both addresses. */
function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0]!)
    .filter(Boolean);
}

export function bodyImages(tree: MdastNode): BodyImage[] {
  const found: BodyImage[] = [];
  const referenced = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'imageReference')
      referenced.add(String((node as { identifier?: string }).identifier ?? '').toLowerCase());
  });
  visit(tree, (node) => {
    const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    const url = (node as { url?: string }).url;
    if (node.type === 'image' && url) found.push({ url, ...at, markdown: true });
    if (
      node.type === 'definition' &&
      url &&
      referenced.has(String((node as { identifier?: string }).identifier ?? '').toLowerCase())
    ) {
      found.push({ url, ...at, markdown: true });
    }
    if (node.type === 'html' && node.value) {
      for (const tag of node.value.matchAll(/<([a-z][\w:-]*)\b([^>]*)>/gi)) {
        if (!LOADING_ELEMENTS.test(tag[1]!)) continue;
        for (const attribute of tag[2]!.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
          if (!LOADING_ATTRIBUTES.test(attribute[1]!)) continue;
          const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
          for (const each of /srcset/i.test(attribute[1]!) ? srcsetUrls(value) : [value]) {
            found.push({ url: each, ...at, markdown: false });
          }
        }
      }
    }
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      LOADING_ELEMENTS.test(node.name ?? '')
    ) {
      for (const attribute of node.attributes ?? []) {
        if (!LOADING_ATTRIBUTES.test(attribute.name ?? '') || typeof attribute.value !== 'string') continue;
        for (const each of /srcset/i.test(attribute.name!) ? srcsetUrls(attribute.value) : [attribute.value]) {
          found.push({ url: each, ...at, markdown: false });
        }
      }
    }
  });
  return found;
}
