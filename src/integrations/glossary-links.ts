/**
 * Keeps glossary links current in `npm run dev`. Terms are linked while each body is turned into HTML
 * (src/lib/glossary/link-plugins.ts); in dev the glossary is read again after a term file changes, and
 * every MDX module is compiled again on its next request, so a reload shows the new links and tooltips.
 * (Markdown bodies are stored rendered; the content loaders render them again, their digest holding the
 * glossary's.) The reload itself comes once the new glossary is stored (content-refresh.ts): one sent now
 * could reach the browser before that and show the old one.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentFolder } from '../lib/content/folder.ts';
import { watchGlossaryFiles } from '../lib/glossary/terms-fs.ts';

export function glossaryLinks(): AstroIntegration {
  return {
    name: 'one-team:glossary-links',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'dev') watchGlossaryFiles();
      },
      'astro:server:setup': ({ server }) => {
        const onChange = (file: string) => {
          if (path.dirname(path.resolve(file)) !== path.join(contentFolder(), 'glossary')) return;
          for (const environment of Object.values(server.environments)) {
            for (const module of environment.moduleGraph.idToModuleMap.values()) {
              if (module.id?.endsWith('.mdx')) environment.moduleGraph.invalidateModule(module);
            }
          }
        };
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
        server.watcher.on('unlink', onChange);
      },
    },
  };
}
