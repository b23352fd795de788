/**
 * Links the first mention of each glossary term on a built page. Only text inside elements marked
 * `data-glossary-autolink="on"` is touched, and never text in headings, links, code or an existing
 * term link; a term a page already links (with `<Term>`) is not linked again.
 */
import { parse, serialize } from 'parse5';
import type { TermMatcher } from './matcher.ts';
import { termLinkMarkup, termTipId } from './term-markup.ts';

export interface LinkableTerm {
  href: string;
  definition: string;
}

interface Attribute {
  name: string;
  value: string;
}

interface HtmlNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: Attribute[];
  childNodes?: HtmlNode[];
  parentNode?: HtmlNode | null;
  namespaceURI?: string;
}

const SKIPPED = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'button', 'label', 'figcaption', 'dt', 'summary']);
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

const attribute = (node: HtmlNode, name: string) => node.attrs?.find((a) => a.name === name)?.value;

function element(tagName: string, attributes: Record<string, string>, children: HtmlNode[], parent: HtmlNode): HtmlNode {
  const node: HtmlNode = {
    nodeName: tagName,
    tagName,
    attrs: Object.entries(attributes).map(([name, value]) => ({ name, value })),
    namespaceURI: HTML_NAMESPACE,
    childNodes: [],
    parentNode: parent,
  };
  node.childNodes = children.map((child) => ({ ...child, parentNode: node }));
  return node;
}

const textNode = (value: string, parent: HtmlNode): HtmlNode => ({ nodeName: '#text', value, parentNode: parent });

function collect(node: HtmlNode, visit: (node: HtmlNode) => void) {
  visit(node);
  for (const child of node.childNodes ?? []) collect(child, visit);
}

export interface LinkReport {
  /** Term ids linked on this page by the linker. */
  linked: string[];
  html: string;
}

/** Returns the page with its first mentions linked; the same page (same string) when there is nothing to do. */
export function linkGlossaryTerms(html: string, matcher: TermMatcher, terms: ReadonlyMap<string, LinkableTerm>): LinkReport {
  if (!html.includes('data-glossary-autolink="on"')) return { linked: [], html };
  const document = parse(html) as unknown as HtmlNode;
  const containers: HtmlNode[] = [];
  const alreadyLinked = new Set<string>();
  collect(document, (node) => {
    if (attribute(node, 'data-glossary-autolink') === 'on') containers.push(node);
    const existing = node.tagName === 'a' ? attribute(node, 'data-term') : undefined;
    if (existing) alreadyLinked.add(existing);
  });

  const linked: string[] = [];
  for (const container of containers) {
    const walk = (node: HtmlNode) => {
      for (const child of [...(node.childNodes ?? [])]) {
        if (child.nodeName === '#text') linkTextNode(child);
        else if (child.tagName && !SKIPPED.has(child.tagName) && !attribute(child, 'popover') && attribute(child, 'data-glossary-autolink') !== 'off') walk(child);
      }
    };
    const linkTextNode = (text: HtmlNode) => {
      const value = text.value ?? '';
      const mentions = matcher.findAll(value).filter((m) => terms.has(m.termId) && !alreadyLinked.has(m.termId));
      if (mentions.length === 0) return;
      const parent = text.parentNode!;
      const replacement: HtmlNode[] = [];
      let at = 0;
      for (const mention of mentions) {
        if (alreadyLinked.has(mention.termId)) continue;
        alreadyLinked.add(mention.termId);
        linked.push(mention.termId);
        const term = terms.get(mention.termId)!;
        const markup = termLinkMarkup({ termId: mention.termId, href: term.href, tipId: termTipId(mention.termId, linked.length) });
        if (mention.start > at) replacement.push(textNode(value.slice(at, mention.start), parent));
        replacement.push(element('a', markup.link, [textNode(value.slice(mention.start, mention.end), parent)], parent));
        replacement.push(element('span', markup.tip, [textNode(term.definition, parent)], parent));
        at = mention.end;
      }
      if (at < value.length) replacement.push(textNode(value.slice(at), parent));
      const siblings = parent.childNodes!;
      siblings.splice(siblings.indexOf(text), 1, ...replacement);
    };
    walk(container);
  }
  return linked.length ? { linked, html: serialize(document as never) } : { linked, html };
}
