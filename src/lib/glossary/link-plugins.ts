/**
 * Glossary linking as a step of the pipelines that turn entry bodies into HTML: a remark plugin for
 * Markdown and a Sätteri plugin for MDX, both applying mentions.ts's plan, so `npm run dev` shows the
 * links as the build does. Only bodies of the registry's prose collections are linked, unless their
 * frontmatter says `glossary: false`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import type { Plugin } from 'unified';
import type { MdastNode } from '../markdown/mdx.ts';
import { realFolder } from '../content/files-fs.ts';
import { isProse } from '../content/registry.ts';
import { planTermLinks } from './mentions.ts';
import { linkableGlossary } from './terms-fs.ts';

export interface GlossaryLinkOptions {
  /** The content folder; read when a page renders, since tests and the bench build several. */
  folder: () => string;
  /** The site's base path, for the links' addresses. */
  base: string;
}

/** Whether a body is linked: a prose collection's entry, and not opted out. */
function isLinked(file: string | undefined, frontmatter: Record<string, unknown> | undefined, folder: string): boolean {
  if (!file || frontmatter?.glossary === false) return false;
  // Vite may hand over the file's real path where the content folder is reached through a link.
  const within = [folder, realFolder(folder)].map((f) => path.relative(f, file)).find((r) => !r.startsWith('..'));
  if (within === undefined) return false;
  const [collection, ...rest] = within.split(path.sep);
  return rest.length > 0 && isProse(collection!);
}

interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** For the Markdown pipeline (@astrojs/markdown-remark): `remarkPlugins: [[remarkGlossaryLinks, options]]`. */
export const remarkGlossaryLinks: Plugin<[GlossaryLinkOptions], Root> = (options) => {
  return async (root, file: VFileLike) => {
    const folder = options.folder();
    if (!isLinked(file.path, file.data.astro?.frontmatter, folder)) return;
    const tree = root as unknown as MdastNode;
    const { matcher, terms } = await linkableGlossary(folder, options.base);
    for (const { text, parent, replacement } of planTermLinks(tree, matcher, terms)) {
      const siblings = parent.children!;
      siblings.splice(siblings.indexOf(text), 1, ...replacement);
    }
  };
};

/** For the MDX pipeline (Sätteri): one plugin per document, or none when the body is not linked. */
export function satteriGlossaryLinks(options: GlossaryLinkOptions) {
  return (document: PluginFactoryContext): MdastPluginDefinition | null => {
    const folder = options.folder();
    const file = document.fileURL ? fileURLToPath(document.fileURL) : undefined;
    const frontmatter = (document.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    if (!isLinked(file, frontmatter, folder)) return null;
    return {
      name: 'one-team:glossary-links',
      before: async (root, context) => {
        const { matcher, terms } = await linkableGlossary(folder, options.base);
        for (const { text, replacement } of planTermLinks(root as unknown as MdastNode, matcher, terms)) {
          context.replaceNode(text as never, replacement as never);
        }
      },
    };
  };
}
