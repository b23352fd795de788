/** Every element of a page as the browser would parse it, for assertions about tags and attributes. */
import { parse } from 'parse5';

export interface ParsedElement {
  tag: string;
  attributes: Record<string, string>;
  /** The element's own text (its direct text children), e.g. an inline script's code. */
  text: string;
}

interface Node {
  nodeName: string;
  value?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Node[];
  content?: Node;
}

export function elementsOf(html: string): ParsedElement[] {
  const elements: ParsedElement[] = [];
  const visit = (node: Node) => {
    if (node.attrs) {
      const text = (node.childNodes ?? [])
        .filter((child) => child.nodeName === '#text')
        .map((child) => child.value ?? '')
        .join('');
      elements.push({
        tag: node.nodeName,
        attributes: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])),
        text,
      });
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(html) as unknown as Node);
  return elements;
}
