/**
 * How content becomes HTML. Plain Markdown (.md: profiles, teams, glossary) can be written by anyone
 * through a pull request, so its raw HTML is sanitised and links to other hosts open without handing
 * them our page. MDX is written by the comms team, who may use components, and keeps Astro's fast
 * native processor. Both link glossary terms in the prose collections' bodies (src/lib/glossary/link-plugins.ts).
 */
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import { visit } from 'unist-util-visit';
import type { Element as HastElement, Root as HastRoot } from 'hast';
import { remarkGlossaryLinks, satteriGlossaryLinks, type GlossaryLinkOptions } from '../lib/glossary/link-plugins.ts';

/**
 * GitHub's own rules for user HTML: no script, style, iframe, event handlers or javascript:/data: URLs.
 * Elements it refuses are unwrapped, keeping their text; for these the text is code, so it goes too.
 */
export const contributorHtmlSchema = {
  ...defaultSchema,
  strip: [...(defaultSchema.strip ?? []), 'style', 'iframe', 'noscript', 'template'],
  // The glossary's own term links and tooltips (mentions.ts); their ids are prefixed like every other id.
  attributes: {
    ...defaultSchema.attributes,
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')),
      ['className', 'data-footnote-backref', 'term'],
      'dataTerm',
      'interestfor',
    ],
    span: [
      ...(defaultSchema.attributes?.span ?? []),
      ['className', 'term-tip'],
      ['popover', 'hint'],
      ['role', 'tooltip'],
    ],
  },
  clobber: [...(defaultSchema.clobber ?? []), 'interestfor'],
  // <source srcset> would escape the rule below about where pictures come from.
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'source' && name !== 'picture'),
};

/**
 * Pictures come from the content folder only: `npm run check` refuses any other, and should one get past
 * it, the Markdown pipeline drops its address (sanitising allows http(s) pictures, and takes `//host/…`
 * for a relative path).
 */
export function rehypeLocalPicturesOnly() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (element: HastElement) => {
      for (const name of ['src', 'srcSet', 'poster', 'data']) {
        const value = element.properties?.[name];
        if (typeof value === 'string' && /^\s*([a-z][a-z0-9+.-]*:|\/\/)/i.test(value)) delete element.properties[name];
      }
    });
  };
}

export function contributorMarkdownProcessor(glossary: GlossaryLinkOptions) {
  return unified({
    remarkPlugins: [[remarkGlossaryLinks, glossary]],
    rehypePlugins: [
      // Raw HTML is parsed first so that harmless markup (<b>, <kbd>) survives and the rest is judged
      // element by element.
      rehypeRaw,
      [rehypeSanitize, contributorHtmlSchema],
      rehypeLocalPicturesOnly,
      [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
    ],
  });
}

export function commsMdxProcessor(glossary: GlossaryLinkOptions) {
  return satteri({ mdastPlugins: [satteriGlossaryLinks(glossary)] });
}
