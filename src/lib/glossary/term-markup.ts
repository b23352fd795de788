/**
 * The markup of a linked glossary term, shared by `<Term>` and the automatic linker: a plain link,
 * and a tooltip with the definition that opens on hover and keyboard focus (interest invokers),
 * closes with Esc, is read by screen readers through aria-describedby, and stays hidden without CSS.
 */

export interface TermLinkMarkup {
  link: Record<string, string>;
  tip: Record<string, string>;
}

export function termLinkMarkup({
  termId,
  href,
  tipId,
}: {
  termId: string;
  href: string;
  tipId: string;
}): TermLinkMarkup {
  return {
    link: { class: 'term', href, 'data-term': termId, interestfor: tipId, 'aria-describedby': tipId },
    tip: { class: 'term-tip', id: tipId, popover: 'hint', role: 'tooltip' },
  };
}

/** Tooltip ids unique within a page: the term, then a counter. */
export function termTipId(termId: string, index: number): string {
  return `term-${termId}-${index}`.replace(/[^\p{L}\p{N}_-]/gu, '-');
}

let explicitTips = 0;

/** For `<Term>`: ids unique across the whole build, so several on one page never clash. */
export function nextExplicitTipId(termId: string): string {
  explicitTips += 1;
  return termTipId(termId, explicitTips).replace(/-(\d+)$/, '-t$1');
}
