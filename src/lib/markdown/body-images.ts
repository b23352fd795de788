/**
 * The pictures an entry body shows, wherever it names them: Markdown images and their reference
 * definitions, and `<img>`, `<source>`, `<video>` and the like in raw HTML (read by an HTML parser, not a
 * pattern) or in MDX. Each must be a file in the content folder: a body never loads anything from another
 * host, and an address an MDX expression computes cannot be checked, so it is refused as well.
 */
import { htmlToHast } from 'satteri';
import type { MdastNode } from './mdx.ts';
import { literalValue, visit } from './mdx.ts';

export interface BodyImage {
  url: string;
  line: number;
  column: number;
  /** Written as a Markdown image, which the build publishes; an element in HTML or MDX, which it does not. */
  markdown: boolean;
  /** The address is an MDX expression that is not plain text. */
  computed?: boolean;
}

/** Elements that load what their attributes name, and those attributes (as hast and MDX spell them). */
const LOADING_ELEMENTS = /^(img|source|video|audio|track|picture|iframe|embed|object|input|image|use)$/i;
const LOADING_ATTRIBUTES = /^(src|srcset|poster|data|href|xlinkhref|xlink:href)$/i;

/** `a.png 1x, b.png 2x` → both addresses. */
function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0]!)
    .filter(Boolean);
}

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function addressesIn(name: string, value: string): string[] {
  return /srcset/i.test(name) ? srcsetUrls(value) : [value];
}

/** Pictures named in a piece of raw HTML. */
function htmlImages(html: string): string[] {
  const found: string[] = [];
  const walk = (node: HastNode) => {
    if (node.type === 'element' && LOADING_ELEMENTS.test(node.tagName ?? '')) {
      for (const [name, value] of Object.entries(node.properties ?? {})) {
        if (LOADING_ATTRIBUTES.test(name) && value !== undefined && value !== null)
          found.push(...addressesIn(name, String(value)));
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(htmlToHast(html, { fragment: true }) as unknown as HastNode);
  return found;
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
    const identifier = String((node as { identifier?: string }).identifier ?? '').toLowerCase();
    if (node.type === 'image' && url) found.push({ url, ...at, markdown: true });
    if (node.type === 'definition' && url && referenced.has(identifier)) found.push({ url, ...at, markdown: true });
    if (node.type === 'html' && node.value) {
      for (const each of htmlImages(node.value)) found.push({ url: each, ...at, markdown: false });
    }
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      LOADING_ELEMENTS.test(node.name ?? '')
    ) {
      for (const attribute of node.attributes ?? []) {
        if (!LOADING_ATTRIBUTES.test(attribute.name ?? '') || attribute.value === null || attribute.value === undefined)
          continue;
        const text =
          typeof attribute.value === 'string'
            ? attribute.value
            : literalValue(String((attribute.value as { value?: unknown }).value ?? ''))?.value;
        if (typeof text !== 'string') {
          found.push({
            url: `{${String((attribute.value as { value?: unknown }).value ?? '')}}`,
            ...at,
            markdown: false,
            computed: true,
          });
          continue;
        }
        for (const each of addressesIn(attribute.name!, text)) found.push({ url: each, ...at, markdown: false });
      }
    }
  });
  return found;
}
