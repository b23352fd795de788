/**
 * Glossary terms in an entry body's prose (src/lib/markdown/prose.ts), on its mdast: which terms a page
 * mentions, for a term's "Used on" list, and the links that the first mention of each becomes, for the
 * Markdown and MDX pipelines. Both read the same tree by the same rule, so a page is listed under a term
 * exactly when it links to it.
 */
import { visit, type MdastNode } from '../markdown/mdx.ts';
import { visitProseText } from '../markdown/prose.ts';
import { createTermMatcher, type TermMatcher, type TermPhrase } from './matcher.ts';
import { termTipId } from './term-markup.ts';

export interface GlossaryTermData {
  term: string;
  aliases: readonly string[];
  autolink: boolean;
}

/** The term and its aliases, for every term that allows automatic linking. */
function termPhrases(terms: ReadonlyArray<{ id: string; data: GlossaryTermData }>): TermPhrase[] {
  return terms
    .filter((t) => t.data.autolink)
    .flatMap((t) => [t.data.term, ...t.data.aliases].map((phrase) => ({ termId: t.id, phrase })));
}

export function glossaryMatcher(terms: ReadonlyArray<{ id: string; data: GlossaryTermData }>): TermMatcher {
  return createTermMatcher(termPhrases(terms));
}

/** The ids that `<Term id="…">` names in a tree. */
function explicitTerms(tree: MdastNode): Set<string> {
  const ids = new Set<string>();
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Term') {
      const id = node.attributes?.find((a) => a.name === 'id')?.value;
      if (typeof id === 'string') ids.add(id);
    }
  });
  return ids;
}

/** Every term a body uses: linked with `<Term>`, or mentioned in its prose when automatic linking is on. */
export function termsMentioned(tree: MdastNode, matcher: TermMatcher, autolink: boolean): Set<string> {
  const used = explicitTerms(tree);
  if (autolink) visitProseText(tree, (text) => matcher.findAll(text.value ?? '').forEach((m) => used.add(m.termId)));
  return used;
}

export interface LinkableTerm {
  href: string;
  definition: string;
}

export interface PlannedLink {
  /** The text node to replace, and the node it sits in. */
  text: MdastNode;
  parent: MdastNode;
  /** What replaces it: the text around each mention, the link, and its tooltip. */
  replacement: MdastNode[];
}

/** The mdast of a term link and its tooltip; `data.hName`/`hProperties` make them `<a>` and `<span>` in HTML. */
function termLinkNodes(termId: string, words: string, term: LinkableTerm, tipId: string): MdastNode[] {
  const link = {
    type: 'link',
    url: term.href,
    children: [{ type: 'text', value: words }],
    data: { hProperties: { className: ['term'], dataTerm: termId, interestfor: tipId, ariaDescribedBy: tipId } },
  };
  const tip = {
    type: 'emphasis',
    children: [{ type: 'text', value: term.definition }],
    data: { hName: 'span', hProperties: { className: ['term-tip'], id: tipId, popover: 'hint', role: 'tooltip' } },
  };
  return [link, tip] as MdastNode[];
}

/**
 * The links the first mention of each term in the prose becomes, in reading order. A term the body
 * already links with `<Term>` is not linked again.
 */
export function planTermLinks(
  tree: MdastNode,
  matcher: TermMatcher,
  terms: ReadonlyMap<string, LinkableTerm>,
): PlannedLink[] {
  const linked = explicitTerms(tree);
  const plans: PlannedLink[] = [];
  let count = 0;
  visitProseText(tree, (text, parent) => {
    const value = text.value ?? '';
    const replacement: MdastNode[] = [];
    let at = 0;
    for (const mention of matcher.findAll(value)) {
      const term = terms.get(mention.termId);
      if (!term || linked.has(mention.termId)) continue;
      linked.add(mention.termId);
      count += 1;
      if (mention.start > at) replacement.push({ type: 'text', value: value.slice(at, mention.start) });
      replacement.push(
        ...termLinkNodes(
          mention.termId,
          value.slice(mention.start, mention.end),
          term,
          termTipId(mention.termId, count),
        ),
      );
      at = mention.end;
    }
    if (replacement.length === 0) return;
    if (at < value.length) replacement.push({ type: 'text', value: value.slice(at) });
    plans.push({ text, parent, replacement });
  });
  return plans;
}
